/**
 * The disciplinary case's transitions as pure functions: each act applied to an in-memory aggregate
 * the way the store applies a decision (phase, data, terms and reminders by id). The rules that differ
 * between the two rule sets and the decadenza guard's branches are checked here; the fixtures run
 * end to end in test/integration/discipline-*.test.ts.
 */
import { calendarOf, findEntity } from '../../../shared/entities/entities';
import { ProblemError } from '../../../shared/http/problem';
import type { DisciplineContext, DisciplineDecision } from '../../../shared/procedures/discipline/context';
import type { DisciplineCase } from '../../../shared/procedures/discipline/model';
import { openCase } from '../../../shared/procedures/discipline/open';
import { classify } from '../../../shared/procedures/discipline/routing';
import type { OpenCase } from '../../../shared/procedures/discipline/schemas';
import {
  DISCIPLINE_ACTS,
  type DisciplineAct,
  decideDiscipline,
} from '../../../shared/procedures/discipline/transitions';
import type { ActorRef, Deadline, Reminder } from '../../../shared/procedures/model';
import { termRule } from '../../../shared/rules';

const entity = findEntity('stresa')!;
const SEGRETARIO: ActorRef = { id: 'segretario.stresa', name: 'Franco Galli', role: 'SEGRETARIO' };
const EMPLOYEE: ActorRef = { id: 'dip.stresa', name: 'Carlo Esposito', role: 'EMPLOYEE' };
const SYSTEM: ActorRef = { id: 'system', name: 'Sistema', role: 'SYSTEM' };

interface State {
  c: DisciplineCase;
  deadlines: Deadline[];
  reminders: Reminder[];
  now: Date;
}

function ctx(s: State): DisciplineContext {
  let n = 0;
  let p = 0;
  return {
    now: s.now,
    entity,
    calendar: calendarOf(entity),
    rule: (id) => termRule(s.c.ruleSet, id),
    newId: () => `id-${++n}`,
    protocol: () => `RIS/TEST/${++p}`,
  };
}

const byId = <T extends { id: string }>(old: T[], changed: T[]) => [
  ...old.filter((o) => !changed.some((c) => c.id === o.id)),
  ...changed,
];

function apply(s: State, d: DisciplineDecision): State {
  return {
    ...s,
    c: { ...s.c, phase: d.phase, data: d.data ?? s.c.data, version: s.c.version + 1 },
    deadlines: byId(s.deadlines, d.deadlines),
    reminders: byId(s.reminders, d.reminders),
  };
}

function act(s: State, name: DisciplineAct, payload: Record<string, unknown>, actor = SEGRETARIO, on?: string) {
  const state = on ? { ...s, now: new Date(`${on}T09:00:00Z`) } : s;
  const d = decideDiscipline(
    DISCIPLINE_ACTS[name],
    { procedure: state.c, deadlines: state.deadlines, reminders: state.reminders },
    {
      entityId: 'stresa',
      procedureId: state.c.id,
      action: name,
      expectedVersion: state.c.version,
      actor,
      payload: { expectedVersion: state.c.version, ...payload },
      requestedAt: state.now.toISOString(),
    },
    ctx(state),
  );
  return { state: apply(state, d), decision: d };
}

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected the act to be refused');
}

function opened(
  ruleSet: 'stresa-rous@1' | 'national@1' | 'national@2',
  infractionId: string,
  day: string,
  extra: Partial<OpenCase['notizia']> = {},
): State {
  const input: OpenCase = {
    entityId: 'stresa',
    ruleSet,
    employee: {
      userId: 'dip.stresa',
      name: 'Carlo Esposito',
      taxCode: 'RSSMRA85T10A562S',
      category: 'C',
      profile: 'Istruttore',
      service: 'Anagrafe',
      isResponsabileServizio: false,
      posizione: 'IN_SERVIZIO',
    },
    notizia: {
      source: 'SEGRETARIO',
      facts: 'Fatti.',
      firstAcquisitionDate: day,
      authorityKnowledgeDate: day,
      ...extra,
    },
    charges: [{ infractionId, factDate: day, factDescription: 'Fatto.' }],
    verbalOnly: false,
  };
  const regime = ruleSet.startsWith('national') ? 'national' : 'stresa-rous';
  const now = new Date(`${day}T09:00:00Z`);
  const o = openCase(input, classify(input.charges, [], { regime }), SEGRETARIO, 'stresa.unittest0001', ruleSet, {
    ...ctx({ c: {} as DisciplineCase, deadlines: [], reminders: [], now }),
    rule: (id) => termRule(ruleSet, id),
  });
  return { c: o.procedure, deadlines: o.opening.deadlines, reminders: o.opening.reminders, now };
}

