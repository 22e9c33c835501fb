/**
 * The disciplinary date fixtures of disciplinary-mobility-other.md §13.2 (FX-PD-01 … FX-PD-21), through
 * the HTTP API of a local runtime: the dates the system computes, the acts it refuses (with reason and
 * citation, nothing changed) or accepts. The §13.2 dates are Allegato H's (`stresa-rous@1`); where a
 * fixture applies to the national rule set too (`national@1`: art. 55-bis D.Lgs. 165/2001 as amended —
 * UPD for everything above the verbal reprimand, contestation within 30 days of the UPD's knowledge,
 * hearing notice ≥ 20 days, conclusion within 120 days of the contestation act, any granted deferral
 * extends the conclusion by its length), the test names say what national@1 computes.
 *
 * Every fixture works on fresh cases (fresh tax codes too, so no sanctions register is shared). The
 * runtime is this file's own, with --no-cron: the clock is set to each act's legal date and the sweeper
 * runs only when a test asks (PEC receipts, expiries).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type CaseView,
  CHARGE_TEXT,
  type Charge,
  communication,
  contestBody,
  criminalSuspensionBody,
  decisionBody,
  deferralDecisionBody,
  deferralRequestBody,
  deliveryBody,
  disciplineClient,
  EMPLOYEE,
  EMPLOYEE_NAME,
  FACTS_TEXT,
  freshTaxCode,
  hearingBody,
  openCaseBody,
  problemText,
  RESP,
  type RuleSet,
  reconveneBody,
  SEGRETARIO,
  term,
  UPD_MEMBERS,
} from '../support/discipline';
import { mails, type RuntimeProcess, startRuntimeProcess } from '../support/local';

jest.setTimeout(300_000);

let rt: RuntimeProcess;
const d = disciplineClient(() => rt.urls.web);

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'discipline-fixtures-')), { args: ['--no-cron'] });
}, 180_000);

afterAll(async () => {
  await rt?.stop();
});

// ------------------------------------------------------------------ helpers

/** 'YYYY-MM-DD' + n calendar days. */
function plus(date: string, n: number): string {
  const t = new Date(`${date}T12:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

const STRESA: RuleSet = 'stresa-rous@1';
const NATIONAL: RuleSet = 'national@1';

/** Term ids of a case's track (shared/rules: stresa-rous@1 `discipline.minor.*` / `major.*`; national@1 one track). */
function ids(rs: RuleSet, track: 'minor' | 'major') {
  if (rs === NATIONAL) {
    return {
      contestation: 'discipline.contestation',
      conclusion: 'discipline.conclusion',
      hearingNotice: 'discipline.hearingNotice',
      transmission: 'discipline.reportToUpd',
    };
  }
  return {
    contestation: `discipline.${track}.contestation`,
    conclusion: `discipline.${track}.conclusion`,
    hearingNotice: `discipline.${track}.hearingNotice`,
    transmission: 'discipline.major.transmissionToUpd',
  };
}

/**
 * Opens a case whose authority knows of the facts on `notizia` (clock set to that day). stresa-rous: the
 * Segretario's notizia (PD_MIN), or the notizia followed by the transmission received by the UPD the same
 * day (PD_MAJ). national@1: the head's report received by the UPD the same day (art. 55-bis c.4).
 */
async function openKnown(rs: RuleSet, charges: Charge[], notizia: string, taxCode = freshTaxCode()): Promise<string> {
  await d.day(notizia);
  const id = await d.openId(
    openCaseBody({
      ruleSet: rs,
      charges,
      firstAcquisitionDate: notizia,
      authorityKnowledgeDate: notizia,
      ...(rs === NATIONAL ? { reportedToUpdOn: notizia } : {}),
      taxCode,
    }),
  );
  const c = await d.get(id);
  if (rs === STRESA && c.data.classification.track === 'PD_MAJ') {
    await d.ok(id, 'transmit-to-upd', { legalDate: notizia, receivedOn: notizia, channel: 'CONSEGNA_A_MANO' });
  }
  return id;
}

/** The minimum hearing notice of the case's track: 10 days (PD_MIN), 20 (PD_MAJ, national@1). */
const noticeOf = (c: CaseView) => (c.data.classification.track === 'PD_MIN' ? 10 : 20);

/**
 * A case contested on `contestDate` (clock there), delivered by hand the same day and heard on the first
 * valid hearing date (clock left there): ready for its decision.
 */
async function readyToDecide(rs: RuleSet, charges: Charge[], notizia: string, contestDate = notizia) {
  const id = await openKnown(rs, charges, notizia);
  const notice = noticeOf(await d.get(id));
  const hearing = plus(contestDate, notice);
  await d.day(contestDate);
  await d.ok(id, 'contest', contestBody(contestDate, hearing, 'CONSEGNA_A_MANO'));
  const comm = communication(await d.get(id), 'CONTESTAZIONE');
  await d.ok(id, 'record-delivery', deliveryBody(comm!.id, contestDate));
  await d.day(hearing);
  await d.ok(id, 'record-hearing', hearingBody(hearing));
  return { id, hearing };
}

/** A case concluded with a sanction and its file sealed (CONCLUSO), the decision adopted on `decideOn`. */
async function concludedWithSanction(rs: RuleSet, notizia: string, decideOn: string) {
  const { id } = await readyToDecide(rs, [{ infractionId: 'INF-6g', factDate: plus(notizia, -1) }], notizia);
  await d.day(decideOn);
  await d.ok(
    id,
    'decide',
    decisionBody(
      decideOn,
      { code: 'SO10', quantity: 3, unit: 'DAYS' },
      rs === NATIONAL ? { membersPresent: UPD_MEMBERS } : {},
    ),
  );
  const esito = communication(await d.get(id), 'ESITO');
  await d.ok(id, 'record-delivery', deliveryBody(esito!.id, decideOn));
  await d.ok(id, 'seal-file', { legalDate: decideOn });
  expect((await d.get(id)).phase).toBe('CONCLUSO');
  return id;
}

/** A refused act: its status, its reason and citation(s) in the problem, and the case unchanged. */
async function expectRefused(
  id: string,
  name: string,
  body: Record<string, unknown>,
  expected: { status: number; code?: string; says: (string | RegExp)[] },
  user = SEGRETARIO,
) {
  const before = await d.get(id);
  const r = await d.act(id, name, body, user);
  expect({ status: r.status, code: r.json?.code }).toEqual({
    status: expected.status,
    code: expected.code ?? r.json?.code,
  });
  const text = problemText(r);
  for (const s of expected.says) {
    if (typeof s === 'string') expect(text).toContain(s);
    else expect(text).toMatch(s);
  }
  const after = await d.get(id);
  expect(after.version).toBe(before.version);
  expect(after.phase).toBe(before.phase);
  expect(after.deadlines).toEqual(before.deadlines);
  return r;
}

const INF_6G = (notizia: string): Charge[] => [{ infractionId: 'INF-6g', factDate: plus(notizia, -1) }];

// ------------------------------------------------------------------ FX-PD-01

describe('FX-PD-01 — contestation term from the notizia', () => {
  test('FX-PD-01: PD-MIN, Segretario’s notizia 2024-03-01 → contestation due 2024-03-21 (T-PD-01, L3647)', async () => {
    await d.day('2024-03-01');
    const id = await d.openId(
      openCaseBody({
        ruleSet: STRESA,
        charges: INF_6G('2024-03-01'),
        firstAcquisitionDate: '2024-03-01',
        authorityKnowledgeDate: '2024-03-01',
        source: 'SEGRETARIO',
      }),
    );
    const c = await d.get(id);
    expect(c.phase).toBe('NOTIZIA');
    expect(c.data.classification).toMatchObject({ track: 'PD_MIN', authority: 'SEGRETARIO' });
    expect(term(c, 'discipline.minor.contestation')).toMatchObject({
      dueDate: '2024-03-21',
      status: 'OPEN',
      anchorDate: '2024-03-01',
    });
    expect(JSON.stringify(term(c, 'discipline.minor.contestation'))).toContain('L3647');
  });

  test('FX-PD-01 national@1: report received by the UPD 2024-03-01 → contestation due 2024-03-31 (30 days, a Sunday, not moved); head’s report due 2024-03-11', async () => {
    await d.day('2024-03-01');
    // The head learns of the facts on 2024-03-01 and has not reported yet: 10 days to report.
    const pending = await d.openId(
      openCaseBody({
        ruleSet: NATIONAL,
        charges: INF_6G('2024-03-01'),
        firstAcquisitionDate: '2024-03-01',
        authorityKnowledgeDate: '2024-03-01',
      }),
    );
    expect(term(await d.get(pending), 'discipline.reportToUpd')).toMatchObject({
      dueDate: '2024-03-11',
      status: 'OPEN',
    });
    // The report reached the UPD on 2024-03-01: 30 days to contest.
    const reported = await openKnown(NATIONAL, INF_6G('2024-03-01'), '2024-03-01');
    const c = await d.get(reported);
    expect(c.phase).toBe('ISTRUTTORIA_UPD');
    expect(c.data.classification).toMatchObject({ track: 'UPD', authority: 'UPD' });
    expect(term(c, 'discipline.contestation')).toMatchObject({ dueDate: '2024-03-31', status: 'OPEN' });
    expect(term(c, 'discipline.contestation')?.rolledForward).toBe(false);
  });
});

// ------------------------------------------------------------------ FX-PD-02 … FX-PD-05

/**
 * FX-PD-02's case: notizia (or the report to the UPD) 2024-03-01, contestation act 2024-03-11 sent by
 * PEC with the clock on 2024-03-11, its delivery receipt recorded by the sweep (delivered 2024-03-11).
 */
async function fx02(rs: RuleSet, hearing: string): Promise<string> {
  const id = await openKnown(rs, INF_6G('2024-03-01'), '2024-03-01');
  await d.day('2024-03-11');
  await d.ok(id, 'contest', contestBody('2024-03-11', hearing, 'PEC'));
  await d.sweep();
  const comm = communication(await d.get(id), 'CONTESTAZIONE');
  expect(comm).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2024-03-11' });
  return id;
}

/** A deferral requested by the employee on 2024-03-20 and granted on 2024-03-21 to `newHearing`. */
async function deferred(id: string, newHearing: string) {
  await d.day('2024-03-20');
  await d.ok(id, 'request-deferral', deferralRequestBody('2024-03-20'), EMPLOYEE);
  await d.day('2024-03-21');
  await d.ok(id, 'decide-deferral', deferralDecisionBody('2024-03-21', true, newHearing));
}

describe('FX-PD-02 — contestation 2024-03-11 delivered by PEC the same day', () => {
  test('FX-PD-02: earliest valid hearing 2024-03-21 (10 days, L3647); conclusion due 2024-05-10 (60 days, L3650); conciliation window until 2024-04-10 (L3705)', async () => {
    const id = await openKnown(STRESA, INF_6G('2024-03-01'), '2024-03-01');
    await d.day('2024-03-11');
    await expectRefused(id, 'contest', contestBody('2024-03-11', '2024-03-20', 'PEC'), {
      status: 422,
      says: ['2024-03-21', 'L3647'],
    });
    await d.ok(id, 'contest', contestBody('2024-03-11', '2024-03-21', 'PEC'));
    await d.sweep();
    const c = await d.get(id);
    expect(c.phase).toBe('CONTESTATO');
    expect(communication(c, 'CONTESTAZIONE')).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2024-03-11' });
    expect(c.data.contestazione.convocationInvalid).toBeUndefined();
    expect(term(c, 'discipline.minor.hearingNotice')?.status).toBe('MET');
    expect(term(c, 'discipline.minor.contestation')?.status).toBe('MET');
    expect(term(c, 'discipline.minor.conclusion')).toMatchObject({ dueDate: '2024-05-10', status: 'OPEN' });
    expect(term(c, 'discipline.conciliation')).toMatchObject({ dueDate: '2024-04-10', status: 'OPEN' });
  });

  test('FX-PD-02 national@1: earliest valid hearing 2024-03-31 (20 days); conclusion due 2024-07-09 (120 days from the act); conciliation until 2024-04-10', async () => {
    const id = await openKnown(NATIONAL, INF_6G('2024-03-01'), '2024-03-01');
    await d.day('2024-03-11');
    await expectRefused(id, 'contest', contestBody('2024-03-11', '2024-03-30', 'PEC'), {
      status: 422,
      says: ['2024-03-31', '55-bis'],
    });
    await d.ok(id, 'contest', contestBody('2024-03-11', '2024-03-31', 'PEC'));
    await d.sweep();
    const c = await d.get(id);
    expect(communication(c, 'CONTESTAZIONE')).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2024-03-11' });
    expect(c.data.contestazione.convocationInvalid).toBeUndefined();
    expect(term(c, 'discipline.hearingNotice')?.status).toBe('MET');
    expect(term(c, 'discipline.contestation')?.status).toBe('MET');
    expect(term(c, 'discipline.conclusion')).toMatchObject({ dueDate: '2024-07-09', status: 'OPEN' });
    expect(term(c, 'discipline.conciliation')).toMatchObject({ dueDate: '2024-04-10', status: 'OPEN' });
  });
});

describe('FX-PD-03 — a deferral longer than 10 days extends the conclusion', () => {
  test('FX-PD-03: hearing 2024-03-25 deferred to 2024-04-09 (15 days > 10) → conclusion due 2024-05-25, a Saturday, not moved (L3651)', async () => {
    const id = await fx02(STRESA, '2024-03-25');
    await deferred(id, '2024-04-09');
    const c = await d.get(id);
    expect(c.data.deferral).toMatchObject({ decision: 'ACCOLTA', lengthDays: 15, extendsConclusion: true });
    expect(c.data.contestazione.hearing.date).toBe('2024-04-09');
    expect(term(c, 'discipline.minor.conclusion')).toMatchObject({ dueDate: '2024-05-25', status: 'OPEN' });
    expect(term(c, 'discipline.minor.conclusion')?.rolledForward).toBeFalsy();
  });

  test('FX-PD-03 national@1: hearing 2024-03-31 deferred to 2024-04-15 (15 days) → conclusion 2024-07-09 + 15 = 2024-07-24', async () => {
    const id = await fx02(NATIONAL, '2024-03-31');
    await deferred(id, '2024-04-15');
    const c = await d.get(id);
    expect(c.data.deferral).toMatchObject({ decision: 'ACCOLTA', lengthDays: 15, extendsConclusion: true });
    expect(term(c, 'discipline.conclusion')).toMatchObject({ dueDate: '2024-07-24', status: 'OPEN' });
  });
});

describe('FX-PD-04 — a deferral of 10 days or less leaves the conclusion', () => {
  test('FX-PD-04: hearing 2024-03-25 deferred 7 days to 2024-04-01 → conclusion unchanged 2024-05-10', async () => {
    const id = await fx02(STRESA, '2024-03-25');
    await deferred(id, '2024-04-01');
    const c = await d.get(id);
    expect(c.data.deferral).toMatchObject({ decision: 'ACCOLTA', lengthDays: 7, extendsConclusion: false });
    expect(term(c, 'discipline.minor.conclusion')).toMatchObject({ dueDate: '2024-05-10', status: 'OPEN' });
  });

  test('FX-PD-04 national@1: any granted deferral extends — 7 days (2024-03-31 → 2024-04-07) → conclusion 2024-07-16', async () => {
    const id = await fx02(NATIONAL, '2024-03-31');
    await deferred(id, '2024-04-07');
    const c = await d.get(id);
    expect(c.data.deferral).toMatchObject({ decision: 'ACCOLTA', lengthDays: 7, extendsConclusion: true });
    expect(term(c, 'discipline.conclusion')).toMatchObject({ dueDate: '2024-07-16', status: 'OPEN' });
  });
});

describe('FX-PD-05 — one deferral per case', () => {
  for (const [rs, hearing, moved] of [
    [STRESA, '2024-03-25', '2024-04-01'],
    [NATIONAL, '2024-03-31', '2024-04-07'],
  ] as const) {
    test(`FX-PD-05${rs === NATIONAL ? ' national@1' : ''}: a second deferral request in the same case is rejected (422, V-PD-06, L3652), nothing changes`, async () => {
      const id = await fx02(rs, hearing);
      await deferred(id, moved);
      await d.day('2024-03-28');
      await expectRefused(
        id,
        'request-deferral',
        deferralRequestBody('2024-03-28'),
        {
          status: 422,
          code: 'rejected',
          says: ['V-PD-06', 'L3652', 'una sola volta'],
        },
        EMPLOYEE,
      );
      // Asked by the authority on the employee's behalf: the same.
      await expectRefused(id, 'request-deferral', deferralRequestBody('2024-03-28'), {
        status: 422,
        code: 'rejected',
        says: ['V-PD-06', 'L3652'],
      });
    });
  }
});

// ------------------------------------------------------------------ FX-PD-06

describe('FX-PD-06 — the contestation term passed: decadenza', () => {
  const officersMail = 'franco.galli@comune.stresa.example';

  async function lapse(rs: RuleSet, late: string, sweepAt: string, termId: string, dueDate: string, citation: string) {
    const id = await openKnown(rs, INF_6G('2024-03-01'), '2024-03-01');
    expect(term(await d.get(id), termId)).toMatchObject({ dueDate, status: 'OPEN' });
    // An act dated after the term is refused, even before the sweeper notices the term passed.
    await d.day(late);
    await expectRefused(id, 'contest', contestBody(late, plus(late, 20), 'CONSEGNA_A_MANO'), {
      status: 422,
      code: 'rejected',
      says: [dueDate, citation, 'decadenza'],
    });
    // The sweep with the clock past the term lapses the case.
    await d.day(sweepAt);
    await d.sweep();
    const c = await d.get(id);
    expect(c.phase).toBe('DECADUTO');
    expect(term(c, termId)?.status).toBe('EXPIRED');
    expect(c.data.tasks).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'INF_OMESSA_REVIEW', citation: 'L3749-L3751' })]),
    );
    expect(c.acts).toEqual(['archive']);
    const lapsed = (await d.audit(id)).find((e) => e.type === 'CASE_LAPSED');
    expect(lapsed).toMatchObject({ legalDate: dueDate, payload: { deadlineId: termId, dueDate } });
    // The alert reaches the officers and carries no detail of the charge.
    const alerts = (await mails({ sesUrl: rt.urls.ses })).filter(
      (m) => m.subject.includes('Decadenza') && m.subject.includes(c.title),
    );
    expect(alerts).toHaveLength(1);
    const alert = alerts[0];
    expect(alert.destination.to.join(',')).toContain(officersMail);
    expect(alert.destination.to.join(',')).not.toContain('carlo.esposito');
    const content = `${alert.subject}\n${alert.body.text ?? ''}\n${alert.body.html ?? ''}`;
    for (const secret of [EMPLOYEE_NAME, 'Bianchi', FACTS_TEXT, CHARGE_TEXT, 'INF-6g']) {
      expect(content).not.toContain(secret);
    }
    // After the decadenza no act but the archiving is accepted (D4).
    await expectRefused(id, 'contest', contestBody(sweepAt, plus(sweepAt, 20), 'CONSEGNA_A_MANO'), {
      status: 409,
      code: 'wrong-phase',
      says: ['DECADUTO', 'archiviazione'],
    });
    return id;
  }

  test('FX-PD-06: contestation dated 2024-03-22 for notizia 2024-03-01 is blocked (T-PD-01 due 2024-03-21, L3647); the sweep makes the case DECADUTO with an INF-OMESSA review task and an alert without details', async () => {
    await lapse(STRESA, '2024-03-22', '2024-03-22', 'discipline.minor.contestation', '2024-03-21', 'L3647');
  });

  test('FX-PD-06 national@1: contestation dated 2024-04-01 for the report of 2024-03-01 is blocked (30 days, due 2024-03-31, art. 55-bis c.4); the sweep makes the case DECADUTO with the INF-OMESSA task', async () => {
    await lapse(NATIONAL, '2024-04-01', '2024-04-01', 'discipline.contestation', '2024-03-31', '55-bis');
  });
});

// ------------------------------------------------------------------ FX-PD-07

describe('FX-PD-07 — a convocation received with short notice is invalid', () => {
  async function shortNotice(rs: RuleSet, hearing: string, earliest: string, citation: string) {
    const id = await openKnown(rs, INF_6G('2024-03-01'), '2024-03-01');
    // The act bears 2024-03-11; the PEC leaves (and is delivered) on 2024-03-18.
    await d.day('2024-03-18');
    await d.ok(id, 'contest', contestBody('2024-03-11', hearing, 'PEC'));
    await d.sweep();
    let c = await d.get(id);
    expect(communication(c, 'CONTESTAZIONE')).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2024-03-18' });
    expect(c.data.contestazione.convocationInvalid).toEqual({
      deliveredOn: '2024-03-18',
      earliestValidHearing: earliest,
    });
    expect(c.data.tasks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'RECONVENE' })]));
    // The hearing with short notice cannot be held.
    await d.day(hearing);
    await expectRefused(id, 'record-hearing', hearingBody(hearing), { status: 422, says: [earliest] });
    // A new convocation must leave the full notice: not before `earliest`.
    await d.day('2024-03-18');
    await expectRefused(id, 'reconvene', reconveneBody('2024-03-18', plus(earliest, -1)), {
      status: 422,
      says: [earliest, citation],
    });
    await d.ok(id, 'reconvene', reconveneBody('2024-03-18', earliest));
    await d.sweep();
    c = await d.get(id);
    expect(communication(c, 'RICONVOCAZIONE')).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2024-03-18' });
    expect(c.data.contestazione.hearing.date).toBe(earliest);
    expect(c.data.contestazione.convocationInvalid).toBeUndefined();
  }

  test('FX-PD-07: PEC delivered 2024-03-18 for the hearing of 2024-03-25 (7 days) → convocation invalid; new hearing ≥ 2024-03-28 (L3647)', async () => {
    await shortNotice(STRESA, '2024-03-25', '2024-03-28', 'L3647');
  });

  test('FX-PD-07 national@1: PEC delivered 2024-03-18 for the hearing of 2024-03-31 (13 days < 20) → convocation invalid; new hearing ≥ 2024-04-07', async () => {
    await shortNotice(NATIONAL, '2024-03-31', '2024-04-07', '55-bis');
  });
});

// ------------------------------------------------------------------ FX-PD-08

describe('FX-PD-08 — conciliation suspends the terms', () => {
  for (const [rs, hearing, conclusionId, before, after] of [
    [STRESA, '2024-03-25', 'discipline.minor.conclusion', '2024-05-10', '2024-05-26'],
    [NATIONAL, '2024-03-31', 'discipline.conclusion', '2024-07-09', '2024-07-25'],
  ] as const) {
    test(`FX-PD-08${rs === NATIONAL ? ' national@1' : ''}: conciliation opened 2024-03-20, closed negative 2024-04-05 (16 days paused) → conclusion due ${after}${rs === NATIONAL ? ` (${before} + 16)` : ' (L3709)'}`, async () => {
      const id = await fx02(rs, hearing);
      await d.day('2024-03-20');
      await d.ok(id, 'open-conciliation', {
        legalDate: '2024-03-20',
        ccnlRef: 'CCNL Funzioni Locali 2019-2021, art. 67',
      });
      let c = await d.get(id);
      expect(c.phase).toBe('CONCILIAZIONE');
      expect(term(c, conclusionId)).toMatchObject({ status: 'SUSPENDED' });
      await d.day('2024-04-05');
      await d.ok(id, 'close-conciliation', { legalDate: '2024-04-05', outcome: 'NEGATIVA' });
      c = await d.get(id);
      expect(c.phase).toBe('CONTESTATO');
      expect(c.data.conciliation).toMatchObject({
        openedOn: '2024-03-20',
        closedOn: '2024-04-05',
        outcome: 'NEGATIVA',
      });
      expect(term(c, conclusionId)).toMatchObject({ dueDate: after, status: 'OPEN' });
    });
  }
});

// ------------------------------------------------------------------ FX-PD-09

describe('FX-PD-09 — no conciliation where dismissal is possible', () => {
  for (const rs of [STRESA, NATIONAL]) {
    test(`FX-PD-09${rs === NATIONAL ? ' national@1' : ''}: conciliation requested for INF-10c (dismissal with notice) is rejected (422, V-PD-13, L3705)`, async () => {
      const id = await openKnown(rs, [{ infractionId: 'INF-10c', factDate: '2024-02-28' }], '2024-03-01');
      await d.day('2024-03-11');
      await d.ok(id, 'contest', contestBody('2024-03-11', '2024-04-02', 'CONSEGNA_A_MANO'));
      const c = await d.get(id);
      expect(c.data.classification).toMatchObject({ authority: 'UPD', dismissalPossible: true });
      // No conciliation window is even opened by the contestation.
      expect(term(c, 'discipline.conciliation')).toBeUndefined();
      await expectRefused(
        id,
        'open-conciliation',
        { legalDate: '2024-03-11', ccnlRef: 'CCNL Funzioni Locali 2019-2021, art. 67' },
        { status: 422, code: 'rejected', says: ['V-PD-13', 'L3705', 'INF-10c', 'licenziamento'] },
      );
    });
  }
});

// ------------------------------------------------------------------ FX-PD-10

describe('FX-PD-10 — PD-MAJ: transmission, UPD contestation and conclusion terms', () => {
  test('FX-PD-10: Responsabile aware 2024-01-08, Segretario 2024-01-10, UPD receives 2024-01-12 → transmission due 2024-01-15 (L3657), UPD contestation due 2024-02-21 (L3668), conclusion due 2024-05-07 from 2024-01-08 (A-3, L3669)', async () => {
    await d.day('2024-01-10');
    const id = await d.openId(
      openCaseBody({
        ruleSet: STRESA,
        charges: [{ infractionId: 'INF-7a', factDate: '2024-01-05' }],
        firstAcquisitionDate: '2024-01-08',
        authorityKnowledgeDate: '2024-01-10',
      }),
    );
    let c = await d.get(id);
    expect(c.data.classification).toMatchObject({ track: 'PD_MAJ', authority: 'UPD' });
    expect(term(c, 'discipline.major.transmissionToUpd')).toMatchObject({ dueDate: '2024-01-15', status: 'OPEN' });
    // Default A-3: from the earliest knowledge by any officer (2024-05-09 only if counted from the Segretario).
    expect(term(c, 'discipline.major.conclusion')).toMatchObject({
      dueDate: '2024-05-07',
      anchorDate: '2024-01-08',
      status: 'OPEN',
    });
    await d.day('2024-01-12');
    await d.ok(id, 'transmit-to-upd', {
      legalDate: '2024-01-12',
      receivedOn: '2024-01-12',
      channel: 'CONSEGNA_A_MANO',
    });
    c = await d.get(id);
    expect(c.phase).toBe('ISTRUTTORIA_UPD');
    expect(term(c, 'discipline.major.transmissionToUpd')?.status).toBe('MET');
    expect(term(c, 'discipline.major.contestation')).toMatchObject({ dueDate: '2024-02-21', status: 'OPEN' });
    expect(term(c, 'discipline.major.conclusion')).toMatchObject({ dueDate: '2024-05-07', status: 'OPEN' });
  });

  test('FX-PD-10 national@1: head aware 2024-01-08, report received by the UPD 2024-01-12 → report due 2024-01-18, contestation due 2024-02-11 (a Sunday, not moved); no conclusion term before the contestation (120 days run from it)', async () => {
    await d.day('2024-01-10');
    const id = await d.openId(
      openCaseBody({
        ruleSet: NATIONAL,
        charges: [{ infractionId: 'INF-7a', factDate: '2024-01-05' }],
        firstAcquisitionDate: '2024-01-08',
        authorityKnowledgeDate: '2024-01-08',
      }),
    );
    let c = await d.get(id);
    expect(term(c, 'discipline.reportToUpd')).toMatchObject({ dueDate: '2024-01-18', status: 'OPEN' });
    await d.day('2024-01-12');
    await d.ok(id, 'transmit-to-upd', { legalDate: '2024-01-12', receivedOn: '2024-01-12' });
    c = await d.get(id);
    expect(c.phase).toBe('ISTRUTTORIA_UPD');
    expect(term(c, 'discipline.reportToUpd')?.status).toBe('MET');
    expect(term(c, 'discipline.contestation')).toMatchObject({ dueDate: '2024-02-11', status: 'OPEN' });
    expect(term(c, 'discipline.conclusion')).toBeUndefined();
  });
});

// ------------------------------------------------------------------ FX-PD-11

describe('FX-PD-11 — PD-MAJ hearing notice of 20 days', () => {
  for (const rs of [STRESA, NATIONAL]) {
    test(`FX-PD-11${rs === NATIONAL ? ' national@1 (same 20-day notice)' : ''}: contestation delivered 2024-02-05 → earliest hearing 2024-02-25 (a Sunday); a working-day hearing on 2024-02-26 is valid`, async () => {
      const id = await openKnown(rs, [{ infractionId: 'INF-7a', factDate: '2024-01-05' }], '2024-01-12');
      const { hearingNotice } = ids(rs, 'major');
      await d.day('2024-02-05');
      await expectRefused(id, 'contest', contestBody('2024-02-05', '2024-02-24', 'PEC'), {
        status: 422,
        says: ['2024-02-25', rs === NATIONAL ? '55-bis' : 'L3667'],
      });
      await d.ok(id, 'contest', contestBody('2024-02-05', '2024-02-26', 'PEC'));
      await d.sweep();
      const c = await d.get(id);
      expect(communication(c, 'CONTESTAZIONE')).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2024-02-05' });
      expect(c.data.contestazione.convocationInvalid).toBeUndefined();
      expect(term(c, hearingNotice)?.status).toBe('MET');
    });
  }
});

// ------------------------------------------------------------------ FX-PD-12

describe('FX-PD-12 — transfer to another administration before the contestation', () => {
  for (const [rs, termId, restarted] of [
    [STRESA, 'discipline.minor.contestation', '2024-04-30'],
    [NATIONAL, 'discipline.contestation', '2024-05-10'],
  ] as const) {
    test(`FX-PD-12${rs === NATIONAL ? ' national@1' : ''}: notizia 2024-04-01, transfer 2024-04-10 → case TRASFERITO; the new PA’s contestation term restarts: due ${restarted}${rs === NATIONAL ? ' (30 days)' : ' (L3687)'}`, async () => {
      const id = await openKnown(rs, INF_6G('2024-04-01'), '2024-04-01');
      await d.day('2024-04-10');
      await d.ok(id, 'record-transfer', { legalDate: '2024-04-10', administration: 'Comune di Verbania' });
      const c = await d.get(id);
      expect(c.phase).toBe('TRASFERITO');
      expect(c.data.transfer.restartedTerms).toEqual(
        expect.arrayContaining([expect.objectContaining({ termId, dueDate: restarted })]),
      );
      // Nothing runs here any more: the file goes to the new administration.
      expect(c.deadlines.filter((x: { status: string }) => x.status === 'OPEN' || x.status === 'SUSPENDED')).toEqual(
        [],
      );
      expect(c.acts).toEqual([]);
      const transferred = (await d.audit(id)).find((e) => e.type === 'EMPLOYEE_TRANSFERRED');
      expect(transferred?.payload.restartedTerms).toEqual(
        expect.arrayContaining([expect.objectContaining({ termId, dueDate: restarted })]),
      );
    });
  }
});

// ------------------------------------------------------------------ FX-PD-13

describe('FX-PD-13 — suspended pending the criminal trial, then resumed', () => {
  for (const [rs, conclusion] of [
    [STRESA, '2026-03-30'],
    [NATIONAL, '2026-01-29'],
  ] as const) {
    test(`FX-PD-13${rs === NATIONAL ? ' national@1' : ''}: judgment communicated 2025-09-15 → resumption due 2025-11-14 (L3721); resumed 2025-10-01 → conclusion due ${conclusion}${rs === NATIONAL ? ' (120 days, art. 55-ter c.4)' : ' (180 days)'}`, async () => {
      const id = await openKnown(rs, [{ infractionId: 'INF-7a', factDate: '2025-01-05' }], '2025-01-10');
      await d.day('2025-01-20');
      await d.ok(id, 'suspend-criminal', criminalSuspensionBody('2025-01-20'));
      let c = await d.get(id);
      expect(c.phase).toBe('SOSPESO_PENALE');
      expect(term(c, ids(rs, 'major').contestation)?.status).toBe('SUSPENDED');
      await d.day('2025-09-15');
      await d.ok(id, 'record-judgment', {
        communicatedOn: '2025-09-15',
        outcome: 'Sentenza di condanna in primo grado',
      });
      c = await d.get(id);
      expect(c.phase).toBe('RIPRESA_DA_AVVIARE');
      expect(term(c, 'discipline.resumption')).toMatchObject({ dueDate: '2025-11-14', status: 'OPEN' });
      await d.day('2025-10-01');
      await d.ok(id, 'contest', contestBody('2025-10-01', '2025-10-21', 'CONSEGNA_A_MANO'));
      c = await d.get(id);
      expect(c.phase).toBe('CONTESTATO');
      expect(c.data.contestazione.renewed).toBe(true);
      expect(term(c, 'discipline.resumption')?.status).toBe('MET');
      expect(term(c, 'discipline.resumedConclusion')).toMatchObject({ dueDate: conclusion, status: 'OPEN' });
    });
  }
});

// ------------------------------------------------------------------ FX-PD-14, FX-PD-15

describe('FX-PD-14 — reopening after an acquittal "il fatto non sussiste"', () => {
  for (const [rs, conclusion] of [
    [STRESA, '2026-01-16'],
    [NATIONAL, '2025-11-17'],
  ] as const) {
    test(`FX-PD-14${rs === NATIONAL ? ' national@1' : ''}: irrevocable 2025-02-10 → request admissible until 2025-08-10 (6 months, L3718); request 2025-07-01 → reopening due 2025-08-30; reopened 2025-07-20 → conclusion due ${conclusion}${rs === NATIONAL ? ' (120 days)' : ' (180 days)'}`, async () => {
      const id = await concludedWithSanction(rs, '2024-09-02', '2024-10-01');
      await d.day('2025-02-10');
      await d.ok(id, 'record-acquittal', { irrevocableOn: '2025-02-10', formula: 'FATTO_NON_SUSSISTE' });
      let c = await d.get(id);
      const request = term(c, 'discipline.reopeningRequest');
      // Six months from the irrevocability end on 2025-08-10 (a Sunday): a term of the employee, so it
      // is accepted until the next working day (§1.2 default for the employee's terms).
      expect(request?.status).toBe('OPEN');
      expect(request?.trace?.find((s) => s.kind === 'count')?.date).toBe('2025-08-10');
      expect(request?.dueDate).toBe('2025-08-11');
      // A request after the term is refused, with the employee's own act (clock moved forward, then back).
      await d.day('2025-08-12');
      await expectRefused(
        id,
        'request-reopening',
        { filedOn: '2025-08-12' },
        { status: 422, says: ['L3718'] },
        EMPLOYEE,
      );
      await d.day('2025-07-01');
      await d.ok(id, 'request-reopening', { filedOn: '2025-07-01' }, EMPLOYEE);
      c = await d.get(id);
      expect(c.phase).toBe('RIAPERTURA_DA_AVVIARE');
      expect(term(c, 'discipline.reopeningRequest')?.status).toBe('MET');
      expect(term(c, 'discipline.reopening')).toMatchObject({ dueDate: '2025-08-30', status: 'OPEN' });
      await d.day('2025-07-20');
      await d.ok(id, 'contest', contestBody('2025-07-20', plus('2025-07-20', noticeOf(c)), 'CONSEGNA_A_MANO'));
      c = await d.get(id);
      expect(c.phase).toBe('CONTESTATO');
      expect(c.data.contestazione.renewed).toBe(true);
      expect(term(c, 'discipline.reopening')?.status).toBe('MET');
      expect(term(c, 'discipline.resumedConclusion')).toMatchObject({ dueDate: conclusion, status: 'OPEN' });
    });
  }
});

describe('FX-PD-15 — acquittal with a formula outside the three', () => {
  for (const rs of [STRESA, NATIONAL]) {
    test(`FX-PD-15${rs === NATIONAL ? ' national@1' : ''}: acquittal for "insufficienza di prove" does not open the reopening (422, V-PD-15, L3718); the employee’s request is refused`, async () => {
      const id = await concludedWithSanction(rs, '2024-09-02', '2024-10-01');
      await d.day('2025-02-10');
      await expectRefused(
        id,
        'record-acquittal',
        { irrevocableOn: '2025-02-10', formula: 'ALTRA' },
        { status: 422, code: 'rejected', says: ['V-PD-15', 'L3718'] },
      );
      expect(term(await d.get(id), 'discipline.reopeningRequest')).toBeUndefined();
      await d.day('2025-03-01');
      await expectRefused(
        id,
        'request-reopening',
        { filedOn: '2025-03-01' },
        { status: 409, says: ['assoluzione'] },
        EMPLOYEE,
      );
    });
  }
});

// ------------------------------------------------------------------ FX-PD-16

describe('FX-PD-16 — cautionary suspension revoked by law after five years', () => {
  for (const rs of [STRESA, NATIONAL]) {
    test(`FX-PD-16${rs === NATIONAL ? ' national@1 (shared CCNL term)' : ''}: suspension from 2020-03-01, no judgment → revoked by law and readmission on 2025-03-01 (L3777-L3779); the case stays SOSPESO_PENALE`, async () => {
      const id = await openKnown(rs, [{ infractionId: 'INF-11b', factDate: '2020-02-05' }], '2020-02-10');
      await d.day('2020-02-20');
      await d.ok(id, 'suspend-criminal', criminalSuspensionBody('2020-02-20'));
      await d.day('2020-03-01');
      await d.ok(id, 'cautionary-suspension', {
        legalDate: '2020-03-01',
        type: 'RINVIO_A_GIUDIZIO',
        start: '2020-03-01',
        basis: 'Rinvio a giudizio per fatti connessi al servizio (CCNL art. 25 c.7-8)',
      });
      let c = await d.get(id);
      expect(term(c, 'discipline.cautionarySuspensionMax')).toMatchObject({ dueDate: '2025-03-01', status: 'OPEN' });
      await d.day('2025-03-02');
      await d.sweep();
      c = await d.get(id);
      expect(c.phase).toBe('SOSPESO_PENALE');
      expect(c.data.cautionarySuspension).toMatchObject({
        start: '2020-03-01',
        revokedOn: '2025-03-01',
        revokedByLaw: true,
      });
      expect(term(c, 'discipline.cautionarySuspensionMax')?.status).toBe('EXPIRED');
      expect(c.data.tasks).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'READMISSION' })]));
      const revoked = (await d.audit(id)).find((e) => e.type === 'CAUTIONARY_SUSPENSION_REVOKED_BY_LAW');
      expect(revoked).toMatchObject({ legalDate: '2025-03-01' });
      // The disciplinary terms stay suspended until the criminal outcome.
      expect(term(c, ids(rs, 'major').contestation)?.status).toBe('SUSPENDED');
      const alerts = (await mails({ sesUrl: rt.urls.ses })).filter(
        (m) => m.subject.includes('Sospensione cautelare revocata di diritto') && m.subject.includes(c.title),
      );
      expect(alerts).toHaveLength(1);
    });
  }
});

// ------------------------------------------------------------------ FX-PD-17

describe('FX-PD-17 — no criminal-proceeding suspension for minor infractions', () => {
  test('FX-PD-17: PD-MIN (INF-6g) — request to suspend pending the criminal trial is rejected (422, V-PD-10, L3716), before and after the contestation', async () => {
    const id = await openKnown(STRESA, INF_6G('2024-03-01'), '2024-03-01');
    await d.day('2024-03-05');
    await expectRefused(id, 'suspend-criminal', criminalSuspensionBody('2024-03-05'), {
      status: 422,
      code: 'rejected',
      says: ['V-PD-10', 'L3716'],
    });
    await d.ok(id, 'contest', contestBody('2024-03-05', '2024-03-20', 'CONSEGNA_A_MANO'));
    await expectRefused(id, 'suspend-criminal', criminalSuspensionBody('2024-03-05'), {
      status: 422,
      code: 'rejected',
      says: ['V-PD-10', 'L3716'],
    });
  });
});

// ------------------------------------------------------------------ FX-PD-18

describe('FX-PD-18 — resignation during the case', () => {
  for (const rs of [STRESA, NATIONAL]) {
    test(`FX-PD-18(a)${rs === NATIONAL ? ' national@1' : ''}: resignation during the case for INF-4b (no dismissal) → CESSATO (G-5, L3689)`, async () => {
      const id = await openKnown(rs, [{ infractionId: 'INF-4b', factDate: '2024-05-02' }], '2024-05-03');
      await d.day('2024-05-08');
      await d.ok(id, 'record-cessation', { legalDate: '2024-05-08', reason: 'Dimissioni volontarie' });
      const c = await d.get(id);
      expect(c.phase).toBe('CESSATO');
      expect(c.data.cessation).toMatchObject({ date: '2024-05-08', continues: false });
      expect(c.data.cessation.reason).toContain('L3689');
      expect(c.deadlines.filter((x: { status: string }) => x.status === 'OPEN')).toEqual([]);
      expect(c.acts).toEqual([]);
    });

    test(`FX-PD-18(b)${rs === NATIONAL ? ' national@1' : ''}: resignation during the case for INF-11b (dismissal) → the case continues to a decision (L3689)`, async () => {
      const id = await openKnown(rs, [{ infractionId: 'INF-11b', factDate: '2024-05-02' }], '2024-05-03');
      await d.day('2024-05-08');
      await d.ok(id, 'record-cessation', { legalDate: '2024-05-08', reason: 'Dimissioni volontarie' });
      let c = await d.get(id);
      expect(c.phase).toBe('ISTRUTTORIA_UPD');
      expect(c.data.cessation).toMatchObject({ date: '2024-05-08', continues: true });
      expect(c.data.cessation.reason).toContain('L3689');
      await d.ok(id, 'contest', contestBody('2024-05-08', '2024-05-28', 'CONSEGNA_A_MANO'));
      await d.ok(
        id,
        'record-delivery',
        deliveryBody(communication(await d.get(id), 'CONTESTAZIONE')!.id, '2024-05-08'),
      );
      await d.day('2024-05-28');
      await d.ok(id, 'record-hearing', hearingBody('2024-05-28', false));
      await d.ok(id, 'decide', decisionBody('2024-05-28', { code: 'LSP' }, { membersPresent: UPD_MEMBERS }));
      c = await d.get(id);
      expect(c.phase).toBe('DECISO');
      expect(c.data.outcome).toMatchObject({ type: 'SANZIONE', sanction: { code: 'LSP' } });
    });
  }
});

// ------------------------------------------------------------------ FX-PD-19

describe('FX-PD-19 — the UPD decides as a collegio perfetto', () => {
  for (const rs of [STRESA, NATIONAL]) {
    test(`FX-PD-19${rs === NATIONAL ? ' national@1' : ''}: a UPD decision recorded with 4 of 5 members is rejected (422, V-PD-11, L3658); with all 5 it is adopted`, async () => {
      const { id, hearing } = await readyToDecide(
        rs,
        [{ infractionId: 'INF-7a', factDate: '2024-05-02' }],
        '2024-05-03',
      );
      const sanction = { code: 'SO6M', quantity: 15, unit: 'DAYS' as const };
      await expectRefused(id, 'decide', decisionBody(hearing, sanction, { membersPresent: UPD_MEMBERS.slice(0, 4) }), {
        status: 422,
        says: ['V-PD-11', 'L3658', 'Davide Riva'],
      });
      await d.ok(id, 'decide', decisionBody(hearing, sanction, { membersPresent: UPD_MEMBERS }));
      const c = await d.get(id);
      expect(c.phase).toBe('DECISO');
      expect(c.data.outcome.membersPresent).toEqual(UPD_MEMBERS);
    });
  }
});

// ------------------------------------------------------------------ FX-PD-20

describe('FX-PD-20 — verbal reprimand', () => {
  for (const rs of [STRESA, NATIONAL]) {
    test(`FX-PD-20${rs === NATIONAL ? ' national@1' : ''}: RV for INF-4a by the head of service → RIMPROVERO_VERBALE, no document in the personnel file, no PersonnelSanctionRecord (L3519, V-PD-17)`, async () => {
      await d.day('2024-06-03');
      const taxCode = freshTaxCode();
      const opened = await d.open(
        openCaseBody({
          ruleSet: rs,
          charges: [{ infractionId: 'INF-4a', factDate: '2024-06-03' }],
          firstAcquisitionDate: '2024-06-03',
          authorityKnowledgeDate: '2024-06-03',
          verbalOnly: true,
          taxCode,
        }),
        RESP,
      );
      expect(opened.status).toBe(201);
      const id = opened.json.id as string;
      const c = await d.get(id, RESP);
      expect(c.phase).toBe('RIMPROVERO_VERBALE');
      expect(c.data.classification).toMatchObject({ track: 'PD_V', authority: 'RESP_SERVIZIO' });
      // No terms, no act to take: nothing is sealed and sent to the personnel office.
      expect(c.deadlines).toEqual([]);
      expect(c.acts).toEqual([]);
      expect(c.data.communications).toEqual([]);
      const recorded = (await d.audit(id, RESP)).find((e) => e.type === 'VERBAL_REPRIMAND_RECORDED');
      expect(recorded?.payload).toMatchObject({ track: 'PD_V', personnelFileRecord: false });
      expect((await d.act(id, 'seal-file', { legalDate: '2024-06-03' }, RESP)).status).toBe(409);
      // The personnel office never sees it.
      expect((await d.getRaw(id, 'head.stresa')).status).toBe(404);
      // Later: a new case on the same employee finds nothing in the sanctions register (not even an RV to ignore).
      await d.day('2024-09-02');
      const later = await d.openId(
        openCaseBody({
          ruleSet: rs,
          charges: [{ infractionId: 'INF-4a', factDate: '2024-09-01' }],
          firstAcquisitionDate: '2024-09-02',
          authorityKnowledgeDate: '2024-09-02',
          ...(rs === NATIONAL ? { reportedToUpdOn: '2024-09-02' } : {}),
          taxCode,
        }),
      );
      const next = await d.get(later);
      const explanation = (next.data.classification.explanation as string[]).join('\n');
      expect(explanation).not.toContain('precedente disciplinare');
      expect(explanation).not.toContain('R-REC');
      expect(next.data.classification.charges[0]).toMatchObject({
        infractionId: 'INF-4a',
        appliedInfractionId: 'INF-4a',
      });
    });
  }
});

// ------------------------------------------------------------------ FX-PD-21

describe('FX-PD-21 — sanction quantities within bounds (V-PD-09)', () => {
  test('FX-PD-21(a)(b): PD-MIN — MU of 5 hours (max 4 h, L3506) and SO10 of 12 days (max 10 days, L3507) are rejected (422, V-PD-09)', async () => {
    const { id, hearing } = await readyToDecide(
      STRESA,
      [
        { infractionId: 'INF-4a', factDate: '2024-05-02' },
        { infractionId: 'INF-6g', factDate: '2024-05-02' },
      ],
      '2024-05-03',
    );
    await expectRefused(id, 'decide', decisionBody(hearing, { code: 'MU', quantity: 5, unit: 'HOURS' }), {
      status: 422,
      says: ['V-PD-09', 'L3506', '4 ore'],
    });
    await expectRefused(id, 'decide', decisionBody(hearing, { code: 'SO10', quantity: 12, unit: 'DAYS' }), {
      status: 422,
      says: ['V-PD-09', 'L3507', '10 giorni'],
    });
    // Within the bounds the same decision is adopted.
    await d.ok(id, 'decide', decisionBody(hearing, { code: 'SO10', quantity: 10, unit: 'DAYS' }));
    expect((await d.get(id)).phase).toBe('DECISO');
  });

  test('FX-PD-21(c): PD-MAJ — SO6M of 10 days (min 11 days, L3508) is rejected (422, V-PD-09)', async () => {
    const { id, hearing } = await readyToDecide(
      STRESA,
      [{ infractionId: 'INF-7a', factDate: '2024-05-02' }],
      '2024-05-03',
    );
    await expectRefused(
      id,
      'decide',
      decisionBody(hearing, { code: 'SO6M', quantity: 10, unit: 'DAYS' }, { membersPresent: UPD_MEMBERS }),
      { status: 422, says: ['V-PD-09', 'L3508', '11 giorni'] },
    );
    await d.ok(
      id,
      'decide',
      decisionBody(hearing, { code: 'SO6M', quantity: 11, unit: 'DAYS' }, { membersPresent: UPD_MEMBERS }),
    );
    expect((await d.get(id)).phase).toBe('DECISO');
  });

  test('FX-PD-21 national@1: one UPD case for INF-4a, INF-6g, INF-7a — MU 5 h, SO10 12 days, SO6M 10 days all rejected (422, V-PD-09)', async () => {
    const { id, hearing } = await readyToDecide(
      NATIONAL,
      [
        { infractionId: 'INF-4a', factDate: '2024-05-02' },
        { infractionId: 'INF-6g', factDate: '2024-05-02' },
        { infractionId: 'INF-7a', factDate: '2024-05-02' },
      ],
      '2024-05-03',
    );
    const all = { membersPresent: UPD_MEMBERS };
    await expectRefused(id, 'decide', decisionBody(hearing, { code: 'MU', quantity: 5, unit: 'HOURS' }, all), {
      status: 422,
      says: ['V-PD-09', 'L3506', '4 ore'],
    });
    await expectRefused(id, 'decide', decisionBody(hearing, { code: 'SO10', quantity: 12, unit: 'DAYS' }, all), {
      status: 422,
      says: ['V-PD-09', 'L3507', '10 giorni'],
    });
    await expectRefused(id, 'decide', decisionBody(hearing, { code: 'SO6M', quantity: 10, unit: 'DAYS' }, all), {
      status: 422,
      says: ['V-PD-09', 'L3508', '11 giorni'],
    });
  });
});
