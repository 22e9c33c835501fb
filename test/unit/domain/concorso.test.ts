/**
 * The concorso slice's pure transitions: T1 (art. 85 c.1, L1441), T2 (art. 85 c.2, L1443), T8 (art. 88 c.4, L1477),
 * with the fixtures of spec/recruitment.md §16.1.
 */
import { calendarFor } from '../../../shared/calendar/calendar';
import { findEntity } from '../../../shared/entities/entities';
import { ProblemError } from '../../../shared/http/problem';
import {
  assertOnlineWindowOpen,
  assertPaperTimely,
  intakePhases,
} from '../../../shared/procedures/concorso/applications';
import {
  amendBando,
  type Concorso,
  closeApplications,
  endPostalGrace,
  newConcorso,
  publishGuri,
  reopenTerms,
  TERMS,
  type TermContext,
  windowTerm,
} from '../../../shared/procedures/concorso/concorso';
import type { CreateConcorso, PaperApplicationInput } from '../../../shared/procedures/concorso/schemas';
import type { Deadline } from '../../../shared/procedures/model';
import { termRule } from '../../../shared/rules';

const stresa = findEntity('stresa')!;
const actor = { id: 'hr.stresa', name: 'Maria Rossi', role: 'HR_OFFICER' };
let ids = 0;
const ctx = (now: string): TermContext => ({
  now: new Date(now),
  entity: stresa,
  calendar: calendarFor(stresa.calendar),
  rule: (id) => termRule('stresa-rous@1', id),
  newId: () => `id${++ids}`,
});

const bando = {
  entityId: 'stresa',
  title: 'Concorso per 1 Istruttore amministrativo',
  competitionType: 'PER_ESAMI',
  indizione: { number: '12', date: '2025-02-20' },
  posts: [
    { count: 1, category: 'C', profile: 'Istruttore amministrativo', pay: 'CCNL Funzioni locali, area Istruttori' },
  ],
  partTimeConvertible: false,
  reservedPercentages: [],
  requirements: { general: ['cittadinanza italiana'], specific: [] },
  blindnessImpediment: false,
  submissionMethods: ['ONLINE', 'RACCOMANDATA_AR', 'PEC', 'HAND'],
  requiredDeclarations: [],
  requiredAttachments: [],
  writtenOralSubjects: ['diritto amministrativo'],
  oralAdmissionMinScore: 21,
  sameDayTests: false,
  reserves: [],
  applicationFee: 10.33,
  responsibleOfficer: { name: 'Maria Rossi', email: 'maria.rossi@comune.stresa.example' },
} as CreateConcorso;

function published(guri: string, now: string): { state: Concorso; deadlines: Deadline[] } {
  const state = newConcorso(bando, actor, 'stresa.test0001', 'stresa-rous@1', new Date('2025-02-20T10:00:00Z'));
  const d = publishGuri(
    state,
    { expectedVersion: 1, guriPublicationDate: guri, guriReference: 'GU n. 18' },
    actor,
    ctx(now),
  );
  return { state: { ...state, phase: d.phase, data: d.data!, version: 2 }, deadlines: d.deadlines };
}

const problemOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ProblemError) return e.problem;
    throw e;
  }
  throw new Error('expected a problem');
};