const due = (s: State, id: string) => s.deadlines.find((d) => d.id === id);
const contest = (legalDate: string, hearing: string, channel = 'CONSEGNA_A_MANO') => ({
  legalDate,
  addebito: 'Addebito',
  normsViolated: 'Norme',
  evidence: 'Prove',
  hearing: { date: hearing, time: '10:00', place: 'Municipio' },
  channel,
  visto: { by: 'Franco Galli', date: legalDate },
});

/** Contest and deliver by hand on the same day: the defence phase starts. */
function contested(s: State, day: string, hearing: string): State {
  let t = act(s, 'contest', contest(day, hearing), SEGRETARIO, day).state;
  const comm = t.c.data.communications.at(-1)!;
  t = act(t, 'record-delivery', {
    communicationId: comm.id,
    deliveredOn: day,
    evidence: { kind: 'RICEVUTA_FIRMATA', reference: 'firmata' },
  }).state;
  return t;
}

describe('deferral and the conclusion term', () => {
  test('stresa-rous (L3651): a 7-day deferral leaves the conclusion; 15 days move it by 15 (FX-PD-03/04)', () => {
    const base = contested(opened('stresa-rous@1', 'INF-4b', '2024-03-01'), '2024-03-11', '2024-03-25');
    expect(due(base, 'discipline.minor.conclusion')?.dueDate).toBe('2024-05-10');
    const asked = act(
      base,
      'request-deferral',
      { receivedOn: '2024-03-20', reason: 'Malattia' },
      EMPLOYEE,
      '2024-03-20',
    ).state;
    const short = act(
      asked,
      'decide-deferral',
      {
        legalDate: '2024-03-21',
        granted: true,
        newHearingDate: '2024-04-01',
        motivation: 'Documentato',
        channel: 'CONSEGNA_A_MANO',
      },
      SEGRETARIO,
      '2024-03-21',
    ).state;
    expect(due(short, 'discipline.minor.conclusion')?.dueDate).toBe('2024-05-10');
    expect(short.c.data.deferral).toMatchObject({ lengthDays: 7, extendsConclusion: false });
    const long = act(
      asked,
      'decide-deferral',
      {
        legalDate: '2024-03-21',
        granted: true,
        newHearingDate: '2024-04-09',
        motivation: 'Documentato',
        channel: 'CONSEGNA_A_MANO',
      },
      SEGRETARIO,
      '2024-03-21',
    ).state;
    expect(due(long, 'discipline.minor.conclusion')?.dueDate).toBe('2024-05-25');
  });

  test('national@2 (art. 55-bis c.4): a granted deferral moves the conclusion by its whole length, short ones too', () => {
    const s = opened('national@2', 'INF-4b', '2024-03-01', { reportedToUpdOn: '2024-03-01' });
    const base = contested(s, '2024-03-11', '2024-04-02');
    const asked = act(
      base,
      'request-deferral',
      { receivedOn: '2024-03-20', reason: 'Malattia' },
      EMPLOYEE,
      '2024-03-20',
    ).state;
    const decide = (newHearingDate: string) =>
      act(
        asked,
        'decide-deferral',
        {
          legalDate: '2024-03-21',
          granted: true,
          newHearingDate,
          motivation: 'Documentato',
          channel: 'CONSEGNA_A_MANO',
        },
        SEGRETARIO,
        '2024-03-21',
      ).state;
    expect(due(decide('2024-04-09'), 'discipline.conclusion')?.dueDate).toBe('2024-07-16');
    expect(due(decide('2024-04-17'), 'discipline.conclusion')?.dueDate).toBe('2024-07-24');
    // The start of the case is due at the Ispettorato within 20 days of the contestation.
    expect(due(base, 'discipline.inspectorateStartCommunication')?.dueDate).toBe('2024-03-31');
  });

  test('national@1 (as published): any granted deferral moves the conclusion by its length', () => {
    const s = opened('national@1', 'INF-4b', '2024-03-01', { reportedToUpdOn: '2024-03-01' });
    expect(s.c.phase).toBe('ISTRUTTORIA_UPD');
    const base = contested(s, '2024-03-11', '2024-04-02');
    expect(due(base, 'discipline.conclusion')?.dueDate).toBe('2024-07-09');
    const asked = act(
      base,
      'request-deferral',
      { receivedOn: '2024-03-20', reason: 'Malattia' },
      EMPLOYEE,
      '2024-03-20',
    ).state;
    const granted = act(
      asked,
      'decide-deferral',
      {
        legalDate: '2024-03-21',
        granted: true,
        newHearingDate: '2024-04-09',
        motivation: 'Documentato',
        channel: 'CONSEGNA_A_MANO',
      },
      SEGRETARIO,
      '2024-03-21',
    ).state;
    expect(due(granted, 'discipline.conclusion')?.dueDate).toBe('2024-07-16');
  });
});

