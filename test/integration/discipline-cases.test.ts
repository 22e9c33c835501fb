/**
 * Disciplinary cases end to end on the real local runtime (issue: procedimento disciplinare, "Done
 * means"): a national-rule-set case from the report to the sanction with PEC delivery receipts; a
 * stresa-rous major-track case with a deferral and a conciliation; a case that lapses by the clock with
 * its alerts sent before; a criminal suspension and resumption. Moves the clock: runs on its own runtime.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { taxCodeFor } from '../support/fixtures';
import {
  type ApiOptions,
  api,
  mails,
  type RuntimeProcess,
  setClock,
  startRuntimeProcess,
  sweep,
} from '../support/local';

let rt: RuntimeProcess;
const SEGRETARIO = 'segretario.stresa';
const UPD = ['segretario.stresa', 'upd1.stresa', 'upd2.stresa', 'upd3.stresa', 'upd4.stresa'];
const call = (path: string, options: ApiOptions = {}) =>
  api(path, { user: SEGRETARIO, ...options, baseUrl: rt.urls.web });
const at = (instant: string) => setClock(instant, rt.urls.web);
const sweepNow = () =>
  sweep<{ due: number; pecReceipts: number; expired: number; reminders: number }>(undefined, rt.urls.web);
type Row = { id: string; termId: string; dueDate: string; status: string };
let taxSeq = 700;

beforeAll(async () => {
  rt = await startRuntimeProcess(mkdtempSync(join(tmpdir(), 'discipline-')), { args: ['--no-cron'] });
});

afterAll(async () => {
  await rt?.stop();
});

function openBody(over: {
  ruleSet: string;
  charges: { infractionId: string; factDate: string }[];
  firstAcquisitionDate: string;
  authorityKnowledgeDate: string;
  reportedToUpdOn?: string;
  taxCode?: string;
  pec?: boolean;
}) {
  return {
    entityId: 'stresa',
    ruleSet: over.ruleSet,
    employee: {
      userId: 'dip.stresa',
      name: 'Carlo Esposito',
      taxCode: over.taxCode ?? taxCodeFor(taxSeq++),
      category: 'C',
      profile: 'Istruttore amministrativo',
      service: 'Servizi demografici',
      email: 'carlo.esposito@example.org',
      ...(over.pec === false ? {} : { pec: 'carlo.esposito@pec.example.org' }),
      address: 'Via Roma 10, Stresa',
    },
    notizia: {
      source: 'RESP_SERVIZIO',
      facts: 'Comportamento scorretto verso un utente allo sportello, riferito dal responsabile del servizio.',
      firstAcquisitionDate: over.firstAcquisitionDate,
      authorityKnowledgeDate: over.authorityKnowledgeDate,
      ...(over.reportedToUpdOn ? { reportedToUpdOn: over.reportedToUpdOn } : {}),
    },
    charges: over.charges.map((c) => ({
      ...c,
      factDescription: 'Espressioni ingiuriose verso un utente (episodio del fatto).',
    })),
  };
}

const CHARGE_TEXT = 'ingiuriose rivolte alla signora Bianchi';

function contestBody(version: number, legalDate: string, hearingDate: string, channel = 'PEC') {
  return {
    expectedVersion: version,
    legalDate,
    addebito: `Espressioni ${CHARGE_TEXT} allo sportello anagrafe`,
    normsViolated: 'art. 3 c.6 lett. g) Allegato H; codice di comportamento',
    evidence: 'Relazione del responsabile del servizio; dichiarazione della signora Bianchi',
    hearing: { date: hearingDate, time: '10:00', place: 'Municipio di Stresa, sala riunioni' },
    channel,
    visto: { by: 'Franco Galli', date: legalDate },
  };
}

const CRITERIA = {
  a: 'Comportamento intenzionale.',
  b: 'Obblighi di correttezza verso il pubblico.',
  c: 'Addetto allo sportello.',
  d: 'Disservizio e danno all’immagine.',
  e: 'Nessun precedente nel biennio.',
  f: 'Nessun concorso di altri lavoratori.',
};

async function get(id: string, user = SEGRETARIO) {
  return (await call(`/api/v1/discipline/cases/${id}`, { user })).json;
}

async function act(id: string, name: string, body: Record<string, unknown>, user = SEGRETARIO) {
  const version = (await get(id)).version;
  return call(`/api/v1/discipline/cases/${id}/acts/${name}`, { user, body: { ...body, expectedVersion: version } });
}

const term = (c: { deadlines: Row[] }, id: string) => c.deadlines.find((d) => d.id === id);

test('national rule set: from the report to the sanction, with PEC delivery receipts; the sanction feeds recidivism', async () => {
  await at('2026-01-12T09:00:00Z');
  const opened = await call('/api/v1/discipline/cases', {
    user: 'resp.stresa',
    body: openBody({
      ruleSet: 'national@2',
      charges: [{ infractionId: 'INF-6g', factDate: '2026-01-08' }],
      firstAcquisitionDate: '2026-01-08',
      authorityKnowledgeDate: '2026-01-09',
      reportedToUpdOn: '2026-01-12',
    }),
  });
  expect(opened.status).toBe(201);
  // The head who reports is not the authority: a receipt, not the file.
  expect(opened.json.reader).toBeNull();
  expect(opened.json.protocol).toMatch(/^RIS\/2026\/\d{7}$/);
  const id = opened.json.id as string;
  let c = await get(id);
  expect(c.phase).toBe('ISTRUTTORIA_UPD');
  expect(c.data.classification.authority).toBe('UPD');
  // Contestation within 30 days of the report received by the UPD (art. 55-bis c.4).
  expect(term(c, 'discipline.contestation')).toMatchObject({ dueDate: '2026-02-11', status: 'OPEN' });
  expect(term(c, 'discipline.reportToUpd')).toMatchObject({ status: 'MET' });

  await at('2026-01-20T09:00:00Z');
  const contested = await act(id, 'contest', contestBody(0, '2026-01-20', '2026-02-16'));
  expect(contested.status).toBe(200);
  c = await get(id);
  expect(c.phase).toBe('CONTESTATO');
  const comm = c.data.communications.find((x: { kind: string }) => x.kind === 'CONTESTAZIONE');
  expect(comm.status).toBe('IN_CONSEGNA');
  // Conclusion within 120 days of the contestation act.
  expect(term(c, 'discipline.conclusion')).toMatchObject({ dueDate: '2026-05-20', status: 'OPEN' });
  // national@2: the start of the case goes to the Ispettorato within 20 days of the contestation.
  expect(term(c, 'discipline.inspectorateStartCommunication')).toMatchObject({ dueDate: '2026-02-09', status: 'OPEN' });
  const avvio = await act(id, 'record-inspectorate', {
    act: 'AVVIO',
    legalDate: '2026-01-20',
    reference: 'Portale UPD, codice 7F3A',
  });
  expect(avvio.json).toMatchObject({ phase: 'CONTESTATO' });

  // The PEC carries the act; the courtesy e-mail says nothing of the charge.
  const pec = (await (await fetch(`${rt.urls.pec}/api/messages`)).json()) as {
    to: string;
    text: string;
    receipts: { type: string }[];
  }[];
  const sent = pec.filter((m) => m.to === 'carlo.esposito@pec.example.org');
  expect(sent.at(-1)?.text).toContain(CHARGE_TEXT);
  const courtesy = (await mails({ sesUrl: rt.urls.ses })).filter((m) =>
    m.destination.to.includes('carlo.esposito@example.org'),
  );
  expect(courtesy.length).toBeGreaterThan(0);
  for (const m of courtesy) expect(`${m.subject} ${m.body.text}`).not.toContain('Bianchi');

  // The delivery receipt comes back at the sweep: the hearing notice runs from it.
  expect((await sweepNow()).pecReceipts).toBeGreaterThanOrEqual(2);
  c = await get(id);
  const delivered = c.data.communications.find((x: { id: string }) => x.id === comm.id);
  expect(delivered).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2026-01-20' });
  expect(delivered.evidence.kind).toBe('RICEVUTA_PEC');
  expect(term(c, 'discipline.hearingNotice')?.status).toBe('MET');

  await at('2026-02-16T11:00:00Z');
  expect(
    (
      await act(id, 'record-hearing', {
        legalDate: '2026-02-16',
        attended: true,
        defender: { type: 'SINDACATO', name: 'Rappresentante FP CGIL' },
        minutes: 'Il dipendente ammette il fatto e si scusa.',
      })
    ).status,
  ).toBe(200);

  await at('2026-03-02T09:00:00Z');
  const fourMembers = await act(id, 'decide', {
    legalDate: '2026-03-02',
    outcome: 'SANZIONE',
    sanction: { code: 'SO10', quantity: 10, unit: 'DAYS' },
    criteria: CRITERIA,
    motivation: 'Fatto accertato e ammesso.',
    membersPresent: UPD.slice(0, 4),
    channel: 'PEC',
  });
  expect(fourMembers.status).toBe(422);
  expect(JSON.stringify(fourMembers.json)).toContain('L3658');
  const decided = await act(id, 'decide', {
    legalDate: '2026-03-02',
    outcome: 'SANZIONE',
    sanction: { code: 'SO10', quantity: 10, unit: 'DAYS' },
    criteria: CRITERIA,
    motivation: 'Fatto accertato e ammesso.',
    membersPresent: UPD,
    channel: 'PEC',
  });
  expect(decided.status).toBe(200);
  c = await get(id);
  expect(c.phase).toBe('DECISO');
  expect(term(c, 'discipline.conclusion')?.status).toBe('MET');
  // National: the concluding act goes to the Ispettorato within 20 days (a tracked term).
  expect(term(c, 'discipline.inspectorateCommunication')).toMatchObject({ dueDate: '2026-03-22', status: 'OPEN' });

  // Sealing waits for the delivery of the decision.
  expect((await act(id, 'seal-file', { legalDate: '2026-03-02' })).status).toBe(422);
  await sweepNow();
  expect((await act(id, 'seal-file', { legalDate: '2026-03-02' })).status).toBe(200);
  expect((await act(id, 'record-inspectorate', { legalDate: '2026-03-02', reference: 'PEC prot. 1234' })).status).toBe(
    200,
  );
  c = await get(id);
  expect(c.phase).toBe('CONCLUSO');
  expect(term(c, 'discipline.inspectorateCommunication')?.status).toBe('MET');

  // The sealed file is in the personnel office's reach now, and the chain verifies.
  expect((await call(`/api/v1/discipline/cases/${id}`, { user: 'head.stresa' })).json.reader).toBe('UFFICIO_PERSONALE');
  const audit = await call(`/api/v1/discipline/cases/${id}/audit`);
  expect(audit.json.verification.ok).toBe(true);
  expect(audit.json.events.map((e: { type: string }) => e.type)).toEqual(
    expect.arrayContaining([
      'CASE_OPENED',
      'CONTESTATION_ISSUED',
      'COMMUNICATION_DELIVERED',
      'HEARING_HELD',
      'SANCTION_IMPOSED',
      'FILE_TRANSMITTED_TO_PERSONNEL_OFFICE',
    ]),
  );

  // The register now holds the SO10 of 10 days (the maximum): a second INF-6g within two years is graded up (art. 3 c.7 a).
  await at('2026-06-01T09:00:00Z');
  const second = await call('/api/v1/discipline/cases', {
    body: openBody({
      ruleSet: 'national@2',
      taxCode: c.data.employee.taxCode,
      charges: [{ infractionId: 'INF-6g', factDate: '2026-05-28' }],
      firstAcquisitionDate: '2026-05-29',
      authorityKnowledgeDate: '2026-05-29',
    }),
  });
  expect(second.status).toBe(201);
  const escalation = second.json.data.classification.charges[0];
  expect(escalation.appliedInfractionId).not.toBe('INF-6g');
  expect(escalation.escalation.priorCaseIds).toContain(id);
});

test('stresa-rous major track: transmission, hand delivery, one deferral (a second refused), conciliation pausing the terms', async () => {
  await at('2024-01-12T09:00:00Z');
  const opened = await call('/api/v1/discipline/cases', {
    body: openBody({
      ruleSet: 'stresa-rous@1',
      charges: [{ infractionId: 'INF-7b', factDate: '2024-01-05' }],
      firstAcquisitionDate: '2024-01-08',
      authorityKnowledgeDate: '2024-01-10',
      pec: false,
    }),
  });
  expect(opened.status).toBe(201);
  const id = opened.json.id as string;
  let c = await get(id);
  expect(c.data.classification).toMatchObject({ track: 'PD_MAJ', authority: 'UPD' });
  // FX-PD-10: transmission within 5 days of the Segretario's news; conclusion within 120 days of the
  // first acquisition by any officer.
  expect(term(c, 'discipline.major.transmissionToUpd')?.dueDate).toBe('2024-01-15');
  expect(term(c, 'discipline.major.conclusion')?.dueDate).toBe('2024-05-07');

  // PEC is refused without the employee's certified address.
  const noPec = await act(id, 'transmit-to-upd', { legalDate: '2024-01-12', receivedOn: '2024-01-12', channel: 'PEC' });
  expect(noPec.status).toBe(422);
  expect(JSON.stringify(noPec.json)).toContain('L3674');
  expect(
    (
      await act(id, 'transmit-to-upd', {
        legalDate: '2024-01-12',
        receivedOn: '2024-01-12',
        channel: 'CONSEGNA_A_MANO',
      })
    ).status,
  ).toBe(200);
  c = await get(id);
  expect(c.phase).toBe('ISTRUTTORIA_UPD');
  expect(term(c, 'discipline.major.contestation')?.dueDate).toBe('2024-02-21');
  // Every UPD member reads the file now.
  for (const member of UPD) expect((await get(id, member)).reader).toBe('AUTORITA');

  await at('2024-02-01T09:00:00Z');
  expect(
    (await act(id, 'contest', contestBody(0, '2024-02-01', '2024-02-26', 'CONSEGNA_A_MANO'), 'upd2.stresa')).status,
  ).toBe(200);
  c = await get(id);
  const contestation = c.data.communications.find((x: { kind: string }) => x.kind === 'CONTESTAZIONE');
  await at('2024-02-05T12:00:00Z');
  const receipt = Buffer.from('%PDF-1.4 ricevuta firmata dal dipendente').toString('base64');
  const delivery = await act(id, 'record-delivery', {
    communicationId: contestation.id,
    deliveredOn: '2024-02-05',
    evidence: {
      kind: 'RICEVUTA_FIRMATA',
      reference: 'Ricevuta firmata il 5/2/2024',
      document: { filename: 'ricevuta.pdf', contentType: 'application/pdf', base64: receipt },
    },
  });
  expect(delivery.status).toBe(200);
  c = await get(id);
  const delivered = c.data.communications.find((x: { id: string }) => x.id === contestation.id);
  // FX-PD-11: delivered 2024-02-05, 20 days' notice: the hearing of 2024-02-26 stands.
  expect(delivered).toMatchObject({ status: 'CONSEGNATA', deliveredOn: '2024-02-05' });
  expect(delivered.evidence.documentSha256).toMatch(/^[0-9a-f]{64}$/);
  expect(c.data.contestazione.convocationInvalid).toBeUndefined();

  // The employee asks for a deferral from their own page; the UPD grants 23 days (> 20, A-1).
  await at('2024-02-20T09:00:00Z');
  expect(
    (
      await act(
        id,
        'request-deferral',
        { receivedOn: '2024-02-20', reason: 'Ricovero ospedaliero programmato.' },
        'dip.stresa',
      )
    ).status,
  ).toBe(200);
  await at('2024-02-21T09:00:00Z');
  const granted = await act(id, 'decide-deferral', {
    legalDate: '2024-02-21',
    granted: true,
    newHearingDate: '2024-03-20',
    motivation: 'Impedimento grave e documentato.',
    channel: 'CONSEGNA_A_MANO',
  });
  expect(granted.status).toBe(200);
  c = await get(id);
  // L3651 with A-2: the conclusion moves by the whole deferral (23 days).
  expect(term(c, 'discipline.major.conclusion')?.dueDate).toBe('2024-05-30');
  // The decision reaches the employee by hand: its signed receipt is recorded (the deferred hearing needs it).
  const deferralNotice = c.data.communications.find((x: { kind: string }) => x.kind === 'DIFFERIMENTO');
  expect(
    (
      await act(id, 'record-delivery', {
        communicationId: deferralNotice.id,
        deliveredOn: '2024-02-21',
        evidence: { kind: 'RICEVUTA_FIRMATA', reference: 'Ricevuta del 21/2/2024' },
      })
    ).status,
  ).toBe(200);
  const version = (await get(id)).version;
  const second = await act(
    id,
    'request-deferral',
    { receivedOn: '2024-02-21', reason: 'Altro impedimento.' },
    'dip.stresa',
  );
  expect(second.status).toBe(422);
  expect(JSON.stringify(second.json)).toContain('L3652');
  expect((await get(id)).version).toBe(version);

  // Conciliation (not for dismissal-range infractions) pauses the terms; its failure resumes them (L3709).
  await at('2024-02-25T09:00:00Z');
  expect(
    (await act(id, 'open-conciliation', { legalDate: '2024-02-25', ccnlRef: 'CCNL Funzioni locali art. 67' })).status,
  ).toBe(200);
  c = await get(id);
  expect(c.phase).toBe('CONCILIAZIONE');
  expect(term(c, 'discipline.major.conclusion')?.status).toBe('SUSPENDED');
  await at('2024-03-01T09:00:00Z');
  expect((await act(id, 'close-conciliation', { legalDate: '2024-03-01', outcome: 'NEGATIVA' })).status).toBe(200);
  c = await get(id);
  expect(c.phase).toBe('CONTESTATO');
  expect(term(c, 'discipline.major.conclusion')).toMatchObject({ status: 'OPEN', dueDate: '2024-06-04' });

  await at('2024-03-20T11:00:00Z');
  expect(
    (await act(id, 'record-hearing', { legalDate: '2024-03-20', attended: true, minutes: 'Audizione svolta.' })).status,
  ).toBe(200);
  await at('2024-04-10T09:00:00Z');
  const decided = await act(id, 'decide', {
    legalDate: '2024-04-10',
    outcome: 'SANZIONE',
    sanction: { code: 'SO6M', quantity: 30, unit: 'DAYS' },
    criteria: CRITERIA,
    motivation: 'Assenza ingiustificata accertata.',
    membersPresent: UPD,
    channel: 'RACCOMANDATA_AR',
  });
  expect(decided.status).toBe(200);
  expect((await get(id)).phase).toBe('DECISO');
});

test('a case lapses by the clock: reminders at T-7, T-3, T-1 and on the day, then DECADUTO; only archiving afterwards', async () => {
  await at('2026-09-01T09:00:00Z');
  const opened = await call('/api/v1/discipline/cases', {
    body: openBody({
      ruleSet: 'stresa-rous@1',
      charges: [{ infractionId: 'INF-4b', factDate: '2026-08-31' }],
      firstAcquisitionDate: '2026-09-01',
      authorityKnowledgeDate: '2026-09-01',
    }),
  });
  const id = opened.json.id as string;
  const title = opened.json.title as string;
  const c = await get(id);
  expect(term(c, 'discipline.minor.contestation')?.dueDate).toBe('2026-09-21');
  const reminders = async () =>
    (await mails({ sesUrl: rt.urls.ses })).filter(
      (m) => m.subject.includes(title) && m.subject.startsWith('Promemoria'),
    );
  for (const [day, expected] of [
    ['2026-09-14', 1],
    ['2026-09-18', 2],
    ['2026-09-20', 3],
    ['2026-09-21', 4],
  ] as const) {
    await at(`${day}T08:00:00Z`);
    await sweepNow();
    const sent = await reminders();
    expect(sent).toHaveLength(expected);
    // To the Segretario (the authority), with the term and its citation, never the charge.
    expect(sent.at(-1)?.destination.to).toContain('franco.galli@comune.stresa.example');
    expect(sent.at(-1)?.body.text).toContain('L3647');
    expect(sent.at(-1)?.body.text).not.toContain('Espressioni');
  }
  // The term ends at 23:59:59 of the 21st (Europe/Rome); the sweep after it lapses the case.
  await at('2026-09-21T22:30:00Z');
  expect((await sweepNow()).expired).toBe(1);
  const lapsed = await get(id);
  expect(lapsed.phase).toBe('DECADUTO');
  expect(term(lapsed, 'discipline.minor.contestation')?.status).toBe('EXPIRED');
  expect(lapsed.data.tasks.map((t: { kind: string }) => t.kind)).toContain('INF_OMESSA_REVIEW');
  const alerts = (await mails({ sesUrl: rt.urls.ses })).filter(
    (m) => m.subject.includes(title) && m.subject.startsWith('Decadenza'),
  );
  expect(alerts).toHaveLength(1);
  expect(alerts[0].body.text).not.toContain('Espressioni');

  // No act but archiving once lapsed.
  const late = await act(id, 'contest', contestBody(0, '2026-09-21', '2026-10-10', 'CONSEGNA_A_MANO'));
  expect(late.status).toBe(409);
  expect(late.json.detail).toContain("solo l'archiviazione");
  expect(
    (await act(id, 'archive', { legalDate: '2026-09-22', motivation: 'Decadenza dall’azione disciplinare.' })).status,
  ).toBe(200);
  expect((await get(id)).phase).toBe('ARCHIVIATO');
});

test('criminal proceedings: the UPD suspends, the judgment is communicated, the case resumes with a renewed contestation', async () => {
  await at('2025-01-10T09:00:00Z');
  const opened = await call('/api/v1/discipline/cases', {
    body: openBody({
      ruleSet: 'stresa-rous@1',
      charges: [{ infractionId: 'INF-7c', factDate: '2025-01-02' }],
      firstAcquisitionDate: '2025-01-08',
      authorityKnowledgeDate: '2025-01-09',
    }),
  });
  const id = opened.json.id as string;
  expect(
    (await act(id, 'transmit-to-upd', { legalDate: '2025-01-10', receivedOn: '2025-01-10', channel: 'PEC' })).status,
  ).toBe(200);
  await at('2025-02-01T09:00:00Z');
  expect((await act(id, 'contest', contestBody(0, '2025-02-01', '2025-02-25'))).status).toBe(200);
  await sweepNow();
  await at('2025-03-01T09:00:00Z');
  const suspended = await act(id, 'suspend-criminal', {
    legalDate: '2025-03-01',
    proceedingRef: 'Proc. pen. n. 1234/2025 R.G.N.R. Tribunale di Verbania',
    complexity: 'Accertamento contabile complesso affidato alla Guardia di Finanza.',
    insufficientElements: "All'esito dell'istruttoria mancano elementi sufficienti per la sanzione.",
  });
  expect(suspended.status).toBe(200);
  expect(
    (
      await act(id, 'cautionary-suspension', {
        legalDate: '2025-03-01',
        type: 'RINVIO_A_GIUDIZIO',
        start: '2025-03-01',
        basis: 'CCNL art. 25',
      })
    ).status,
  ).toBe(200);
  let c = await get(id);
  expect(c.phase).toBe('SOSPESO_PENALE');
  expect(term(c, 'discipline.major.conclusion')?.status).toBe('SUSPENDED');
  expect(term(c, 'discipline.cautionarySuspensionMax')?.dueDate).toBe('2030-03-01');

  await at('2025-09-15T09:00:00Z');
  expect(
    (await act(id, 'record-judgment', { communicatedOn: '2025-09-15', outcome: 'Condanna in primo grado' })).status,
  ).toBe(200);
  c = await get(id);
  expect(c.phase).toBe('RIPRESA_DA_AVVIARE');
  // FX-PD-13: resumption within 60 days of the communication.
  expect(term(c, 'discipline.resumption')?.dueDate).toBe('2025-11-14');
  expect(term(c, 'discipline.major.conclusion')?.status).toBe('CANCELLED');

  await at('2025-10-01T09:00:00Z');
  expect((await act(id, 'contest', contestBody(0, '2025-10-01', '2025-10-31'))).status).toBe(200);
  c = await get(id);
  expect(c.phase).toBe('CONTESTATO');
  expect(c.data.contestazione.renewed).toBe(true);
  expect(term(c, 'discipline.resumption')?.status).toBe('MET');
  // FX-PD-13: concluded within 180 days of the resumption.
  expect(term(c, 'discipline.resumedConclusion')?.dueDate).toBe('2026-03-30');
});
