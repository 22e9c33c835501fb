/**
 * Exams and marking of the concorso pubblico (shared/procedures/concorso/exams.ts) against
 * spec/recruitment.md: the §16.1 date fixtures it touches (F-D1, F-D6, F-D7) and the §16.3 score
 * fixtures that pass through marking (F-S1…F-S5), each named with its id and its value copied from the
 * spec; the notice and exam-day refusals with their citations (T11, T12, T19; D2); anonymity (what the
 * board holds names no candidate; codes unique and random; the seal); de-anonymisation refused before
 * every mark and, per titoli ed esami, before the titles are locked (D3 C2); pass mark 20.99 vs 21;
 * absent = withdrawn (D3 Q13); the lists posted at once (T20, T21); the 6-month term (T10); and, end to
 * end, marks → oral → CandidateMarks → ranking.ts finalScore / rank.
 */
import { calendarFor } from '../../../shared/calendar/calendar';
import { EXAM_DAYS_CITATION } from '../../../shared/calendar/religious-holidays';
import { calendarOf, findEntity } from '../../../shared/entities/entities';
import {
  type AnonymousTest,
  annulPaper,
  assignCodes,
  type CodeAssignment,
  checkConclusionTerm,
  convocations,
  type DeanonymisedTest,
  deanonymise,
  EXAM_CITATIONS,
  examOutcomes,
  type MarkedTestKind,
  mayDeanonymise,
  newAnonymousTest,
  type OralAdmissionList,
  type OralSession,
  oralAdmissionList,
  oralNotices,
  paperStatus,
  type RandomSource,
  recordMark,
  recordNotDelivered,
  recordOralSession,
  type SealedMapping,
  scheduleCalendar,
  scheduleExam,
  scoresheet,
} from '../../../shared/procedures/concorso/exams';
import { type CompetitionType, finalScore, rank } from '../../../shared/procedures/concorso/ranking';
import { evaluateTitles } from '../../../shared/procedures/concorso/titles';
import type { ActorRef } from '../../../shared/procedures/model';

const stresaEntity = findEntity('stresa')!;
const stresa = calendarOf(stresaEntity);
const RS = 'stresa-rous@1';
const BOARD = ['presidente', 'esperto.1', 'esperto.2'] as const;
const CHAIR: ActorRef = { id: 'presidente', name: 'Presidente della Commissione', role: 'COMMISSIONE' };

/** A deterministic source for reproducible codes (the real one is node:crypto). */
function counterSource(start = 1): RandomSource {
  let n = start;
  return (size) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) out[i] = (n * 131 + i * 17 + ((n * i) % 251)) & 0xff;
    n += 1;
    return out;
  };
}

/** The envelope's number for a candidate: only the test harness, playing the envelopes, may look. */
const codeFor = (a: CodeAssignment, id: string) => a.sealed.entries.find((e) => e.candidateId === id)!.code;

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

/** The three commissioners' marks on one paper. */
function markPaper(test: AnonymousTest, code: string, marks: readonly number[], paper = 1): AnonymousTest {
  let t = test;
  marks.forEach((points, i) => {
    t = ok(recordMark(t, { code, paper, commissionerId: BOARD[i], points })).test;
  });
  return t;
}

function setup(
  ids: string[],
  competitionType: CompetitionType = 'PER_ESAMI',
  papers = 1,
  kind: MarkedTestKind = 'WRITTEN',
) {
  const assignment = assignCodes(ids, counterSource());
  const test = newAnonymousTest(
    { testId: kind === 'WRITTEN' ? 'scritta' : 'pratica', kind, papers, competitionType, commissioners: BOARD },
    assignment,
  );
  return { assignment, test };
}

function open(test: AnonymousTest, sealed: SealedMapping, titlesLocked = true): DeanonymisedTest {
  return ok(deanonymise(test, sealed, { titlesLocked, actor: CHAIR, at: '2025-06-20T16:00:00.000Z' })).deanonymised;
}

describe('§16.1 date fixtures', () => {
  it('F-D6: written test on 2025-06-10 → the notice must be sent no later than 2025-05-21', () => {
    const s = scheduleExam('WRITTEN', '2025-06-10', '2025-05-21', stresa, RS);
    expect(s.latestNoticeDate).toBe('2025-05-21');
    expect(s.allowed).toBe(true);
    expect(s.checks.map((c) => [c.rule, c.passed])).toEqual([
      ['EXAM_DAY', true],
      ['NOTICE', true],
    ]);
    const late = scheduleExam('WRITTEN', '2025-06-10', '2025-05-22', stresa, RS);
    expect(late.allowed).toBe(false);
    const refusal = late.checks.find((c) => !c.passed)!;
    expect(refusal).toMatchObject({ rule: 'NOTICE', code: 'noticeTooShort' });
    expect(refusal.citation).toMatchObject({ article: 'art. 91', paragraph: 'c. 1', lines: 'L1497' });
    expect(refusal.message).toBe(
      'Preavviso insufficiente: comunicazione del 2025-05-22, per la prova del 2025-06-10 andava data entro il 2025-05-21 (20 giorni di calendario prima) — art. 91 c. 1 (L1497).',
    );
  });

  it('F-D1: application deadline 2025-04-03 → 6-month conclusion date 2025-10-03', () => {
    const c = checkConclusionTerm({
      applicationDeadline: '2025-04-03',
      asOf: '2025-09-01',
      boardMembers: BOARD,
      calendar: stresa,
      ruleSet: RS,
    });
    expect(c.dueDate).toBe('2025-10-03');
    expect(c.status).toBe('RUNNING');
    expect(c.citation).toMatchObject({ article: 'art. 90', paragraph: 'c. 3', lines: 'L1493' });
  });

  it('F-D7: oral on 2025-07-01 → preference documents window until 2025-07-16', () => {
    const { list } = admittedOf(['A']);
    const r = ok(
      recordOralSession(
        {
          sessionId: 's1',
          date: '2025-07-01',
          endedAt: '2025-07-01T16:00:00.000Z',
          results: [{ candidateId: 'A', mark: 25 }],
        },
        { list, previous: [], competitionType: 'PER_ESAMI', calendar: stresa, ruleSet: RS },
      ),
    );
    expect(r.session.results[0].preferenceDocuments?.dueDate).toBe('2025-07-16');
    expect(r.session.results[0].preferenceDocuments?.citation).toMatchObject({ article: 'art. 100', lines: 'L1639' });
  });
});