describe('the decadenza guard', () => {
  test('a peremptory term of the Administration lapses the case; later acts but archiving are refused', () => {
    const s = opened('stresa-rous@1', 'INF-4b', '2024-03-01');
    const late = { ...s, now: new Date('2024-03-22T01:00:00Z') };
    const { state } = act(late, 'deadline-expired', { deadlineId: 'discipline.minor.contestation' }, SYSTEM);
    expect(state.c.phase).toBe('DECADUTO');
    expect(state.c.data.tasks.map((t) => t.kind)).toEqual(['INF_OMESSA_REVIEW']);
    expect(refusal(() => act(state, 'contest', contest('2024-03-21', '2024-04-05'))).status).toBe(409);
    expect(act(state, 'archive', { legalDate: '2024-03-22', motivation: 'Decaduto' }).state.c.phase).toBe('ARCHIVIATO');
  });

  test('a term is not fired before its instant, nor twice', () => {
    const s = opened('stresa-rous@1', 'INF-4b', '2024-03-01');
    const early = { ...s, now: new Date('2024-03-21T12:00:00Z') };
    expect(
      refusal(() => act(early, 'deadline-expired', { deadlineId: 'discipline.minor.contestation' }, SYSTEM)).code,
    ).toBe('deadline-not-due');
    const fired = act(
      { ...s, now: new Date('2024-03-22T01:00:00Z') },
      'deadline-expired',
      {
        deadlineId: 'discipline.minor.contestation',
      },
      SYSTEM,
    ).state;
    expect(
      refusal(() => act(fired, 'deadline-expired', { deadlineId: 'discipline.minor.contestation' }, SYSTEM)).code,
    ).toBe('deadline-not-open');
  });

  test('the national report term is not peremptory: its expiry escalates, the case stays open', () => {
    const s = opened('national@1', 'INF-4b', '2024-03-01');
    expect(due(s, 'discipline.reportToUpd')?.dueDate).toBe('2024-03-11');
    const { state, decision } = act(
      { ...s, now: new Date('2024-03-12T01:00:00Z') },
      'deadline-expired',
      {
        deadlineId: 'discipline.reportToUpd',
      },
      SYSTEM,
    );
    expect(state.c.phase).toBe('NOTIZIA');
    expect(decision.messages.map((m) => m.template)).toEqual(['discipline-alert']);
  });

  test('the conciliation window closes an open conciliation as failed and resumes the terms (G-4)', () => {
    const base = contested(opened('stresa-rous@1', 'INF-4b', '2024-03-01'), '2024-03-11', '2024-03-25');
    const open = act(
      base,
      'open-conciliation',
      { legalDate: '2024-03-20', ccnlRef: 'CCNL' },
      SEGRETARIO,
      '2024-03-20',
    ).state;
    expect(due(open, 'discipline.minor.conclusion')?.status).toBe('SUSPENDED');
    const closed = act(
      { ...open, now: new Date('2024-04-11T01:00:00Z') },
      'deadline-expired',
      {
        deadlineId: 'discipline.conciliation',
      },
      SYSTEM,
    ).state;
    expect(closed.c.phase).toBe('CONTESTATO');
    expect(closed.c.data.conciliation).toMatchObject({
      outcome: 'NEGATIVA',
      closedBySystem: true,
      closedOn: '2024-04-10',
    });
    // Paused from 2024-03-20 to 2024-04-10: 21 days added to 2024-05-10.
    expect(due(closed, 'discipline.minor.conclusion')).toMatchObject({ status: 'OPEN', dueDate: '2024-05-31' });
  });
});