describe('publication in the Gazzetta Ufficiale (T1, art. 85 c.1, L1441)', () => {
  test('F-D1: published 2025-03-04 → deadline 2025-04-03, 23:59:59.999 Rome, with citation and trace', () => {
    const { deadlines } = published('2025-03-04', '2025-03-04T09:00:00Z');
    const d = deadlines.find((x) => x.termId === TERMS.applicationDeadline)!;
    expect(d).toMatchObject({
      dueDate: '2025-04-03',
      dueAt: '2025-04-03T21:59:59.999Z',
      status: 'OPEN',
      binds: 'privateParty',
    });
    expect(d.citation).toMatchObject({
      article: expect.stringContaining('85'),
      lines: expect.stringContaining('1441'),
    });
    expect(d.trace.length).toBeGreaterThan(1);
  });

  test('F-D3: a deadline on Sunday 1 June rolls past 2 June to Tuesday 3 June 2025 (DECISIONS D2)', () => {
    const d = published('2025-05-02', '2025-05-02T09:00:00Z').deadlines[0];
    expect(d).toMatchObject({ dueDate: '2025-06-03', rolledForward: true });
  });

  test('reminders to the responsible officer before the term, none already past', () => {
    const state = newConcorso(bando, actor, 'stresa.test0002', 'stresa-rous@1', new Date('2025-02-20T10:00:00Z'));
    const d = publishGuri(
      state,
      { expectedVersion: 1, guriPublicationDate: '2025-03-04', guriReference: 'GU' },
      actor,
      ctx('2025-03-30T09:00:00Z'),
    );
    expect(d.reminders.length).toBeGreaterThan(0);
    for (const r of d.reminders) {
      expect(r.to).toBe('maria.rossi@comune.stresa.example');
      expect(r.at > '2025-03-30T09:00:00.000Z').toBe(true);
    }
  });

  test('refused: a future publication date, a date before the indizione, a second publication', () => {
    const state = newConcorso(bando, actor, 'stresa.test0003', 'stresa-rous@1', new Date('2025-02-20T10:00:00Z'));
    const future = problemOf(() =>
      publishGuri(
        state,
        { expectedVersion: 1, guriPublicationDate: '2025-03-10', guriReference: 'GU' },
        actor,
        ctx('2025-03-04T09:00:00Z'),
      ),
    );
    expect(future).toMatchObject({ status: 422, errors: [{ field: 'guriPublicationDate' }] });
    const early = problemOf(() =>
      publishGuri(
        state,
        { expectedVersion: 1, guriPublicationDate: '2025-02-19', guriReference: 'GU' },
        actor,
        ctx('2025-03-04T09:00:00Z'),
      ),
    );
    expect(early.errors?.[0].message).toMatch(/indizione/);
    const { state: pub } = published('2025-03-04', '2025-03-04T09:00:00Z');
    const again = problemOf(() =>
      publishGuri(
        pub,
        { expectedVersion: 2, guriPublicationDate: '2025-03-04', guriReference: 'GU' },
        actor,
        ctx('2025-03-05T09:00:00Z'),
      ),
    );
    expect(again).toMatchObject({ status: 409, code: 'wrong-phase' });
  });
});

describe('online window', () => {
  const { state, deadlines } = published('2025-03-04', '2025-03-04T09:00:00Z');
  test('open until 23:59:59.999 Europe/Rome of the last day, closed one millisecond later', () => {
    expect(() => assertOnlineWindowOpen(state, deadlines, new Date('2025-04-03T21:59:59.999Z'))).not.toThrow();
    expect(
      problemOf(() => assertOnlineWindowOpen(state, deadlines, new Date('2025-04-03T22:00:00.000Z'))),
    ).toMatchObject({
      status: 409,
      code: 'window-closed',
      detail: expect.stringContaining('3 aprile 2025'),
    });
  });
});