/** Candidates who all passed one written paper with 8 + 8 + 8 = 24, ready for the oral. */
function admittedOf(ids: string[]): { list: OralAdmissionList } {
  const { assignment, test } = setup(ids);
  let t = test;
  for (const id of ids) t = markPaper(t, codeFor(assignment, id), [8, 8, 8]);
  return {
    list: oralAdmissionList({ admitted: ids, tests: [open(t, assignment.sealed)], at: '2025-06-20T16:05:00.000Z' }),
  };
}

describe('Exam calendar: forbidden days (T12; art. 91 c.2, L1499; D2) and notice (T11, T19)', () => {
  it.each([
    ['2025-06-08', 'a Sunday', ['sunday']],
    ['2025-06-02', 'Festa della Repubblica, also Shavuot', ['holiday', 'jewishHoliday']],
    ['2025-10-02', 'Yom Kippur', ['jewishHoliday']],
    ['2026-12-07', 'the patron day of Stresa (a Monday)', ['patronDay']],
  ])('%s (%s) is refused with codes %j, each citing art. 91 c.2', (date, _what, codes) => {
    for (const kind of ['PRESELECTION', 'WRITTEN', 'PRACTICAL', 'ORAL'] as const) {
      const s = scheduleExam(kind, date, '2025-01-02', stresa, RS);
      expect(s.allowed).toBe(false);
      const refused = s.checks.filter((c) => !c.passed);
      expect(refused.map((c) => c.code)).toEqual(codes);
      for (const c of refused) {
        expect(c.rule).toBe('EXAM_DAY');
        expect(c.citation).toEqual(EXAM_DAYS_CITATION);
        expect(c.message).toContain('le prove non possono aver luogo in tale giorno — art. 91 c. 2 (L1499)');
      }
    }
  });

  it('a Waldensian holiday from the entity table is refused', () => {
    const cal = calendarFor({
      ...stresaEntity.calendar,
      religiousHolidays: { '2026': { waldensian: [{ date: '2026-02-17', name: 'Festa della libertà' }] } },
    });
    const s = scheduleExam('WRITTEN', '2026-02-17', '2026-01-02', cal, RS);
    expect(s.checks.filter((c) => !c.passed).map((c) => [c.code, c.message])).toEqual([
      [
        'waldensianHoliday',
        'Il 2026-02-17 è festività religiosa valdese: Festa della libertà; le prove non possono aver luogo in tale giorno — art. 91 c. 2 (L1499).',
      ],
    ]);
    expect(scheduleExam('WRITTEN', '2026-02-17', '2026-01-02', stresa, RS).allowed).toBe(true);
  });

  it('Saturday: offices closed in Stresa, yet an exam may be held (D2)', () => {
    expect(stresa.isOfficeOpen('2025-10-04')).toBe(false);
    expect(scheduleExam('WRITTEN', '2025-10-04', '2025-09-01', stresa, RS).allowed).toBe(true);
  });

  it('T19 / D3 Q7: the oral needs 20 days too, on its own term (D.P.R. 487/1994 art. 6)', () => {
    expect(scheduleExam('ORAL', '2025-07-01', '2025-06-11', stresa, RS).allowed).toBe(true);
    const late = scheduleExam('ORAL', '2025-07-01', '2025-06-12', stresa, RS);
    expect(late.latestNoticeDate).toBe('2025-06-11');
    const refusal = late.checks.find((c) => !c.passed)!;
    expect(refusal.code).toBe('noticeTooShort');
    expect(refusal.citation).toMatchObject({ source: 'external', article: 'art. 6' });
    expect(refusal.citation.law).toContain('D.P.R. 487/1994');
    expect(late.notice.ruleId).toBe('concorso.oralNotice');
    expect(scheduleExam('PRESELECTION', '2025-07-01', '2025-06-11', stresa, RS).notice.ruleId).toBe(
      'concorso.examCalendarNotice',
    );
  });

  it('a notice given on or after the test is refused as such', () => {
    const s = scheduleExam('PRACTICAL', '2025-06-10', '2025-06-10', stresa, RS);
    expect(s.checks.find((c) => !c.passed)?.code).toBe('noticeAfterExam');
  });

  it('a day and a notice both wrong give two refusals', () => {
    const s = scheduleExam('WRITTEN', '2025-06-02', '2025-05-30', stresa, RS);
    expect(s.checks.filter((c) => !c.passed).map((c) => c.code)).toEqual([
      'holiday',
      'jewishHoliday',
      'noticeTooShort',
    ]);
  });

  it('two tests on one day only when the bando allows it (art. 91 c.3, L1501)', () => {
    const entries = [
      { kind: 'WRITTEN', date: '2025-06-10' },
      { kind: 'PRACTICAL', date: '2025-06-10' },
      { kind: 'ORAL', date: '2025-07-01' },
    ] as const;
    const no = scheduleCalendar(entries, '2025-05-20', stresa, RS);
    expect(no.allowed).toBe(false);
    expect(no.exams.every((e) => e.allowed)).toBe(true);
    expect(no.checks).toEqual([
      expect.objectContaining({
        rule: 'SAME_DAY',
        passed: false,
        code: 'sameDayNotInBando',
        citation: EXAM_CITATIONS.sameDay,
      }),
    ]);
    expect(scheduleCalendar(entries, '2025-05-20', stresa, RS, { sameDayTests: true }).allowed).toBe(true);
  });

  it('convocations: one per admitted candidate, to send by the notice date; none for a refused date', () => {
    const s = scheduleExam('WRITTEN', '2025-06-10', '2025-05-15', stresa, RS);
    const c = convocations(s, ['A', 'B']);
    expect(c.map((x) => [x.candidateId, x.sendBy, x.examDate])).toEqual([
      ['A', '2025-05-21', '2025-06-10'],
      ['B', '2025-05-21', '2025-06-10'],
    ]);
    expect(c[0].subject).toBe('Convocazione alla prova scritta del 10 giugno 2025');
    expect(() => convocations(scheduleExam('WRITTEN', '2025-06-02', '2025-05-01', stresa, RS), ['A'])).toThrow(
      /Festa della Repubblica/,
    );
    expect(() => convocations(s, ['A', 'A'])).toThrow(RangeError);
  });
});

