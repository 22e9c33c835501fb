/**
 * Contract formation's acts as pure transitions on an in-memory appointment: the terms from receipt,
 * the option's capped extension, the probation by category, the lapse that proposes the next
 * candidate, the annulment; each with the citation the spec gives.
 */
import { calendarOf, findEntity } from '../../../shared/entities/entities';
import { ProblemError } from '../../../shared/http/problem';
import {
  appoint,
  type ContractContext,
  type ContractDecision,
  probationTermFor,
} from '../../../shared/procedures/contract/acts';
import type { ContractProcedure } from '../../../shared/procedures/contract/model';
import { CONTRACT_ACTS, type ContractAct, decideContract } from '../../../shared/procedures/contract/transitions';
import type { ActorRef, Deadline, Reminder } from '../../../shared/procedures/model';
import { termRule } from '../../../shared/rules';

const entity = findEntity('stresa')!;
const HR: ActorRef = { id: 'hr.stresa', name: 'Maria Rossi', role: 'HR_OFFICER' };
const SYSTEM: ActorRef = { id: 'system', name: 'Sistema', role: 'SYSTEM' };
const RULES = 'stresa-rous@1';

interface State {
  p: ContractProcedure;
  deadlines: Deadline[];
  reminders: Reminder[];
  now: Date;
}

const ctx = (now: Date, extra: Partial<ContractContext> = {}): ContractContext => {
  let n = 0;
  return {
    now,
    entity,
    calendar: calendarOf(entity),
    rule: (id) => termRule(RULES, id),
    newId: () => `id-${++n}`,
    protocol: () => '2026/0000001',
    ...extra,
  };
};

const byId = <T extends { id: string }>(old: T[], changed: T[]) => [
  ...old.filter((o) => !changed.some((c) => c.id === o.id)),
  ...changed,
];

function apply(s: State, d: ContractDecision): State {
  return {
    ...s,
    p: { ...s.p, phase: d.phase, data: d.data ?? s.p.data, version: s.p.version + 1 },
    deadlines: byId(s.deadlines, d.deadlines),
    reminders: byId(s.reminders, d.reminders),
  };
}

function act(
  s: State,
  name: ContractAct,
  payload: Record<string, unknown>,
  on?: string,
  extra: Partial<ContractContext> = {},
  actor = HR,
) {
  const state = on ? { ...s, now: new Date(`${on}T09:00:00Z`) } : s;
  const d = decideContract(
    CONTRACT_ACTS[name],
    { procedure: state.p, deadlines: state.deadlines, reminders: state.reminders },
    {
      entityId: 'stresa',
      procedureId: state.p.id,
      action: name,
      expectedVersion: state.p.version,
      actor,
      payload: { expectedVersion: state.p.version, ...payload },
      requestedAt: state.now.toISOString(),
    },
    ctx(state.now, extra),
  );
  return apply(state, d);
}

function appointed(category: 'C' | 'B1', incompatibility?: { currentEmployer: string }): State {
  const now = new Date('2026-01-15T09:00:00Z');
  const o = appoint(
    {
      entityId: 'stresa',
      source: {
        kind: 'GRADUATORIA',
        graduatoriaId: 'stresa.grad0001',
        position: 1,
        description: 'Graduatoria, posizione 1',
      },
      appointee: { name: 'Anna Neri', taxCode: 'RSSMRA85T10A562S', address: 'Via Roma 1' },
      post: { category, profile: 'Istruttore', service: 'Anagrafe', workplace: 'Municipio' },
      appointment: { number: 'NOM-1', date: '2026-01-15' },
      channel: 'RACCOMANDATA_AR',
      ...(incompatibility ? { incompatibility } : {}),
    },
    HR,
    'stresa.grad0001p1',
    RULES,
    ctx(now),
  );
  return { p: o.procedure, deadlines: [], reminders: [], now };
}

function received(s: State, on: string): State {
  return act(
    s,
    'record-delivery',
    {
      communicationId: s.p.data.appointment.communicationId,
      deliveredOn: on,
      evidence: { kind: 'CARTOLINA_AR', reference: 'A/R' },
    },
    on,
  );
}

const due = (s: State, id: string) => s.deadlines.find((d) => d.id === id);

function refusal(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ProblemError) return error.problem;
    throw error;
  }
  throw new Error('expected a refusal');
}

test('the 30 days run from receipt (art. 108 c.2, L1798), not from the appointment', () => {
  const s = appointed('C');
  expect(s.deadlines).toEqual([]);
  const r = received(s, '2026-01-20');
  expect(due(r, 'contract.takeUpService')).toMatchObject({
    dueDate: '2026-02-19',
    anchorEvent: 'APPOINTMENT_RECEIVED',
  });
  expect(due(r, 'contract.takeUpService')?.citation).toMatchObject({ lines: 'L1798' });
});

test('the option moves the start by the notice period, at most three months past the original term (L1799)', () => {
  const r = received(appointed('C', { currentEmployer: 'ASL VCO' }), '2026-01-20');
  const short = act(
    r,
    'declare-option',
    { declaredOn: '2026-01-25', noticeDays: 20, statement: 'Opto.' },
    '2026-01-25',
  );
  expect(due(short, 'contract.takeUpService')?.dueDate).toBe('2026-03-11');
  const long = act(
    r,
    'declare-option',
    { declaredOn: '2026-01-25', noticeDays: 200, statement: 'Opto.' },
    '2026-01-25',
  );
  expect(long.p.data.option?.extendedTo).toBe('2026-05-19');
  // After the option's own term, the declaration is refused.
  const late = refusal(() =>
    act(r, 'declare-option', { declaredOn: '2026-02-20', noticeDays: 10, statement: 'Opto.' }, '2026-02-20'),
  );
  expect(late.detail).toContain('2026-02-19');
});

test('probation: two months for categories A-B, six otherwise (CCNL values as rule-set data)', () => {
  expect(probationTermFor('B1')).toBe('contract.probationShort');
  expect(probationTermFor('C')).toBe('contract.probationLong');
  expect(termRule(RULES, probationTermFor('B1')).quantity).toBe(2);
  expect(termRule(RULES, probationTermFor('D3')).quantity).toBe(6);
});

test('the lapse by the term proposes the next eligible candidate of the graduatoria (L1838, D3 Q14)', () => {
  const r = received(appointed('C'), '2026-01-20');
  const after = { ...r, now: new Date('2026-02-20T09:00:00Z') };
  const lapsed = act(
    after,
    'deadline-expired',
    { deadlineId: 'contract.takeUpService' },
    undefined,
    {
      nextEligible: { position: 2, name: 'Bruno Galli', taxCode: 'RSSMRA85T10A562S' },
    },
    SYSTEM,
  );
  expect(lapsed.p.phase).toBe('DECADUTO');
  expect(lapsed.p.data.scorrimento).toEqual({ position: 2, name: 'Bruno Galli' });
  expect(due(lapsed, 'contract.takeUpService')?.status).toBe('EXPIRED');
});

test('an annulment of the recruitment procedure ends the contract without notice (art. 110 c.5, L1834)', () => {
  const r = received(appointed('C'), '2026-01-20');
  const annulled = act(r, 'annul', { legalDate: '2026-01-22', act: 'Sentenza TAR n. 1/2026' }, '2026-01-22');
  expect(annulled.p.phase).toBe('ANNULLATO');
  expect(due(annulled, 'contract.takeUpService')?.status).toBe('CANCELLED');
  expect(refusal(() => act(annulled, 'annul', { legalDate: '2026-01-22', act: 'Altro' }, '2026-01-22')).status).toBe(
    409,
  );
});
