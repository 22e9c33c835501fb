import {
  calendarFor,
  computeTerm,
  extendTerm,
  type IsoDate,
  interruptTerm,
  type RunningTerm,
  reopenTerm,
  resumeTerm,
  suspendTerm,
  type TermRule,
} from '../../../shared/calendar';
import { STRESA_SETTINGS, testRule } from './stresa-settings';

const stresa = calendarFor(STRESA_SETTINGS);
const BASIS = 'determinazione n. 12/2025';

const rule = (over: Partial<TermRule> = {}): TermRule =>
  testRule({ id: 'concorso.applicationDeadline', label: 'Termine per la presentazione delle domande', ...over });

function running(r: TermRule, anchorDate: IsoDate): RunningTerm {
  const c = computeTerm(r, anchorDate, stresa);
  return { rule: r, anchorDate, dueDate: c.dueDate, status: 'OPEN', trace: c.trace };
}
const asRunning = (
  t: RunningTerm,
  next: { dueDate: IsoDate; status: 'OPEN' | 'SUSPENDED'; suspendedOn?: IsoDate; trace: RunningTerm['trace'] },
): RunningTerm => ({ ...t, ...next });
const newSteps = (before: RunningTerm, after: { trace: RunningTerm['trace'] }) =>
  after.trace.slice(before.trace.length).map((s) => [s.kind, s.date, s.text]);

// F-D1: bando in the GURI on 2025-03-04, applications by Thursday 2025-04-03 (art. 85 c.1, L1441).
const bando = running(rule(), '2025-03-04');

describe('extendTerm: calendar days added to the current due date (D2)', () => {
  it('applied twice: 2025-04-03 → 2025-04-10 → 2025-04-17', () => {
    const once = extendTerm(bando, 7, '2025-03-20', stresa, BASIS);
    expect(once).toMatchObject({
      dueDate: '2025-04-10',
      dueAt: '2025-04-10T21:59:59.999Z',
      status: 'OPEN',
      rolledForward: false,
    });
    expect(newSteps(bando, once)).toEqual([
      [
        'extend',
        '2025-04-10',
        'Proroga di 7 giorni di calendario disposta il 2025-03-20 (determinazione n. 12/2025): dal 2025-04-03 al 2025-04-10',
      ],
      ['due', '2025-04-10', 'Scadenza 2025-04-10 ore 23:59:59 (Europe/Rome) — art. 85 c. 1 (L1441)'],
    ]);
    const first = asRunning(bando, once);
    const twice = extendTerm(first, 7, '2025-04-01', stresa, 'determinazione n. 15/2025');
    expect(twice.dueDate).toBe('2025-04-17');
    expect(twice.trace.slice(0, once.trace.length)).toEqual(once.trace);
    expect(twice.trace).toHaveLength(bando.trace.length + 4);
  });

  it('twice with roll-forward: Sunday 13 April → Monday 14; then +5 → Saturday 19 → over Easter to Tuesday 22', () => {
    const once = extendTerm(bando, 10, '2025-03-20', stresa, BASIS);
    expect(once).toMatchObject({ dueDate: '2025-04-14', rolledForward: true });
    const twice = extendTerm(asRunning(bando, once), 5, '2025-04-10', stresa, BASIS);
    expect(twice).toMatchObject({ dueDate: '2025-04-22', rolledForward: true });
    expect(newSteps(asRunning(bando, once), twice).map(([k, d]) => [k, d])).toEqual([
      ['extend', '2025-04-19'],
      ['rollForward', '2025-04-19'],
      ['skip', '2025-04-20'],
      ['skip', '2025-04-21'],
      ['due', '2025-04-22'],
    ]);
  });

  it('an Administration term is extended to a literal date, closed or not', () => {
    const t = running(rule({ binds: 'administration', onExpiry: 'reminderOnly' }), '2025-03-04');
    const r = extendTerm(t, 10, '2025-03-20', stresa, BASIS);
    expect(r).toMatchObject({ dueDate: '2025-04-13', rolledForward: false });
    expect(r.trace.at(-1)?.text).toContain("domenica: termine a carico dell'Amministrazione, non prorogato");
  });
});

