/**
 * An incoming mobility closed without a hire (the attempt art. 30 c.2-bis D.Lgs. 165/2001 asks before a
 * concorso): each reason must agree with the record; the open terms and reminders end with it.
 */
import { calendarOf, findEntity } from '../../../shared/entities/entities';
import { publishNotice } from '../../../shared/procedures/mobility/acts';
import type { IncomingData, MobilityProcedure } from '../../../shared/procedures/mobility/model';
import { decideMobility } from '../../../shared/procedures/mobility/transitions';
import type { ActorRef, AggregateView } from '../../../shared/procedures/model';
import { termRule } from '../../../shared/rules';

const entity = findEntity('stresa')!;
const HR: ActorRef = { id: 'hr.stresa', name: 'Maria Rossi', role: 'HR_OFFICER' };
const RULES = 'stresa-rous@2';
const ctx = (day: string) => ({
  now: new Date(`${day}T10:00:00Z`),
  entity,
  calendar: calendarOf(entity),
  ruleSet: RULES,
  rule: (id: string) => termRule(RULES, id),
  newId: () => 'n1',
});

function opened(): AggregateView<MobilityProcedure> {
  const o = publishNotice(
    {
      entityId: 'stresa',
      post: {
        kind: 'C_AMM',
        category: 'C',
        profile: 'Istruttore amministrativo',
        service: 'Anagrafe',
        workplace: 'Stresa',
      },
      notice: { act: 'Det. 1', publishedOn: '2026-01-05' },
    },
    HR,
    'stresa.m0000001',
    ctx('2026-01-05'),
  );
  return { procedure: o.procedure, deadlines: o.deadlines, reminders: o.reminders };
}

const with_ = (
  agg: AggregateView<MobilityProcedure>,
  phase: MobilityProcedure['phase'],
  data: Partial<IncomingData>,
) => ({
  ...agg,
  procedure: { ...agg.procedure, phase, data: { ...(agg.procedure.data as IncomingData), ...data } },
});

const close = (agg: AggregateView, payload: Record<string, unknown>, day = '2026-02-05') =>
  decideMobility(
    'CLOSE_WITHOUT_HIRE',
    agg,
    {
      entityId: 'stresa',
      procedureId: agg.procedure.id,
      action: 'close-without-hire',
      expectedVersion: 1,
      actor: HR,
      requestedAt: `${day}T10:00:00.000Z`,
      payload: { expectedVersion: 1, legalDate: day, act: 'Det. 10', ...payload },
    },
    ctx(day),
  );

const errorsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { problem?: { errors?: { field: string }[]; status?: number } }).problem ?? e;
  }
  throw new Error('expected a refusal');
};

test('no applications, once the notice has closed: concluded, its terms and reminders cancelled', () => {
  const agg = with_(opened(), 'VALUTAZIONE', {});
  expect(agg.deadlines.some((d) => d.status === 'OPEN')).toBe(true);
  const d = close(agg, { reason: 'NESSUNA_DOMANDA' });
  expect(d.phase).toBe('CONCLUSA');
  expect((d.data as IncomingData).negativeOutcome).toEqual({
    date: '2026-02-05',
    act: 'Det. 10',
    reason: 'NESSUNA_DOMANDA',
  });
  expect(d.events.map((e) => e.type)).toEqual(['MOBILITY_CLOSED_WITHOUT_HIRE']);
  expect(d.deadlines.map((x) => x.status)).toEqual(
    agg.deadlines.filter((x) => x.status === 'OPEN').map(() => 'CANCELLED'),
  );
  expect(d.reminders.every((r) => r.status === 'CANCELLED')).toBe(true);
  expect(d.reminders).toHaveLength(agg.reminders.filter((r) => r.status === 'PENDING').length);
});

test('while the notice is open the act is out of phase', () => {
  expect(errorsOf(() => close(opened(), { reason: 'NESSUNA_DOMANDA' }))).toMatchObject({ status: 409 });
});

test('each reason must agree with the record', () => {
  const application = { id: 'a1', admitted: true } as IncomingData['applications'][number];
  const withOne = with_(opened(), 'VALUTAZIONE', { applications: [application] });
  expect(errorsOf(() => close(withOne, { reason: 'NESSUNA_DOMANDA' }))).toMatchObject({
    status: 422,
    errors: [{ field: 'reason', message: 'Risultano 1 domande registrate.' }],
  });
  // None suitable needs its motivation.
  expect(errorsOf(() => close(withOne, { reason: 'NESSUN_IDONEO' }))).toMatchObject({
    errors: [{ field: 'motivation' }],
  });
  expect(close(withOne, { reason: 'NESSUN_IDONEO', motivation: 'Colloquio insufficiente' }).phase).toBe('CONCLUSA');
  // Consent refused only when recorded as refused.
  const selected = with_(opened(), 'ATTESA_ASSENSO', {
    applications: [application],
    evaluation: { date: '2026-02-06', selectedId: 'a1' },
  });
  expect(errorsOf(() => close(selected, { reason: 'ASSENSO_NEGATO' }, '2026-02-10'))).toMatchObject({
    errors: [{ field: 'reason' }],
  });
  const refused = with_(selected, 'ATTESA_ASSENSO', {
    consent: { date: '2026-02-09', granted: false, act: 'Diniego' },
  });
  expect(close(refused, { reason: 'ASSENSO_NEGATO' }, '2026-02-10').phase).toBe('CONCLUSA');
  // Not before the last act of the procedure.
  expect(errorsOf(() => close(refused, { reason: 'ASSENSO_NEGATO' }, '2026-02-08'))).toMatchObject({
    errors: [{ field: 'legalDate' }],
  });
});