describe('Anonymous codes (art. 94 c.2, c.5; art. 93 c.22)', () => {
  const ids = ['RSSMRA80A01H501U', 'VRDLGU85B02F205X', 'BNCGPP90C03L219Y', 'NREFNC75D04G273Z'];

  it('the codes are unique, in Crockford base32, sorted, and unrelated to the candidates', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `cand-${i}`);
    const a = assignCodes(many);
    expect(new Set(a.codes).size).toBe(3000);
    for (const c of a.codes) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect([...a.codes].sort()).toEqual(a.codes);
    // Random, not derived: the same candidates get other codes next time.
    const b = assignCodes(many);
    expect(b.codes.filter((c) => a.codes.includes(c)).length).toBeLessThan(5);
    expect(b.sealed.seal).not.toBe(a.sealed.seal);
  });

  it('a drawn code already taken is drawn again; a broken source is refused', () => {
    const fixed = [1, 2, 3, 4, 5];
    const other = [9, 9, 9, 9, 9];
    const draws = [fixed, fixed, fixed, other];
    const src: RandomSource = (size) => (size === 5 ? Uint8Array.from(draws.shift()!) : new Uint8Array(size).fill(7));
    const a = assignCodes(['A', 'B'], src);
    expect(a.codes).toHaveLength(2);
    expect(new Set(a.codes).size).toBe(2);
    expect(() => assignCodes(['A', 'B'], (size) => new Uint8Array(size))).toThrow(/codici ripetuti/);
    expect(() => assignCodes(['A'], () => new Uint8Array(3))).toThrow(/Sorgente casuale non valida/);
    expect(() => assignCodes(['A', 'A'])).toThrow(RangeError);
    expect(() => assignCodes([])).toThrow(RangeError);
  });

  it('nothing the board holds or sees before de-anonymisation contains a candidate id', () => {
    const { assignment, test } = setup(ids, 'PER_TITOLI_ED_ESAMI');
    let t = test;
    for (const id of ids.slice(0, 3)) t = markPaper(t, codeFor(assignment, id), [8, 7, 8]);
    t = ok(annulPaper(t, { code: codeFor(assignment, ids[0]), ground: 'RECOGNITION_MARK' })).test;
    const seen = [
      JSON.stringify(t),
      JSON.stringify(scoresheet(t)),
      JSON.stringify(mayDeanonymise(t, { titlesLocked: false })),
      JSON.stringify(recordMark(t, { code: codeFor(assignment, ids[3]), commissionerId: 'presidente', points: 11 })),
      JSON.stringify(
        deanonymise(t, assignment.sealed, { titlesLocked: false, actor: CHAIR, at: '2025-06-20T10:00:00Z' }),
      ),
    ];
    for (const text of seen) for (const id of ids) expect(text).not.toContain(id);
    // The seal is a salted digest: it is in the board's test, the mapping is not.
    expect(t.seal).toBe(assignment.sealed.seal);
    expect(t.seal).toMatch(/^[0-9a-f]{64}$/);
    // And the sealed mapping does hold them (so the check above could fail).
    expect(JSON.stringify(assignment.sealed)).toContain(ids[0]);
  });

  it('a board other than three commissioners of 10 points is refused (art. 94 c.6)', () => {
    const a = assignCodes(['A'], counterSource());
    const def = { testId: 't', kind: 'WRITTEN' as const, competitionType: 'PER_ESAMI' as const };
    expect(() => newAnonymousTest({ ...def, commissioners: ['x', 'y'] }, a)).toThrow(/art\. 94 c\. 6/);
    expect(() => newAnonymousTest({ ...def, commissioners: ['x', 'x', 'y'] }, a)).toThrow(RangeError);
  });
});