describe('suspendTerm / resumeTerm: the due date moves by the paused length in calendar days', () => {
  it('a suspension spanning Easter and 25 April counts every calendar day (Administration term)', () => {
    const t = running(rule({ binds: 'administration', onExpiry: 'reminderOnly' }), '2025-04-04');
    expect(t.dueDate).toBe('2025-05-04');
    const s = suspendTerm(t, '2025-04-18', 'nota prot. 345');
    expect(s).toMatchObject({
      status: 'SUSPENDED',
      suspendedOn: '2025-04-18',
      dueDate: '2025-05-04',
      rolledForward: false,
    });
    expect(newSteps(t, s)).toEqual([
      [
        'suspend',
        '2025-04-18',
        'Sospensione dal 2025-04-18 (nota prot. 345): il decorso si ferma; la scadenza del 2025-05-04 si sposterà alla ripresa',
      ],
    ]);
    const r = resumeTerm(asRunning(t, s), '2025-04-28', stresa, 'nota prot. 401');
    expect(r).toMatchObject({ status: 'OPEN', dueDate: '2025-05-14', rolledForward: false });
    expect(r.suspendedOn).toBeUndefined();
    expect(newSteps(asRunning(t, s), r)).toEqual([
      [
        'resume',
        '2025-05-14',
        'Ripresa il 2025-04-28 (nota prot. 401): sospeso dal 2025-04-18 per 10 giorni di calendario, scadenza dal 2025-05-04 al 2025-05-14',
      ],
      ['due', '2025-05-14', 'Scadenza 2025-05-14 ore 23:59:59 (Europe/Rome) — art. 85 c. 1 (L1441)'],
    ]);
  });

  it('a private party whose new date is 1 May gets Friday 2 May', () => {
    const s = suspendTerm(bando, '2025-03-28', BASIS);
    const r = resumeTerm(asRunning(bando, s), '2025-04-25', stresa, BASIS);
    expect(r).toMatchObject({ dueDate: '2025-05-02', rolledForward: true });
    expect(newSteps(asRunning(bando, s), r).map(([k, d]) => [k, d])).toEqual([
      ['resume', '2025-05-01'],
      ['rollForward', '2025-05-01'],
      ['due', '2025-05-02'],
    ]);
  });

  it('suspended and resumed the same day: nothing moves', () => {
    const s = suspendTerm(bando, '2025-03-20', BASIS);
    const r = resumeTerm(asRunning(bando, s), '2025-03-20', stresa, BASIS);
    expect(r).toMatchObject({ dueDate: '2025-04-03', status: 'OPEN', rolledForward: false });
    expect(r.trace.at(-2)?.text).toContain('per 0 giorni di calendario');
  });
});

describe('interruptTerm: a whole new term from the act', () => {
  it('30 days from 2025-03-20 → Saturday 19 April → over Easter to Tuesday 22 April', () => {
    const r = interruptTerm(bando, '2025-03-20', stresa, 'art. 2943 c.c.');
    expect(r).toMatchObject({ dueDate: '2025-04-22', status: 'OPEN', rolledForward: true });
    expect(newSteps(bando, r)).toEqual([
      [
        'interrupt',
        '2025-03-20',
        'Interruzione il 2025-03-20 (art. 2943 c.c.): il termine decorre di nuovo per intero (30 giorni di calendario)',
      ],
      ['anchor', '2025-03-20', 'Giorno iniziale 2025-03-20 (atto di interruzione): non computato (dies a quo)'],
      ['count', '2025-04-19', '30 giorni di calendario → 2025-04-19'],
      [
        'rollForward',
        '2025-04-19',
        'Il termine cade il 2025-04-19, sabato (uffici chiusi): prorogato al primo giorno di apertura (art. 2963 c.c., art. 155 c.p.c.)',
      ],
      ['skip', '2025-04-20', 'Saltato 2025-04-20: domenica; festività nazionale: Domenica di Pasqua'],
      ['skip', '2025-04-21', "Saltato 2025-04-21: festività nazionale: Lunedì dell'Angelo"],
      ['due', '2025-04-22', 'Scadenza 2025-04-22 ore 23:59:59 (Europe/Rome) — art. 85 c. 1 (L1441)'],
    ]);
  });

  it('also ends a suspension', () => {
    const s = suspendTerm(bando, '2025-03-15', BASIS);
    const r = interruptTerm(asRunning(bando, s), '2025-03-20', stresa, BASIS);
    expect(r.status).toBe('OPEN');
    expect(r.suspendedOn).toBeUndefined();
    expect(r.dueDate).toBe('2025-04-22');
  });
});