describe('close by the term and postal grace (T2, T8)', () => {
  const { state, deadlines } = published('2025-03-04', '2025-03-04T09:00:00Z');
  const deadline = deadlines[0];
  const close = closeApplications(state, deadline, { count: 3, digest: 'abc' }, ctx('2025-04-03T22:00:30Z'));

  test('F-D1: closing starts the 5-working-day grace ending 2025-04-10 and the 6-month term 2025-10-03', () => {
    expect(close.phase).toBe('APPLICATIONS_CLOSED');
    const by = (id: string) => close.deadlines.find((d) => d.termId === id)!;
    expect(by(TERMS.applicationDeadline)).toMatchObject({ status: 'EXPIRED', late: false });
    expect(by(TERMS.postalGrace).dueDate).toBe('2025-04-10');
    expect(by(TERMS.earliestAdmission).dueDate).toBe('2025-04-10');
    expect(by(TERMS.maxDuration).dueDate).toBe('2025-10-03');
    expect(close.events[0].payload).toMatchObject({ applicationCount: 3, applicationsDigest: 'abc', late: false });
    expect(close.messages[0]).toMatchObject({ to: 'maria.rossi@comune.stresa.example', template: 'window-closed' });
    expect(close.messages[0].text).toContain('Sono pervenute 3 domande');
  });

  test('an expiry handled long after the due instant (system down) is marked late', () => {
    const late = closeApplications(state, deadline, { count: 0, digest: 'x' }, ctx('2025-04-05T08:00:00Z'));
    expect(late.events[0].payload.late).toBe(true);
  });

  const closed = { ...state, phase: close.phase, data: close.data! };
  const after = close.deadlines;
  const paper = (over: Partial<PaperApplicationInput>) =>
    ({
      channel: 'RACCOMANDATA_AR',
      sentDate: '2025-04-03',
      receivedDate: '2025-04-09',
      ...over,
    }) as PaperApplicationInput;

  test('T2: posted by the term and arrived within 5 working days → accepted', () => {
    expect(() => assertPaperTimely(closed, after, paper({}), new Date('2025-04-09T10:00:00Z'))).not.toThrow();
    expect(() =>
      assertPaperTimely(closed, after, paper({ receivedDate: '2025-04-10' }), new Date('2025-04-10T10:00:00Z')),
    ).not.toThrow();
  });

  test('T2: posted after the term, arrived after the grace, or handed in after the term → refused with a field error', () => {
    expect(
      problemOf(() =>
        assertPaperTimely(closed, after, paper({ sentDate: '2025-04-04' }), new Date('2025-04-09T10:00:00Z')),
      ),
    ).toMatchObject({
      status: 422,
      errors: [{ field: 'sentDate' }],
    });
    expect(
      problemOf(() =>
        assertPaperTimely(closed, after, paper({ receivedDate: '2025-04-11' }), new Date('2025-04-11T10:00:00Z')),
      ),
    ).toMatchObject({
      errors: [{ field: 'receivedDate' }],
    });
    expect(
      problemOf(() => assertPaperTimely(closed, after, paper({ channel: 'HAND' }), new Date('2025-04-09T10:00:00Z'))),
    ).toMatchObject({
      errors: [{ field: 'receivedDate' }],
    });
  });

  test('T3: a PEC is timely by its sending date (art. 85 c.3, L1447), whenever it is protocolled', () => {
    expect(() =>
      assertPaperTimely(
        closed,
        after,
        paper({ channel: 'PEC', receivedDate: '2025-04-14' }),
        new Date('2025-04-14T10:00:00Z'),
      ),
    ).not.toThrow();
    expect(
      problemOf(() =>
        assertPaperTimely(
          closed,
          after,
          paper({ channel: 'PEC', sentDate: '2025-04-04', receivedDate: '2025-04-04' }),
          new Date('2025-04-04T10:00:00Z'),
        ),
      ),
    ).toMatchObject({ errors: [{ field: 'sentDate' }] });
  });

  test('intake phases: online only while published; paper until the admission determination (art. 88 c.3)', () => {
    expect(intakePhases('ONLINE')).toEqual(['PUBLISHED']);
    expect(intakePhases('RACCOMANDATA_AR')).toEqual(['PUBLISHED', 'APPLICATIONS_CLOSED', 'ADMISSION_OPEN']);
  });

  test('the grace ends: admission may be determined, no more paper applications', () => {
    const grace = after.find((d) => d.termId === TERMS.postalGrace)!;
    const end = endPostalGrace(closed, grace, { count: 4, digest: 'y' }, ctx('2025-04-10T22:00:10Z'));
    expect(end.phase).toBe('ADMISSION_OPEN');
    expect(end.deadlines[0]).toMatchObject({ status: 'EXPIRED' });
    expect(
      problemOf(() =>
        endPostalGrace(
          { ...closed, phase: 'ADMISSION_OPEN' },
          grace,
          { count: 4, digest: 'y' },
          ctx('2025-04-11T00:00:00Z'),
        ),
      ),
    ).toMatchObject({
      status: 409,
    });
  });
});