describe('Marks per commissioner (art. 94 c.6–7, art. 96 c.2)', () => {
  const { assignment, test } = setup(['A', 'B', 'C'], 'PER_ESAMI', 2);
  const A = codeFor(assignment, 'A');

  it('F-S1 marking: commissioners 8, 7, 8 → the paper scores 23', () => {
    const t = markPaper(test, A, [8, 7, 8]);
    expect(paperStatus(t, A, 1)).toEqual({ status: 'MARKED', milli: 23000, byCommissioner: [8, 7, 8] });
  });

  it.each([
    [{ points: 10.5 }, 'OUT_OF_RANGE', 'L1594'],
    [{ points: -1 }, 'OUT_OF_RANGE', 'L1594'],
    [{ points: 7.1234 }, 'OUT_OF_RANGE', 'L1594'],
    [{ points: Number.NaN }, 'OUT_OF_RANGE', 'L1594'],
    [{ commissionerId: 'segretario' }, 'NOT_A_COMMISSIONER', 'L1594'],
    [{ code: 'ZZZZ-ZZZZ' }, 'UNKNOWN_CODE', 'L1586'],
    [{ paper: 3 }, 'UNKNOWN_PAPER', 'L1580'],
    [{ paper: 2 }, 'FIRST_PAPER_PENDING', 'L1596'],
  ])('%j is refused as %s, citing %s', (over, code, lines) => {
    const r = recordMark(test, { code: A, paper: 1, commissionerId: 'presidente', points: 8, ...over });
    expect(r.ok).toBe(false);
    expect(!r.ok && [r.code, r.citation.lines]).toEqual([code, lines]);
    expect(!r.ok && r.reason.length).toBeGreaterThan(10);
  });

  it('10 and 0 are in range, 10.001 is not', () => {
    expect(recordMark(test, { code: A, commissionerId: 'presidente', points: 10 }).ok).toBe(true);
    expect(recordMark(test, { code: A, commissionerId: 'presidente', points: 0 }).ok).toBe(true);
    expect(recordMark(test, { code: A, commissionerId: 'presidente', points: 10.001 }).ok).toBe(false);
  });

  it('one mark per commissioner per paper', () => {
    const t = ok(recordMark(test, { code: A, commissionerId: 'esperto.1', points: 7 })).test;
    const again = recordMark(t, { code: A, commissionerId: 'esperto.1', points: 8 });
    expect(!again.ok && again.code).toBe('ALREADY_MARKED');
    const full = markPaper(test, A, [8, 7, 8]);
    const fourth = recordMark(full, { code: A, commissionerId: 'presidente', points: 9 });
    expect(!fourth.ok && fourth.code).toBe('ALREADY_MARKED');
  });

  it('F-S3: written 1 = 20/30 → the second written is not corrected', () => {
    const t = markPaper(test, A, [7, 7, 6]);
    const r = recordMark(t, { code: A, paper: 2, commissionerId: 'presidente', points: 9 });
    expect(!r.ok && [r.code, r.citation.lines]).toEqual(['SECOND_NOT_CORRECTED', 'L1596']);
    expect(paperStatus(t, A, 2)).toMatchObject({ status: 'NOT_CORRECTED' });
    // …while 21/30 opens the second paper.
    const passed = markPaper(test, A, [7, 7, 7]);
    expect(recordMark(passed, { code: A, paper: 2, commissionerId: 'presidente', points: 9 }).ok).toBe(true);
  });

  it('an annulled paper takes no marks; a paper not handed in takes none either', () => {
    const annulled = ok(annulPaper(test, { code: A, ground: 'COPYING' })).test;
    const r = recordMark(annulled, { code: A, commissionerId: 'presidente', points: 8 });
    expect(!r.ok && [r.code, r.citation.lines]).toEqual(['ANNULLED', 'L1590']);
    const missing = ok(recordNotDelivered(test, { code: A, paper: 1 })).test;
    expect(!recordMark(missing, { code: A, commissionerId: 'presidente', points: 8 }).ok).toBe(true);
    expect(paperStatus(missing, A, 2)).toMatchObject({ status: 'NOT_CORRECTED', citation: { lines: 'L1343' } });
  });
});