describe('reopenTerm: recruitment art. 87 c.1 (L1465), "riaprire, per una sola volta, il termine"', () => {
  it('15 days from 2025-04-10 → 25 April (holiday) → Monday 28 April', () => {
    const r = reopenTerm(bando, '2025-04-10', stresa, 'art. 87 c.1 ROUS; determinazione n. 20/2025', 15);
    expect(r).toMatchObject({ dueDate: '2025-04-28', status: 'OPEN', rolledForward: true });
    expect(newSteps(bando, r).slice(0, 3)).toEqual([
      [
        'reopen',
        '2025-04-10',
        'Riapertura del termine il 2025-04-10 (art. 87 c.1 ROUS; determinazione n. 20/2025): nuovo termine di 15 giorni di calendario',
      ],
      ['anchor', '2025-04-10', 'Giorno iniziale 2025-04-10 (atto di riapertura): non computato (dies a quo)'],
      ['count', '2025-04-25', '15 giorni di calendario → 2025-04-25'],
    ]);
  });

  it("defaults to the rule's length: 30 days from 2025-04-10 → Saturday 10 May → Monday 12 May", () => {
    expect(reopenTerm(bando, '2025-04-10', stresa, BASIS).dueDate).toBe('2025-05-12');
  });
});

describe('impossible operations are refused in Italian', () => {
  const suspended = asRunning(bando, suspendTerm(bando, '2025-03-20', BASIS));
  it.each([
    [
      'resume when not suspended',
      () => resumeTerm(bando, '2025-03-25', stresa, BASIS),
      'Il termine non è sospeso: non può essere ripreso.',
    ],
    [
      'suspend when suspended',
      () => suspendTerm(suspended, '2025-03-25', BASIS),
      'Il termine è già sospeso dal 2025-03-20.',
    ],
    [
      'extend when suspended',
      () => extendTerm(suspended, 5, '2025-03-25', stresa, BASIS),
      'Il termine è sospeso dal 2025-03-20: va ripreso prima di essere prorogato.',
    ],
    [
      'resume before the suspension',
      () => resumeTerm(suspended, '2025-03-19', stresa, BASIS),
      'La ripresa (2025-03-19) non può precedere la sospensione (2025-03-20).',
    ],
    [
      'legal date before the anchor (extend)',
      () => extendTerm(bando, 5, '2025-03-01', stresa, BASIS),
      "La data dell'atto (2025-03-01) precede l'inizio del termine (2025-03-04).",
    ],
    [
      'legal date before the anchor (suspend)',
      () => suspendTerm(bando, '2025-03-03', BASIS),
      "La data dell'atto (2025-03-03) precede l'inizio del termine (2025-03-04).",
    ],
    [
      'legal date before the anchor (interrupt)',
      () => interruptTerm(bando, '2025-01-01', stresa, BASIS),
      "La data dell'atto (2025-01-01) precede l'inizio del termine (2025-03-04).",
    ],
    [
      'legal date before the anchor (reopen)',
      () => reopenTerm(bando, '2025-03-03', stresa, BASIS),
      "La data dell'atto (2025-03-03) precede l'inizio del termine (2025-03-04).",
    ],
    [
      '0 days',
      () => extendTerm(bando, 0, '2025-03-20', stresa, BASIS),
      'La proroga deve essere un numero intero, almeno 1 (ricevuto 0).',
    ],
    [
      'negative days',
      () => extendTerm(bando, -3, '2025-03-20', stresa, BASIS),
      'La proroga deve essere un numero intero, almeno 1 (ricevuto -3).',
    ],
    [
      'fractional days',
      () => extendTerm(bando, 1.5, '2025-03-20', stresa, BASIS),
      'La proroga deve essere un numero intero, almeno 1 (ricevuto 1.5).',
    ],
    [
      'reopening for 0',
      () => reopenTerm(bando, '2025-04-10', stresa, BASIS, 0),
      'La durata del nuovo termine deve essere un numero intero, almeno 1 (ricevuto 0).',
    ],
    [
      'no legal basis',
      () => suspendTerm(bando, '2025-03-20', '  '),
      "Indicare il fondamento giuridico dell'operazione (atto, articolo).",
    ],
    [
      'an invalid date',
      () => suspendTerm(bando, '2025-02-30', BASIS),
      'Data dell\'atto non valida: "2025-02-30" (formato AAAA-MM-GG).',
    ],
  ])('%s', (_what, op, message) => {
    expect(op).toThrow(new Error(message));
  });

  it('a minimumNotice term is recomputed, never operated on', () => {
    const r = rule({ kind: 'minimumNotice', quantity: 20, binds: 'administration', label: 'Diario delle prove' });
    const t = running(r, '2025-06-10');
    expect(() => extendTerm(t, 5, '2025-06-10', stresa, BASIS)).toThrow(
      /^Il termine "Diario delle prove" è un preavviso rispetto a un evento futuro/,
    );
  });

  it('inputs are not mutated', () => {
    const copy = structuredClone(bando);
    extendTerm(bando, 5, '2025-03-20', stresa, BASIS);
    suspendTerm(bando, '2025-03-20', BASIS);
    interruptTerm(bando, '2025-03-20', stresa, BASIS);
    expect(bando).toEqual(copy);
  });
});