test('criminal suspension only where a sanction above ten days applies (V-PD-10; art. 55-ter c.1)', () => {
  const minor = opened('national@2', 'INF-6g', '2024-03-01', { reportedToUpdOn: '2024-03-01' });
  const suspend = {
    legalDate: '2024-03-05',
    proceedingRef: 'Proc. pen. 1/2024',
    complexity: 'Complesso.',
    insufficientElements: 'Insufficienti.',
  };
  expect(refusal(() => act(minor, 'suspend-criminal', suspend, SEGRETARIO, '2024-03-05')).detail).toContain(
    'art. 55-ter c.1',
  );
  const major = opened('national@2', 'INF-7c', '2024-03-01', { reportedToUpdOn: '2024-03-01' });
  expect(act(major, 'suspend-criminal', suspend, SEGRETARIO, '2024-03-05').state.c.phase).toBe('SOSPESO_PENALE');
});

test('a decision needs the contestation delivered and the employee heard (V-PD-01)', () => {
  const s = opened('stresa-rous@1', 'INF-4b', '2024-03-01');
  const issued = act(s, 'contest', contest('2024-03-11', '2024-03-25'), SEGRETARIO, '2024-03-11').state;
  const decide = {
    legalDate: '2024-04-01',
    outcome: 'SANZIONE',
    sanction: { code: 'RS' },
    criteria: { a: 'a', b: 'b', c: 'c', d: 'd', e: 'e', f: 'f' },
    motivation: 'Motivazione',
    channel: 'CONSEGNA_A_MANO',
  };
  expect(refusal(() => act({ ...issued, now: new Date('2024-04-01T09:00:00Z') }, 'decide', decide)).detail).toContain(
    'V-PD-01',
  );
});

test('national: the UPD that learned of the facts itself has its 30 days from that knowledge at once (art. 55-bis c.4)', () => {
  const s = opened('national@2', 'INF-4b', '2024-03-05', { updOtherwiseAcquiredDate: '2024-03-05' });
  expect(s.c.phase).toBe('ISTRUTTORIA_UPD');
  expect(due(s, 'discipline.contestation')).toMatchObject({ dueDate: '2024-04-04', anchorEvent: 'UPD_KNOWLEDGE' });
});

test('re-qualification (G-6): a minor case sent to the UPD, terms from its receipt, the employee told at once (L3657)', () => {
  const s = opened('stresa-rous@1', 'INF-4b', '2024-03-01');
  const body = {
    legalDate: '2024-03-05',
    receivedOn: '2024-03-06',
    charges: [
      { infractionId: 'INF-7b', factDate: '2024-02-28', factDescription: 'Assenza ingiustificata di 12 giorni.' },
    ],
    motivation: 'I fatti meritano una sospensione oltre i dieci giorni.',
    channel: 'CONSEGNA_A_MANO',
  };
  const { state, decision } = act(s, 'requalify', body, SEGRETARIO, '2024-03-06');
  expect(state.c.phase).toBe('ISTRUTTORIA_UPD');
  expect(state.c.data.classification.track).toBe('PD_MAJ');
  expect(due(state, 'discipline.major.contestation')).toMatchObject({
    dueDate: '2024-04-15',
    anchorEvent: 'UPD_KNOWLEDGE',
  });
  expect(due(state, 'discipline.major.conclusion')?.dueDate).toBe('2024-06-29');
  expect(due(state, 'discipline.minor.contestation')?.status).toBe('CANCELLED');
  expect(state.c.data.communications.map((x) => x.kind)).toEqual(['COMUNICAZIONE_TRASMISSIONE']);
  expect(decision.events.map((e) => e.type)).toContain('REQUALIFIED_TO_UPD');
  // Not when the new charges stay within the minor track.
  const minor = { ...body, charges: [{ infractionId: 'INF-4a', factDate: '2024-02-28', factDescription: 'Ritardo.' }] };
  expect(refusal(() => act(s, 'requalify', minor, SEGRETARIO, '2024-03-06')).detail).toContain('L3657');
});