describe('De-anonymisation (art. 94 c.5; D3 C2)', () => {
  const ids = ['A', 'B', 'C'];

  it('refused while any paper waits for a mark, with the codes still pending', () => {
    const { assignment, test } = setup(ids);
    let t = markPaper(test, codeFor(assignment, 'A'), [8, 8, 8]);
    t = ok(recordMark(t, { code: codeFor(assignment, 'B'), commissionerId: 'presidente', points: 8 })).test;
    const check = mayDeanonymise(t, { titlesLocked: true });
    expect(check.allowed).toBe(false);
    expect(check.reasons.map((r) => [r.code, r.citation.lines])).toEqual([['PAPERS_PENDING', 'L1592']]);
    expect(check.pending).toEqual(
      expect.arrayContaining([
        { code: codeFor(assignment, 'B'), paper: 1, missing: ['esperto.1', 'esperto.2'] },
        { code: codeFor(assignment, 'C'), paper: 1, missing: [...BOARD] },
      ]),
    );
    const r = deanonymise(t, assignment.sealed, { titlesLocked: true, actor: CHAIR, at: '2025-06-20T10:00:00Z' });
    expect(r.ok).toBe(false);
    expect(r.event.type).toBe('DEANONYMISATION_REFUSED');
    expect(r.event.payload.reason).toContain('ancora da valutare');
  });

  it('per titoli ed esami: refused until the titles are locked, even with every paper marked', () => {
    const { assignment, test } = setup(ids, 'PER_TITOLI_ED_ESAMI');
    let t = test;
    for (const id of ids) t = markPaper(t, codeFor(assignment, id), [8, 8, 8]);
    const check = mayDeanonymise(t, { titlesLocked: false });
    expect(check.allowed).toBe(false);
    expect(check.reasons.map((r) => [r.code, r.citation.article, r.citation.lines])).toEqual([
      ['TITLES_NOT_LOCKED', 'art. 90', 'L1489'],
    ]);
    expect(check.reason).toContain('decisione D3 C2');
    expect(mayDeanonymise(t, { titlesLocked: true }).allowed).toBe(true);
    // Per esami the titles play no part.
    const exams = setup(ids, 'PER_ESAMI');
    let e = exams.test;
    for (const id of ids) e = markPaper(e, codeFor(exams.assignment, id), [8, 8, 8]);
    expect(mayDeanonymise(e, { titlesLocked: false }).allowed).toBe(true);
  });

  it('opens with the sealed mapping: marks by candidate, an audit event, then the marks are final', () => {
    const { assignment, test } = setup(ids);
    let t = markPaper(test, codeFor(assignment, 'A'), [8, 7, 8]);
    t = markPaper(t, codeFor(assignment, 'B'), [7, 7, 6.99]);
    t = markPaper(t, codeFor(assignment, 'C'), [7, 7, 7]);
    const r = ok(deanonymise(t, assignment.sealed, { titlesLocked: false, actor: CHAIR, at: '2025-06-20T10:00:00Z' }));
    expect(r.deanonymised.results.map((x) => [x.candidateId, x.papers[0].points, x.outcome])).toEqual([
      ['A', 23, 'PASSED'],
      ['B', 20.99, 'FAILED'],
      ['C', 21, 'PASSED'],
    ]);
    expect(r.deanonymised.results[1].citation.lines).toBe('L1614');
    expect(r.event).toMatchObject({
      type: 'PAPERS_DEANONYMISED',
      actor: CHAIR,
      payload: { testId: 'scritta', seal: assignment.sealed.seal, codes: 3 },
    });
    expect(r.event.payload.marksDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(r.scoresheet.complete).toBe(true);
    const late = recordMark(r.test, { code: codeFor(assignment, 'A'), commissionerId: 'presidente', points: 1 });
    expect(!late.ok && late.code).toBe('DEANONYMISED');
    expect(mayDeanonymise(r.test, { titlesLocked: true }).reasons.map((x) => x.code)).toEqual(['DEANONYMISED']);
  });

  it('a tampered or foreign mapping is refused (art. 94 c.2: envelopes checked intact)', () => {
    const { assignment, test } = setup(ids);
    let t = test;
    for (const id of ids) t = markPaper(t, codeFor(assignment, id), [8, 8, 8]);
    const e = assignment.sealed.entries;
    const swapped: SealedMapping = {
      ...assignment.sealed,
      entries: [{ ...e[0], candidateId: e[1].candidateId }, { ...e[1], candidateId: e[0].candidateId }, e[2]],
    };
    const foreign = assignCodes(ids, counterSource(99)).sealed;
    // Same codes, same salt, consistently resealed, but other candidates behind them: only the seal the
    // board holds tells it apart.
    const resealed = assignCodes(['B', 'A', 'C'], counterSource()).sealed;
    expect(resealed.entries.map((x) => x.code)).toEqual(e.map((x) => x.code));
    expect(resealed.entries.map((x) => x.candidateId)).not.toEqual(e.map((x) => x.candidateId));
    for (const sealed of [swapped, foreign, resealed]) {
      const r = deanonymise(t, sealed, { titlesLocked: true, actor: CHAIR, at: '2025-06-20T10:00:00Z' });
      expect(!r.ok && r.reason).toContain('art. 94 c. 2 (L1586)');
    }
    expect(deanonymise(t, assignment.sealed, { titlesLocked: true, actor: CHAIR, at: 'x' }).ok).toBe(true);
  });
});

describe('Oral admission (art. 96 c.3, c.5, c.6; T21) and absent = withdrawn (D3 Q13)', () => {
  it('pass mark boundaries: 20.99 excluded, 21 admitted; absent and annulled out, each with why', () => {
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const { assignment, test } = setup(['A', 'B', 'C', 'D']); // E did not show up
    let t = markPaper(test, codeFor(assignment, 'A'), [7, 7, 7]);
    t = markPaper(t, codeFor(assignment, 'B'), [7, 7, 6.99]);
    t = ok(annulPaper(t, { code: codeFor(assignment, 'C'), ground: 'RECOGNITION_MARK', note: 'firma in calce' })).test;
    t = ok(recordNotDelivered(t, { code: codeFor(assignment, 'D'), paper: 1 })).test;
    const list = oralAdmissionList({
      admitted: ids,
      tests: [open(t, assignment.sealed)],
      at: '2025-06-20T16:05:00.000Z',
    });
    expect(list.admitted.map((a) => [a.candidateId, a.written])).toEqual([['A', [21]]]);
    expect(list.notAdmitted.map((n) => [n.candidateId, n.outcome, n.citation.lines])).toEqual([
      ['B', 'FAILED_WRITTEN', 'L1614'],
      ['C', 'EXCLUDED', 'L1574, L1576'],
      ['D', 'WITHDRAWN', 'L1343'],
      ['E', 'WITHDRAWN', 'L1343'],
    ]);
    expect(list.notAdmitted[0].reason).toContain('20,99/30, minimo 21/30');
    expect(list.notAdmitted[1].reason).toContain('firma in calce');
    expect(list.notAdmitted[3].reason).toContain('D3 Q13');
    // Published at once, admitted only, with their marks (art. 96 c.5).
    expect(list.publication).toMatchObject({
      channels: ['ALBO_PRETORIO', 'SITO_WEB'],
      publishAt: '2025-06-20T16:05:00.000Z',
      signedBy: 'PRESIDENTE_COMMISSIONE',
      rows: ['A: ammesso alla prova orale — prova scritta 21/30'],
      citation: { article: 'art. 96', paragraph: 'c. 5', lines: 'L1616' },
    });
    // The same marks give finalScore the same verdict.
    const outcomes = examOutcomes(list, []).outcomes;
    const scored = outcomes.map((o) =>
      o.excluded ? 'EXCLUDED' : finalScore(o.marks, undefined, { competitionType: 'PER_ESAMI' }).outcome,
    );
    expect(scored).toEqual(['INCOMPLETE', 'FAILED_WRITTEN', 'EXCLUDED', 'WITHDRAWN', 'WITHDRAWN']);
  });

  it('F-S3 end to end: paired papers, first 20/30 → second not corrected → FAILED_WRITTEN', () => {
    const { assignment, test } = setup(['X', 'Y'], 'PER_ESAMI', 2);
    let t = markPaper(test, codeFor(assignment, 'X'), [7, 7, 6]);
    t = markPaper(t, codeFor(assignment, 'Y'), [8, 8, 8]);
    t = markPaper(t, codeFor(assignment, 'Y'), [9, 8, 8], 2);
    // X's second paper needs no mark: the test can be opened.
    expect(mayDeanonymise(t, { titlesLocked: false }).allowed).toBe(true);
    const opened = open(t, assignment.sealed);
    expect(opened.results[0].papers.map((p) => p.status)).toEqual(['MARKED', 'NOT_CORRECTED']);
    const list = oralAdmissionList({ admitted: ['X', 'Y'], tests: [opened], at: '2025-06-20T16:05:00.000Z' });
    expect(list.notAdmitted.map((n) => [n.candidateId, n.outcome])).toEqual([['X', 'FAILED_WRITTEN']]);
    expect(list.notAdmitted[0].reason).toContain('la seconda prova non viene corretta');
    expect(list.admitted[0].written).toEqual([24, 25]);
    expect(finalScore(list.notAdmitted[0].marks, undefined, { competitionType: 'PER_ESAMI' }).outcome).toBe(
      'FAILED_WRITTEN',
    );
  });

  it('F-S4: written 24, practical 20 → not admitted to the oral (practical < 21)', () => {
    const w = setup(['P', 'Q']);
    let wt = markPaper(w.test, codeFor(w.assignment, 'P'), [8, 8, 8]);
    wt = markPaper(wt, codeFor(w.assignment, 'Q'), [8, 8, 8]);
    const p = setup(['P'], 'PER_ESAMI', 1, 'PRACTICAL'); // Q missed the practical
    const pt = markPaper(p.test, codeFor(p.assignment, 'P'), [7, 7, 6]);
    const list = oralAdmissionList({
      admitted: ['P', 'Q'],
      tests: [open(wt, w.assignment.sealed), open(pt, p.assignment.sealed)],
      at: '2025-06-20T16:05:00.000Z',
    });
    expect(list.admitted).toEqual([]);
    expect(list.notAdmitted.map((n) => [n.candidateId, n.outcome])).toEqual([
      ['P', 'FAILED_PRACTICAL'],
      ['Q', 'WITHDRAWN'],
    ]);
    expect(finalScore(list.notAdmitted[0].marks, undefined, { competitionType: 'PER_ESAMI' }).outcome).toBe(
      'FAILED_PRACTICAL',
    );
  });

  it('a paper of someone not admitted, or two written tests, is an error', () => {
    const { assignment, test } = setup(['A', 'Z']);
    let t = markPaper(test, codeFor(assignment, 'A'), [8, 8, 8]);
    t = markPaper(t, codeFor(assignment, 'Z'), [8, 8, 8]);
    const opened = open(t, assignment.sealed);
    expect(() => oralAdmissionList({ admitted: ['A'], tests: [opened], at: 'x' })).toThrow(/senza essere ammesso/);
    expect(() => oralAdmissionList({ admitted: ['A', 'Z'], tests: [opened, opened], at: 'x' })).toThrow(/art\. 93/);
  });

  it('the chair convokes the admitted with their written marks and tells the others why (art. 96 c.6)', () => {
    const { assignment, test } = setup(['A', 'B']);
    let t = markPaper(test, codeFor(assignment, 'A'), [8, 7, 8]);
    t = markPaper(t, codeFor(assignment, 'B'), [6, 6, 6]);
    const list = oralAdmissionList({ admitted: ['A', 'B'], tests: [open(t, assignment.sealed)], at: 'x' });
    const n = oralNotices(list, scheduleExam('ORAL', '2025-07-01', '2025-06-10', stresa, RS));
    expect(n.convocations.map((c) => [c.candidateId, c.sendBy])).toEqual([['A', '2025-06-11']]);
    expect(n.convocations[0].text).toContain('prova scritta: 23/30');
    expect(n.exclusions.map((e) => [e.candidateId, e.citation.lines])).toEqual([['B', 'L1617']]);
    expect(n.exclusions[0].text).toContain('18/30');
    expect(() => oralNotices(list, scheduleExam('ORAL', '2025-07-01', '2025-06-20', stresa, RS))).toThrow(
      /Preavviso insufficiente/,
    );
  });
});

describe('Oral sessions (artt. 97–98; T20)', () => {
  const base = (list: OralAdmissionList, over: Partial<Parameters<typeof recordOralSession>[1]> = {}) => ({
    list,
    previous: [] as OralSession[],
    competitionType: 'PER_ESAMI' as CompetitionType,
    calendar: stresa,
    ruleSet: RS,
    ...over,
  });
  const session = (
    results: { candidateId: string; mark: number | { commissioners: number[] } | 'ABSENT' }[],
    date = '2025-07-01',
  ) => ({
    sessionId: `s-${date}`,
    date,
    endedAt: `${date}T16:00:00.000Z`,
    draw: 'M',
    results,
  });

  it('F-S5: oral 20.9 → not idoneo; 21 passes; absent = withdrawn; the list is posted at the end', () => {
    const { list } = admittedOf(['A', 'B', 'C']);
    const r = ok(
      recordOralSession(
        session([
          { candidateId: 'A', mark: 20.9 },
          { candidateId: 'B', mark: { commissioners: [7, 7, 7] } },
          { candidateId: 'C', mark: 'ABSENT' },
        ]),
        base(list),
      ),
    );
    expect(r.session.results.map((x) => [x.candidateId, x.outcome, x.points, x.citation.lines])).toEqual([
      ['A', 'FAILED_ORAL', 20.9, 'L1628'],
      ['B', 'PASSED', 21, 'L1628'],
      ['C', 'WITHDRAWN', undefined, 'L1343'],
    ]);
    expect(r.session.results[0].preferenceDocuments).toBeUndefined();
    expect(r.session.publication).toMatchObject({
      publishAt: '2025-07-01T16:00:00.000Z',
      channels: ['ALBO_PRETORIO', 'SITO_WEB'],
      rows: ['A: 20,9/30', 'B: 21/30', 'C: assente'],
      citation: { article: 'art. 98', paragraph: 'c. 3', lines: 'L1630' },
    });
    const { outcomes, pendingOral } = examOutcomes(list, [r.session]);
    expect(pendingOral).toEqual([]);
    expect(outcomes.map((o) => finalScore(o.marks, undefined, { competitionType: 'PER_ESAMI' }).outcome)).toEqual([
      'FAILED_ORAL',
      'IDONEO',
      'WITHDRAWN',
    ]);
  });

  it('refuses: a forbidden day, someone not admitted, a second oral, bad marks', () => {
    const { list } = admittedOf(['A', 'B']);
    const first = ok(recordOralSession(session([{ candidateId: 'A', mark: 25 }]), base(list))).session;
    const r = recordOralSession(
      session(
        [
          { candidateId: 'A', mark: 25 },
          { candidateId: 'Z', mark: 25 },
          { candidateId: 'B', mark: 31 },
          { candidateId: 'B', mark: { commissioners: [10, 10] } },
        ],
        '2025-06-02',
      ),
      base(list, { previous: [first] }),
    );
    expect(!r.ok && r.refusals.map((x) => [x.code, x.citation.lines])).toEqual([
      ['holiday', 'L1499'],
      ['jewishHoliday', 'L1499'],
      ['ALREADY_EXAMINED', 'L1630'],
      ['NOT_ADMITTED', 'L1616'],
      ['OUT_OF_RANGE', 'L1628'],
      ['ALREADY_EXAMINED', 'L1630'],
      ['OUT_OF_RANGE', 'L1622'],
    ]);
  });

  it('per titoli ed esami: the titles must be made known before the oral (art. 90 c.1; D3 C2)', () => {
    const { list } = admittedOf(['A']);
    const s = session([{ candidateId: 'A', mark: 25 }]);
    for (const titlesPublishedOn of [undefined, '2025-07-02']) {
      const r = recordOralSession(s, base(list, { competitionType: 'PER_TITOLI_ED_ESAMI', titlesPublishedOn }));
      expect(!r.ok && r.refusals.map((x) => [x.code, x.citation.lines])).toEqual([['TITLES_NOT_PUBLISHED', 'L1489']]);
    }
    expect(
      recordOralSession(s, base(list, { competitionType: 'PER_TITOLI_ED_ESAMI', titlesPublishedOn: '2025-06-25' })).ok,
    ).toBe(true);
  });

  it('a session ending on another day is refused', () => {
    const { list } = admittedOf(['A']);
    const r = recordOralSession(
      { ...session([{ candidateId: 'A', mark: 25 }]), endedAt: '2025-07-02T10:00:00Z' },
      base(list),
    );
    expect(!r.ok && r.refusals.map((x) => x.code)).toEqual(['SESSION_END']);
  });
});

describe('T10: conclusion within 6 months, else the board’s motivated report to the Sindaco (art. 90 c.3)', () => {
  const input = { applicationDeadline: '2025-04-03', boardMembers: BOARD, calendar: stresa, ruleSet: RS };
  const report = {
    date: '2025-10-10',
    motivation: 'Numero elevato di candidati e prova pratica ripetuta per guasto delle attrezzature.',
    signedBy: [...BOARD],
    sentToSindacoOn: '2025-10-11',
  };

  it('concluded on the last day (2025-10-03) is in term', () => {
    const c = checkConclusionTerm({ ...input, asOf: '2025-10-20', concludedOn: '2025-10-03' });
    expect([c.status, c.overdue, c.reportRequired]).toEqual(['CONCLUDED_IN_TERM', false, false]);
  });

  it('past it without a report: report due; with a partial one: what is missing; with a full one: justified', () => {
    const none = checkConclusionTerm({ ...input, asOf: '2025-10-04' });
    expect([none.status, none.reportRequired, none.problems]).toEqual([
      'OVERDUE_REPORT_DUE',
      true,
      ['manca la relazione motivata della Commissione'],
    ]);
    expect(none.message).toContain('art. 90 c. 3 (L1493)');
    const partial = checkConclusionTerm({
      ...input,
      asOf: '2025-10-20',
      report: { ...report, signedBy: ['presidente'], sentToSindacoOn: undefined, motivation: ' ' },
    });
    expect(partial.problems).toEqual([
      'la relazione non è motivata',
      'la relazione non è collegiale: manca la firma di esperto.1, esperto.2',
      'la relazione non è stata inoltrata al Sindaco',
    ]);
    const full = checkConclusionTerm({ ...input, asOf: '2025-10-20', concludedOn: '2025-10-15', report });
    expect([full.status, full.problems]).toEqual(['OVERDUE_JUSTIFIED', []]);
  });
});

describe('End to end: marks → oral → CandidateMarks → finalScore and rank (ranking.ts)', () => {
  it('F-S1 (per titoli ed esami): written 8+7+8 = 23, oral 25, titles 6.98 → 54.98, first in the ranking', () => {
    const ids = ['S1', 'M2', 'F3', 'W4'];
    // Calendar: written 2025-06-10, oral 2025-07-01, published together on 2025-05-20.
    const cal = scheduleCalendar(
      [
        { kind: 'WRITTEN', date: '2025-06-10' },
        { kind: 'ORAL', date: '2025-07-01' },
      ],
      '2025-05-20',
      stresa,
      RS,
    );
    expect(cal.allowed).toBe(true);
    expect(convocations(cal.exams[0], ids)).toHaveLength(4);

    const { assignment, test } = setup(['S1', 'M2', 'F3'], 'PER_TITOLI_ED_ESAMI'); // W4 absent
    let t = markPaper(test, codeFor(assignment, 'S1'), [8, 7, 8]);
    t = markPaper(t, codeFor(assignment, 'M2'), [8, 8, 8]);
    t = markPaper(t, codeFor(assignment, 'F3'), [7, 7, 6.99]);
    expect(deanonymise(t, assignment.sealed, { titlesLocked: false, actor: CHAIR, at: 'x' }).ok).toBe(false);
    const opened = open(t, assignment.sealed, true);
    const list = oralAdmissionList({ admitted: ids, tests: [opened], at: '2025-06-20T16:05:00.000Z' });
    expect(list.admitted.map((a) => a.candidateId)).toEqual(['M2', 'S1']);

    const sessionResult = ok(
      recordOralSession(
        {
          sessionId: 'orale-1',
          date: '2025-07-01',
          endedAt: '2025-07-01T17:30:00.000Z',
          results: [
            { candidateId: 'S1', mark: 25 },
            { candidateId: 'M2', mark: 22 },
          ],
        },
        {
          list,
          previous: [],
          competitionType: 'PER_TITOLI_ED_ESAMI',
          titlesPublishedOn: '2025-06-25',
          calendar: stresa,
          ruleSet: RS,
        },
      ),
    );
    const { outcomes, pendingOral } = examOutcomes(list, [sessionResult.session]);
    expect(pendingOral).toEqual([]);

    const titlesF_S1 = evaluateTitles(
      {
        study: {
          requiredDegree: { mark: 108, outOf: 110 },
          specialisationCourses: [{ description: 'Corsi di perfezionamento', points: 1.5 }],
          abilitazione: 'Abilitazione professionale',
        },
        service: [
          { from: '2013-01-01', to: '2018-12-31', tenured: true, categoriesBelow: 0 },
          { from: '2019-01-01', to: '2021-12-31', tenured: true, categoriesBelow: 1 },
        ],
        misc: { other: [{ description: 'Titoli vari', points: 1 }] },
      },
      { scheme: 'DEGREE_REQUIRED' },
    );
    expect(titlesF_S1.total).toBe(6.98);
    const s1 = outcomes.find((o) => o.id === 'S1')!;
    expect(s1.marks).toEqual({ written: [{ commissioners: [8, 7, 8] }], oral: 25 });
    const score = finalScore(s1.marks, titlesF_S1, { competitionType: 'PER_TITOLI_ED_ESAMI' });
    expect(score.outcome === 'IDONEO' && score.score).toBe(54.98);

    const ranking = rank(
      outcomes.map((o) => ({ ...o, birthDate: '1990-01-01', titles: o.id === 'S1' ? titlesF_S1 : undefined })),
      { posts: 1, competitionType: 'PER_TITOLI_ED_ESAMI' },
    );
    expect(ranking.entries.map((e) => [e.candidateId, e.score, e.winner])).toEqual([
      ['S1', 54.98, true],
      ['M2', 46, false],
    ]);
    expect(ranking.excluded.map((e) => [e.candidateId, e.outcome])).toEqual([
      ['F3', 'FAILED_WRITTEN'],
      ['W4', 'WITHDRAWN'],
    ]);
  });

  it('F-S2 (per esami, written + practical): 24, 22, oral 21 → 44; annulled paper listed as excluded', () => {
    const w = setup(['K', 'J']);
    let wt = markPaper(w.test, codeFor(w.assignment, 'K'), [8, 8, 8]);
    wt = ok(annulPaper(wt, { code: codeFor(w.assignment, 'J'), ground: 'NULLITY' })).test;
    const p = setup(['K'], 'PER_ESAMI', 1, 'PRACTICAL');
    const pt = markPaper(p.test, codeFor(p.assignment, 'K'), [8, 7, 7]);
    const list = oralAdmissionList({
      admitted: ['J', 'K'],
      tests: [open(wt, w.assignment.sealed), open(pt, p.assignment.sealed)],
      at: '2025-06-25T12:00:00.000Z',
    });
    expect(list.publication.rows).toEqual(['K: ammesso alla prova orale — prova scritta 24/30, prova pratica 22/30']);
    const s = ok(
      recordOralSession(
        {
          sessionId: 'o',
          date: '2025-07-01',
          endedAt: '2025-07-01T12:00:00Z',
          results: [{ candidateId: 'K', mark: 21 }],
        },
        { list, previous: [], competitionType: 'PER_ESAMI', calendar: stresa, ruleSet: RS },
      ),
    ).session;
    const ranking = rank(
      examOutcomes(list, [s]).outcomes.map((o) => ({ ...o, birthDate: '1992-02-02' })),
      { posts: 1, competitionType: 'PER_ESAMI' },
    );
    expect(ranking.entries.map((e) => [e.candidateId, e.score, e.components.exams])).toEqual([['K', 44, 23]]);
    expect(ranking.excluded.map((e) => [e.candidateId, e.outcome, e.citation.lines])).toEqual([
      ['J', 'EXCLUDED', 'L1568'],
    ]);
  });
});