describe('amendment of the published bando (art. 82 c.2, L1400; DECISIONS Q5)', () => {
  const { state, deadlines } = published('2026-03-02', '2026-03-02T09:00:00Z'); // term: 1 April 2026
  const amend = (date: string, now: string) =>
    amendBando(
      state,
      deadlines,
      [],
      {
        expectedVersion: 2,
        act: { number: 'DET-77', date },
        summary: 'Aggiunta una materia',
        changes: { writtenOralSubjects: ['diritto amministrativo', 'contabilità'] },
      },
      actor,
      ctx(now),
    );

  test('the term is extended by the time elapsed since publication: 10 days → 11 April (Saturday) → Monday 13 April', () => {
    const d = amend('2026-03-12', '2026-03-12T10:00:00Z');
    expect(d.deadlines[0]).toMatchObject({ termId: TERMS.applicationDeadline, dueDate: '2026-04-13', status: 'OPEN' });
    expect(d.data?.bando.writtenOralSubjects).toEqual(['diritto amministrativo', 'contabilità']);
    expect(d.data?.bando.posts).toEqual(state.data.bando.posts);
    expect(d.data?.amendments?.[0]).toMatchObject({ extensionDays: 10, changedFields: ['writtenOralSubjects'] });
    expect(d.events.map((e) => e.type)).toEqual(['BANDO_AMENDED', 'DEADLINE_EXTENDED']);
  });

  test('an amendment on the day of publication changes the bando but not the term', () => {
    const d = amend('2026-03-02', '2026-03-02T15:00:00Z');
    expect(d.deadlines).toEqual([]);
    expect(d.events.map((e) => e.type)).toEqual(['BANDO_AMENDED']);
  });

  test('refused once the window has closed, or dated before the publication', () => {
    expect(
      problemOf(() =>
        amendBando(
          { ...state, phase: 'APPLICATIONS_CLOSED' },
          deadlines,
          [],
          {
            expectedVersion: 3,
            act: { number: '1', date: '2026-04-05' },
            summary: 'x y',
            changes: { applicationFee: 12 },
          },
          actor,
          ctx('2026-04-05T10:00:00Z'),
        ),
      ),
    ).toMatchObject({ status: 409 });
    expect(problemOf(() => amend('2026-02-27', '2026-03-05T10:00:00Z')).errors?.[0].field).toBe('act.date');
  });
});

describe('reopening of the terms (art. 87 c.1, L1465; DECISIONS Q4)', () => {
  const { state, deadlines } = published('2025-03-04', '2025-03-04T09:00:00Z');
  const close = closeApplications(state, deadlines[0], { count: 2, digest: 'd' }, ctx('2025-04-03T22:00:40Z'));
  const closed = { ...state, phase: close.phase, data: close.data! };
  const input = { expectedVersion: 3, act: { number: 'DET-9', date: '2025-04-07' }, publicationDate: '2025-04-08' };

  test('a new 30-day term from the publication of the act; the grace and the old-close terms are cancelled', () => {
    const d = reopenTerms(closed, close.deadlines, [], input, actor, ctx('2025-04-08T10:00:00Z'));
    expect(d.phase).toBe('PUBLISHED');
    const term = d.deadlines.find((x) => x.termId === TERMS.reopenedApplicationDeadline)!;
    expect(term).toMatchObject({ anchorDate: '2025-04-08', dueDate: '2025-05-08', status: 'OPEN' });
    expect(
      d.deadlines
        .filter((x) => x.status === 'CANCELLED')
        .map((x) => x.termId)
        .sort(),
    ).toEqual([TERMS.earliestAdmission, TERMS.maxDuration, TERMS.postalGrace].sort());
    expect(windowTerm([...close.deadlines, ...d.deadlines])?.termId).toBe(TERMS.reopenedApplicationDeadline);
  });

  test('once only, and only after the close', () => {
    const d = reopenTerms(closed, close.deadlines, [], input, actor, ctx('2025-04-08T10:00:00Z'));
    const reopened = { ...closed, phase: 'APPLICATIONS_CLOSED' as const, data: d.data! };
    expect(
      problemOf(() => reopenTerms(reopened, close.deadlines, [], input, actor, ctx('2025-05-12T10:00:00Z'))),
    ).toMatchObject({
      code: 'already-reopened',
    });
    expect(problemOf(() => reopenTerms(state, deadlines, [], input, actor, ctx('2025-04-08T10:00:00Z')))).toMatchObject(
      { status: 409 },
    );
  });
});
