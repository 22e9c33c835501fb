/**
 * Final score and ranking against spec/recruitment.md §16.3: one test per fixture, named with its id,
 * the expected value copied from the spec table. Then reserves (D3 Q15: round down, carry the fraction),
 * each step of the Allegato M order, dependent children, public service and younger age, the exclusions,
 * the explanations and their citations, and a fast-check property: the ranking is a total order that
 * does not depend on the order of the input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import type { Citation } from '../../../shared/calendar/terms';
import {
  computeReserveSeats,
  finalScore,
  PREFERENCE_TITLES,
  type PreferenceTitle,
  preferenceCitation,
  RANKING_CITATIONS,
  type RankCandidate,
  type Ranking,
  type RankOptions,
  rank,
} from '../../../shared/procedures/concorso/ranking';
import { ALLEGATO_I_CITATIONS, evaluateTitles } from '../../../shared/procedures/concorso/titles';

const proved = { declared: true, documented: true } as const;
const EXAMS: RankOptions = { posts: 1, competitionType: 'PER_ESAMI' };
/** The F-S2 candidate: written 24, practical 22, oral 21 → 44. */
const at44 = (id: string, over: Partial<RankCandidate> = {}): RankCandidate => ({
  id,
  birthDate: '1990-01-01',
  marks: { written: [24], practical: [22], oral: 21 },
  ...over,
});
const order = (r: Ranking) => r.entries.map((e) => e.candidateId);
const entry = (r: Ranking, id: string) => r.entries.find((e) => e.candidateId === id)!;
const titlesClaim = (...titles: PreferenceTitle[]) => titles.map((title) => ({ title, ...proved }));

describe('§16.3 final score fixtures (art. 99; recommended default formula)', () => {
  it('F-S1: cat. D, titles + exams: written 8+7+8 = 23, oral 25, titles 6.98 → 54.98 (SUM_ALL gives the same)', () => {
    const titles = evaluateTitles(
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
    expect([titles.study.points, titles.service.points, titles.misc.points, titles.total]).toEqual([
      2.5, 3.48, 1, 6.98,
    ]);
    const marks = { written: [{ commissioners: [8, 7, 8] }], oral: 25 };
    const art99 = finalScore(marks, titles, { competitionType: 'PER_TITOLI_ED_ESAMI' });
    const sumAll = finalScore(marks, titles, { competitionType: 'PER_TITOLI_ED_ESAMI', aggregation: 'ALLEGATO_I' });
    expect(art99.outcome === 'IDONEO' && art99.score).toBe(54.98);
    expect(sumAll.outcome === 'IDONEO' && sumAll.score).toBe(54.98);
    expect(art99.outcome === 'IDONEO' && art99.components.written).toEqual([23]);
    expect(art99.explained.map((e) => e.citation.lines)).toEqual(expect.arrayContaining(['L1594', 'L1635', 'L4159']));
  });

  it('F-S2: cat. C, exams only, written 24, practical 22, oral 21 → 44; SUM_ALL mode → 67', () => {
    const marks = { written: [24], practical: [22], oral: 21 };
    const art99 = finalScore(marks, undefined, { competitionType: 'PER_ESAMI' });
    const sumAll = finalScore(marks, undefined, { competitionType: 'PER_ESAMI', aggregation: 'ALLEGATO_I' });
    expect(art99.outcome === 'IDONEO' && art99.score).toBe(44);
    expect(art99.outcome === 'IDONEO' && art99.components.exams).toBe(23);
    expect(sumAll.outcome === 'IDONEO' && sumAll.score).toBe(67);
    expect(sumAll.explained.at(-1)!.citation.lines).toBe('L4115, L4129, L4143');
  });

  it('F-S3: written 1 = 20/30 → second written not corrected → FAILED_WRITTEN', () => {
    const r = finalScore({ written: [20, 28], oral: 30 }, undefined, { competitionType: 'PER_ESAMI' });
    expect(r.outcome).toBe('FAILED_WRITTEN');
    expect(r.explained.map((e) => e.citation.lines)).toEqual(['L1596', 'L1614']);
    expect(r.explained[0].text).toContain('non viene corretta');
  });

  it('F-S4: written 24, practical 20 → not admitted to the oral (practical < 21)', () => {
    const r = finalScore({ written: [24], practical: [20], oral: 25 }, undefined, { competitionType: 'PER_ESAMI' });
    expect(r.outcome).toBe('FAILED_PRACTICAL');
    expect(r.outcome !== 'IDONEO' && r.reason).toContain('non ammesso alla prova orale');
  });

  it('F-S5: oral 20.9 → not idoneo (< 21)', () => {
    const r = finalScore({ written: [24], oral: 20.9 }, undefined, { competitionType: 'PER_ESAMI' });
    expect(r.outcome).toBe('FAILED_ORAL');
    expect(r.outcome !== 'IDONEO' && r.citation.lines).toBe('L1628');
  });

  it('F-S6: tie at 44, X holds only title 18 (2 children), Y holds title 17 → Y first', () => {
    const r = rank(
      [at44('X', { dependentChildren: { count: 2, ...proved } }), at44('Y', { preferenceTitles: titlesClaim(17) })],
      EXAMS,
    );
    expect(order(r)).toEqual(['Y', 'X']);
    expect(r.entries.map((e) => e.score)).toEqual([44, 44]);
    expect(entry(r, 'Y').tieBreak).toEqual([
      expect.objectContaining({ against: 'X', outcome: 'PRECEDES', rule: 'PREFERENCE_TITLE', title: 17 }),
    ]);
    expect(entry(r, 'X').preferenceTitles).toEqual([18]);
  });

  it('F-S7: tie, neither holds titles 1–17, 19, 20; X has 1 dependent child (title 18), Y none → X first', () => {
    const r = rank([at44('Y'), at44('X', { dependentChildren: { count: 1, ...proved } })], EXAMS);
    expect(order(r)).toEqual(['X', 'Y']);
    expect(entry(r, 'X').tieBreak[0]).toMatchObject({ against: 'Y', rule: 'PREFERENCE_TITLE', title: 18 });
  });

  it('F-S8: tie, identical titles, children and service; X born 1990-01-01, Y born 1995-05-05 → Y first (younger age)', () => {
    const same = { preferenceTitles: titlesClaim(20), dependentChildren: { count: 1, ...proved } };
    const r = rank(
      [at44('X', { ...same, birthDate: '1990-01-01' }), at44('Y', { ...same, birthDate: '1995-05-05' })],
      EXAMS,
    );
    expect(order(r)).toEqual(['Y', 'X']);
    expect(entry(r, 'Y').tieBreak[0]).toMatchObject({ against: 'X', rule: 'YOUNGER_AGE' });
    expect(entry(r, 'Y').tieBreak[0].citation.lines).toBe('L4360, L4364');
  });

  it('F-S9: a preference title declared but not documented within 15 days (and not held by the Comune) is ignored', () => {
    const undocumented = { title: 1 as const, declared: true, documented: false, heldByAdministration: false };
    const r = rank(
      [at44('X', { preferenceTitles: [undocumented] }), at44('Y', { preferenceTitles: titlesClaim(20) })],
      EXAMS,
    );
    expect(order(r)).toEqual(['Y', 'X']);
    expect(entry(r, 'X').preferenceTitles).toEqual([]);
    expect(entry(r, 'X').explanation.some((s) => /n\. 1 .*non documentato.*art\. 100 c\. 1 \(L1639\)/.test(s))).toBe(
      true,
    );
    // Held by the Administration, the same title needs no document (art. 100 c.2) and decides the tie.
    const held = { ...undocumented, heldByAdministration: true };
    const r2 = rank([at44('X', { preferenceTitles: [held] }), at44('Y', { preferenceTitles: titlesClaim(20) })], EXAMS);
    expect(order(r2)).toEqual(['X', 'Y']);
    expect(entry(r2, 'X').explanation.some((s) => s.includes('(L1641)'))).toBe(true);
  });
});

describe('preference titles in the Allegato M order (L4339–L4358)', () => {
  // The holder of title k meets a candidate holding every later title; its id sorts last, so only the
  // rule can put it first.
  const later = (k: number): Partial<RankCandidate> => {
    const titles = Array.from({ length: 20 - k }, (_, i) => k + 1 + i).filter((t) => t !== 18) as PreferenceTitle[];
    return {
      preferenceTitles: titlesClaim(...titles),
      ...(k < 18 ? { dependentChildren: { count: 3, ...proved } } : {}),
    };
  };
  const holding = (k: number): Partial<RankCandidate> =>
    k === 18 ? { dependentChildren: { count: 1, ...proved } } : { preferenceTitles: titlesClaim(k as PreferenceTitle) };

  it.each(Array.from({ length: 20 }, (_, i) => i + 1))('title %i precedes every later title', (k) => {
    const r = rank([at44('A-later', later(k)), at44('Z-holder', holding(k))], EXAMS);
    expect(order(r)).toEqual(['Z-holder', 'A-later']);
    const t = entry(r, 'Z-holder').tieBreak[0];
    expect(t).toMatchObject({ against: 'A-later', outcome: 'PRECEDES', rule: 'PREFERENCE_TITLE', title: k });
    expect(t.citation).toEqual(preferenceCitation(k));
    expect(t.citation.lines).toBe(`L${4338 + k}`);
    expect(entry(r, 'A-later').tieBreak[0]).toMatchObject({ against: 'Z-holder', outcome: 'FOLLOWS', title: k });
  });

  it('then the number of dependent children (criterion a, L4362)', () => {
    const r = rank(
      [
        at44('A', { dependentChildren: { count: 1, ...proved } }),
        at44('Z', { dependentChildren: { count: 3, ...proved } }),
      ],
      EXAMS,
    );
    expect(order(r)).toEqual(['Z', 'A']);
    expect(entry(r, 'Z').tieBreak[0]).toMatchObject({ rule: 'DEPENDENT_CHILDREN' });
    expect(entry(r, 'Z').tieBreak[0].citation.lines).toBe('L4360, L4362');
  });

  it('a later title outranks more children: the count is criterion a, after every title', () => {
    const r = rank(
      [
        at44('A', { dependentChildren: { count: 3, ...proved } }),
        at44('Z', { dependentChildren: { count: 1, ...proved }, preferenceTitles: titlesClaim(19) }),
      ],
      EXAMS,
    );
    expect(order(r)).toEqual(['Z', 'A']);
    expect(entry(r, 'Z').tieBreak[0]).toMatchObject({ rule: 'PREFERENCE_TITLE', title: 19 });
  });

  it('then commendable service in public administrations (criterion b, L4363), after children', () => {
    const r = rank([at44('A'), at44('Z', { commendablePublicService: proved })], EXAMS);
    expect(order(r)).toEqual(['Z', 'A']);
    expect(entry(r, 'Z').tieBreak[0]).toMatchObject({ rule: 'PUBLIC_SERVICE' });
    expect(entry(r, 'Z').tieBreak[0].citation.lines).toBe('L4360, L4363');
    const r2 = rank(
      [
        at44('A', { dependentChildren: { count: 2, ...proved } }),
        at44('Z', { dependentChildren: { count: 1, ...proved }, commendablePublicService: proved }),
      ],
      EXAMS,
    );
    expect(order(r2)).toEqual(['A', 'Z']);
  });

  it('younger age is the last tie-break (criterion c, L4364); an equal birth date is flagged unresolved', () => {
    const r = rank([at44('A', { birthDate: '1980-03-01' }), at44('Z', { birthDate: '1980-03-02' })], EXAMS);
    expect(order(r)).toEqual(['Z', 'A']);
    expect(entry(r, 'Z').tieBreak[0].rule).toBe('YOUNGER_AGE');
    const same = rank([at44('B'), at44('A')], EXAMS);
    expect(order(same)).toEqual(['A', 'B']);
    expect(entry(same, 'A').tieBreak[0].rule).toBe('UNRESOLVED');
    expect(entry(same, 'A').tieBreak[0].text).toContain('la decisione spetta alla commissione');
  });

  it('a title not declared in the application is ignored (art. 83 b.9)', () => {
    const r = rank(
      [at44('Z', { preferenceTitles: [{ title: 1, declared: false, documented: true }] }), at44('A')],
      EXAMS,
    );
    expect(order(r)).toEqual(['A', 'Z']);
    expect(entry(r, 'Z').explanation.some((s) => s.includes('(L1419)'))).toBe(true);
  });

  it('the Allegato M labels are the seed text', () => {
    expect(PREFERENCE_TITLES[17]).toBe(SEED_LINES[4355].replace(/^17\. /, '').replace(/;$/, ''));
    expect(Object.keys(PREFERENCE_TITLES)).toHaveLength(20);
  });
});

describe('scores that are not whole numbers are compared exactly', () => {
  it('avg(22, 23, 23) + 21 = 43.666… ranks below 22.667 + 21 = 43.667, although both read 43,667', () => {
    const r = rank(
      [
        at44('avg', { marks: { written: [22, 23], practical: [23], oral: 21 } }),
        at44('exact', { marks: { written: [22.667], oral: 21 } }),
      ],
      EXAMS,
    );
    expect(order(r)).toEqual(['exact', 'avg']);
    expect(r.entries.map((e) => e.score)).toEqual([43.667, 43.667]);
    expect(r.entries.every((e) => e.tieBreak.length === 0)).toBe(true);
    expect(entry(r, 'avg').explanation.some((s) => s.includes('arrotondato'))).toBe(true);
  });
});

describe('reserves (art. 112, art. 111 c.3, art. 80 c.4): seats rounded down, fraction carried (D3 Q15)', () => {
  it('30% of 7 posts = 2.1 → 2 seats, 0.1 carried to the next competition', () => {
    const [m] = computeReserveSeats(7, [{ kind: 'MILITARY_VOLUNTEERS' }]);
    expect([m.percentage, m.exact, m.seats, m.carriedOut]).toEqual([30, 2.1, 2, 0.1]);
    expect(m.citation.lines).toBe('L1854');
    expect(m.text).toContain('arrotondamento per difetto');
    expect(m.text).toContain('0,1 di posto riportato al concorso successivo');
  });

  it('a fraction carried in adds up: 0.9 + 30% of 7 = 3.0 → 3 seats, nothing carried', () => {
    const [m] = computeReserveSeats(7, [{ kind: 'MILITARY_VOLUNTEERS', carriedIn: 0.9 }]);
    expect([m.exact, m.seats, m.carriedOut]).toEqual([3, 3, 0]);
  });

  it('30% of 3 posts = 0.9 → no seat, 0.9 carried, shown in the ranking explanation', () => {
    const r = rank([at44('A')], {
      posts: 3,
      competitionType: 'PER_ESAMI',
      reserves: [{ kind: 'MILITARY_VOLUNTEERS' }],
    });
    expect([r.reserves[0].seats, r.reserves[0].carriedOut, r.openSeats]).toEqual([0, 0.9, 3]);
    expect(r.explanation.some((s) => s.includes('0,9 di posto riportato al concorso successivo'))).toBe(true);
  });

  it('internal staff: at most 50% (L1333); 50% of 5 posts = 2.5 → 2 seats, 0.5 carried', () => {
    const [i] = computeReserveSeats(5, [{ kind: 'INTERNAL_STAFF', percentage: 50 }]);
    expect([i.seats, i.carriedOut]).toEqual([2, 0.5]);
    expect(() => computeReserveSeats(5, [{ kind: 'INTERNAL_STAFF', percentage: 60 }])).toThrow(/50%/);
    expect(() => computeReserveSeats(4, [{ kind: 'INTERNAL_STAFF', seats: 3 }])).toThrow(/50%/);
  });

  it('L. 68/1999 seats come from the annual plan (art. 111 c.3); reserves cannot exceed the posts', () => {
    const [d] = computeReserveSeats(4, [{ kind: 'DISABLED_L68', seats: 1 }]);
    expect([d.seats, d.carriedOut, d.citation.lines]).toEqual([1, 0, 'L1850']);
    expect(() =>
      computeReserveSeats(2, [
        { kind: 'DISABLED_L68', seats: 2 },
        { kind: 'MILITARY_VOLUNTEERS', percentage: 50 },
      ]),
    ).toThrow(/superano/);
  });

  it('winners for 10 posts with 3 military seats: open seats by merit, reserves to the best entitled, unused seats returned', () => {
    const military = {
      reserves: [{ kind: 'MILITARY_VOLUNTEERS' as const, dischargedWithoutDemerit: true, ...proved }],
    };
    const candidates = Array.from({ length: 12 }, (_, i) =>
      at44(`c${String(i + 1).padStart(2, '0')}`, {
        marks: { written: [24], oral: 30 - i * 0.5 },
        ...([2, 9, 12].includes(i + 1) ? military : {}),
      }),
    );
    const r = rank(candidates, {
      posts: 10,
      competitionType: 'PER_ESAMI',
      reserves: [{ kind: 'MILITARY_VOLUNTEERS' }],
    });
    expect(r.openSeats).toBe(7);
    expect(r.winners.map((w) => [w.position, w.seat.kind])).toEqual([
      [1, 'OPEN'],
      [2, 'OPEN'],
      [3, 'OPEN'],
      [4, 'OPEN'],
      [5, 'OPEN'],
      [6, 'OPEN'],
      [7, 'OPEN'],
      [8, 'RETURNED'],
      [9, 'RESERVE'],
      [12, 'RESERVE'],
    ]);
    expect(r.reserves[0]).toMatchObject({ seats: 3, filled: 2, returned: 1, holders: ['c09', 'c12'] });
    expect(entry(r, 'c09').reserve).toEqual({ reserveId: 'MILITARY_VOLUNTEERS', label: r.reserves[0].label });
    expect(entry(r, 'c02').reserve).toBeUndefined();
    expect(entry(r, 'c02').explanation.some((s) => s.includes('la riserva resta disponibile'))).toBe(true);
    expect(entry(r, 'c10').winner).toBe(false);
    expect(entry(r, 'c10').explanation.at(-1)).toMatch(/Idoneo non vincitore.*art\. 101 c\. 5 \(L1655\)/);
  });

  it('a reserve claim counts only when proved and its requirements are met', () => {
    const reserves: RankOptions['reserves'] = [
      { kind: 'DISABLED_L68', seats: 1 },
      { kind: 'INTERNAL_STAFF', percentage: 50 },
      { kind: 'MILITARY_VOLUNTEERS' },
    ];
    const r = rank(
      [
        at44('employed', {
          reserves: [{ kind: 'DISABLED_L68', registeredInLists: true, unemployedAtDeadline: false, ...proved }],
        }),
        at44('noTitle', {
          reserves: [{ kind: 'INTERNAL_STAFF', permanentEmployee: true, holdsRequiredStudyTitle: false, ...proved }],
        }),
        at44('undocumented', {
          reserves: [
            { kind: 'MILITARY_VOLUNTEERS', dischargedWithoutDemerit: true, declared: true, documented: false },
          ],
        }),
        at44('other', { reserves: [{ kind: 'OTHER', reserveId: 'orfani', ...proved }] }),
        at44('l68', {
          reserves: [{ kind: 'DISABLED_L68', registeredInLists: true, unemployedAtDeadline: true, ...proved }],
        }),
      ],
      { posts: 4, competitionType: 'PER_ESAMI', reserves },
    );
    const lines = (id: string) => entry(r, id).explained.map((e) => e.citation.lines);
    expect(entry(r, 'employed').reserveEntitlements).toEqual([]);
    expect(lines('employed')).toContain('L1643');
    expect(entry(r, 'noTitle').reserveEntitlements).toEqual([]);
    expect(lines('noTitle')).toContain('L1333');
    expect(entry(r, 'undocumented').reserveEntitlements).toEqual([]);
    expect(lines('undocumented')).toContain('L1639');
    expect(lines('other')).toContain('L1371');
    expect(entry(r, 'l68').reserve?.reserveId).toBe('DISABLED_L68');
    // The unemployment check is repeated at hiring (art. 100 c.3).
    expect(entry(r, 'l68').explanation.some((s) => s.includes("all'atto dell'immissione in servizio"))).toBe(true);
  });
});

describe('exclusions: not ranked, listed with the reason', () => {
  it('failed pass marks, absence (deemed withdrawal, D3 Q13), earlier exclusion, oral not yet held', () => {
    const exclusion: Citation = RANKING_CITATIONS.secondNotCorrected;
    const r = rank(
      [
        at44('ok'),
        at44('written', { marks: { written: [20, 25], oral: 25 } }),
        at44('practical', { marks: { written: [24], practical: [20], oral: 25 } }),
        at44('oral', { marks: { written: [24], oral: 20.9 } }),
        at44('absent', { marks: { written: [24], oral: 'ABSENT' } }),
        at44('absentWritten', { marks: { written: ['ABSENT'] } }),
        at44('copied', { excluded: { reason: 'elaborato copiato', citation: exclusion } }),
        at44('pending', { marks: { written: [25] } }),
      ],
      EXAMS,
    );
    expect(order(r)).toEqual(['ok']);
    expect(r.excluded.map((e) => [e.candidateId, e.outcome])).toEqual([
      ['written', 'FAILED_WRITTEN'],
      ['practical', 'FAILED_PRACTICAL'],
      ['oral', 'FAILED_ORAL'],
      ['absent', 'WITHDRAWN'],
      ['absentWritten', 'WITHDRAWN'],
      ['copied', 'EXCLUDED'],
      ['pending', 'INCOMPLETE'],
    ]);
    const absent = r.excluded.find((e) => e.candidateId === 'absent')!;
    expect(absent.reason).toContain('D3 Q13');
    expect(absent.citation.lines).toBe('L1343');
    for (const e of r.excluded) expect(e.explanation.at(-1)).toMatch(/ — (art\. \d+|All\. [IM])/);
  });

  it('titles count only in a bando "per titoli ed esami" (D3 C1; art. 101 c.1)', () => {
    const titles = evaluateTitles({ study: { degrees: ['Laurea'] } }, { scheme: 'DIPLOMA_REQUIRED' });
    const exams = rank([at44('A', { titles })], EXAMS);
    const both = rank([at44('A', { titles })], { posts: 1, competitionType: 'PER_TITOLI_ED_ESAMI' });
    expect(exams.entries[0].score).toBe(44);
    expect(exams.entries[0].explanation.some((s) => s.includes('Titoli non valutati') && s.includes('L1647'))).toBe(
      true,
    );
    expect(both.entries[0].score).toBe(45);
    expect(both.entries[0].components.titlesByCategory).toEqual({ study: 1, service: 0, misc: 0 });
  });

  it('the D3 Q9 flag of a 100/110 degree reaches the ranking entry and its explanation', () => {
    const titles = evaluateTitles(
      { study: { requiredDegree: { mark: 100, outOf: 110 } } },
      { scheme: 'DEGREE_REQUIRED' },
    );
    const r = rank([at44('A', { titles })], { posts: 1, competitionType: 'PER_TITOLI_ED_ESAMI' });
    expect(r.entries[0].flags.map((f) => f.code)).toEqual(['D3-Q9']);
    expect(r.entries[0].explanation.some((s) => s.startsWith('Segnalazione') && s.includes('D3 Q9'))).toBe(true);
  });

  it('rejects a repeated candidate and a malformed mark', () => {
    expect(() => rank([at44('A'), at44('A')], EXAMS)).toThrow(/ripetuto/);
    expect(() => rank([at44('A', { marks: { written: [31], oral: 25 } })], EXAMS)).toThrow(RangeError);
    expect(() => rank([at44('A', { marks: { written: [{ commissioners: [11, 8, 8] }], oral: 25 } })], EXAMS)).toThrow(
      RangeError,
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Explanations and citations.

const SEED_FILE = '004_29fc22527282130e.txt';
const SEED_PATH = resolve(__dirname, '../../../../shared/seeds', SEED_FILE);
const SEED_LINES: Record<number, string> = {
  1333: "4. La riserva di cui al precedente comma 3, non può comunque essere superiore al 50% dei posti da coprire e può essere utilizzata dal personale in possesso del titolo di studio per l'accesso alla categoria selezionata.",
  1343: "2. Le modalità e le procedure per l'accesso all'impiego sono quelle previste dal D.P.R. 9 maggio 1994 n. 487, così come modificato ed integrato dal successivo D.P.R. 30 ottobre 1996 n. 693, nonché di quanto dispone l'art. 48 comma 6 della legge 4/11/2010 n. 183 fatte salve le diverse previsioni contenute nel presente regolamento.",
  1371: 'c. le percentuali dei posti riservati da leggi a favore di determinate categorie;',
  1412: '    - b.2) la data ed il luogo di nascita;',
  1419: "    - b.9) il possesso di eventuali titoli di riserva, preferenza e precedenza a parità di valutazione, come individuati nell'art. 5 del DPR 487/94;",
  1594: '6. Per la valutazione della prova scritta la Commissione giudicatrice dispone complessivamente di punti 30 (punti 10 per ogni Commissario).',
  1596: "7. Non si procederà alla correzione dell'elaborato della seconda prova se non sarà stato raggiunto il punteggio minimo di 21/30 nella prima prova scritta.",
  1613: '2. Per la valutazione della prova pratica la Commissione giudicatrice dispone complessivamente di punti 30 (punti 10 per ogni Commissario).',
  1614: '3. Non possono essere ammessi alla prova orale i candidati che non abbiano conseguito in ciascuna delle prove scritte una votazione di almeno 21/30.',
  1628: '1. La prova orale o il colloquio si intendono superati con una votazione di almeno 21/30, comprensiva della valutazione delle prove psicoattitudinali.',
  1635: 'Il punteggio finale delle prove di esame é dato dalla media dei voti conseguiti nelle prove scritte e/o pratiche o a contenuto teorico - pratico, sommata alla votazione conseguita nella prova orale nonché dalla valutazione dei titoli.',
  1639: "1. I concorrenti che abbiano superato la prova orale dovranno far pervenire alla CITTA' entro il termine perentorio di quindici giorni decorrenti dal giorno successivo a quello in cui hanno sostenuto il colloquio, i documenti in carta semplice attestanti il possesso dei titoli di riserva, preferenza e precedenza, descritti nella *tabella qui allegata sotto la lettera \" M \"* a parità di valutazione e il diritto ad usufruire dell'elevazione del limite massimo di età (solo se esplicitamente richiesto dall'Ente), già indicati nella domanda, dai quali risulti altresì, il possesso del requisito alla data di scadenza del termine utile per la presentazione della domanda di ammissione al concorso.",
  1641: "2. La suddetta documentazione non é richiesta nel caso in cui l'Amministrazione ne sia già in possesso.",
  1643: "3. I candidati appartenenti a categorie previste dalla Legge 12.03.1999, n.68, che abbiano conseguito l'idoneità, verranno inclusi nella graduatoria tra i vincitori purché, risultino iscritti negli appositi elenchi istituiti presso i competenti uffici del lavoro e risultino disoccupati sia al momento della scadenza del termine per la presentazione delle domande di ammissione al concorso sia all'atto dell'immissione in servizio.",
  1647: "1. La graduatoria di merito dei candidati è formata dalla commissione esaminatrice secondo l'ordine decrescente del punteggio conseguito nella votazione complessiva riportata da ciascun candidato nelle prove effettuate e ove previsto nel bando, da quello ottenuto nella valutazione dei titoli.",
  1651: '3. Sono dichiarati vincitori, nei limiti dei posti complessivamente messi a concorso, i candidati utilmente collocati nelle graduatorie di merito, formate sulla base del punteggio riportato, tenuto conto delle riserve di legge e contrattuali di comparto.',
  1655: "5. Per la copertura di posti che si venissero successivamente a rendere vacanti e disponibili nello stesso profilo professionale a cui fa riferimento una procedura selettiva, fatta eccezione per i posti istituiti o trasformati dopo l'indizione della procedura medesima, le graduatorie dei vincitori rimangono efficaci per il termine di tre anni dalla data di approvazione, salvo diversa disposizione di legge.",
  1850: "3. La Giunta, con il piano annuale delle assunzioni di cui all'articolo 79, determina il numero di posti riservati alle persone disabili, nel rispetto delle vigenti disposizioni legislative in materia.",
  1854: "Ai sensi dell'art. 18 del D. Lgs. n. 215 dell'8/5/2001 e s. m. i. è attribuita la riserva nella misura del 30% dei posti messi a concorso nella programmazione annuale di cui al precedente art. 79 a favore dei militari volontari delle tre Forze Armate congedati senza demerito.",
  4115: 'punteggio complessivo di 100 punti così suddivisi:',
  4125: 'Le prove si considerano superate con un punteggio minimo di 21/30.',
  4129: 'punteggio complessivo di 100 punti così suddivisi:',
  4139: 'Le prove si considerano superate con un punteggio minimo di 21/30.',
  4143: 'punteggio complessivo di 100 punti così suddivisi:',
  4153: 'Le prove si considerano superate con un punteggio minimo di 21/30.',
  4159: '1. Per la valutazione dei titoli di merito vengono stabiliti n. 10 punti così ripartiti:',
  4337: 'Nei pubblici concorsi a parità di merito i titoli di preferenza sono:',
  4339: '1. gli insigniti di medaglia al valor militare;',
  4340: '2. i mutilati e invalidi di guerra ex combattenti;',
  4341: '3. i mutilati e invalidi per fatto di guerra;',
  4342: '4. i mutilati e invalidi per servizio nel settore pubblico e privato;',
  4343: '5. gli orfani di guerra;',
  4344: '6. gli orfani dei caduti per fatto di guerra;',
  4345: '7. gli orfani dei caduti per servizio nel settore pubblico o privato;',
  4346: '8. i feriti in combattimento;',
  4347: '9. gli insigniti di croce di guerra o di altra attestazione speciale di merito di guerra, nonché i capi di famiglia numerosa;',
  4348: '10. i figli dei mutilati e degli invalidi di guerra ex combattenti;',
  4349: '11. i figli dei mutilati e degli invalidi per fatto di guerra;',
  4350: '12. i figli dei mutilati e degli invalidi per servizio nel settore pubblico e privato;',
  4351: '13. i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non sposati dei caduti di guerra;',
  4352: '14. i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non risposati dei caduti per fatto di guerra;',
  4353: '15. i genitori vedovi non risposati, i coniugi non risposati e le sorelle ed i fratelli vedovi o non risposati dei caduti per servizio nel settore pubblico e privato;',
  4354: '16. coloro che abbiano prestato servizio militare come combattenti o assimilati;',
  4355: "17. coloro che abbiano prestato lodevole servizio a qualunque titolo, per non meno di un anno, nell'amministrazione che ha indetto il concorso;",
  4356: '18. i coniugati ed i non coniugati con riguardo al numero dei figli a carico;',
  4357: '19. gli invalidi ed i mutilati civili;',
  4358: '20. militari volontari delle Forze armate congedati senza demerito al termine della ferma o rafferma;',
  4360: 'A parità di merito e di titoli la preferenza è determinata:',
  4362: '- a) dal numero dei figli a carico, indipendentemente dal fatto che il candidato sia coniugato o meno;',
  4363: "- b) dall'aver prestato lodevole servizio nelle amministrazioni pubbliche;",
  4364: '- c) dalla minore età.',
};

function lineNumbers(ref: string): number[] {
  return ref.split(/,\s*/).flatMap((part) => {
    const m = /^L(\d+)(?:–L(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`bad line reference ${part}`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

const rankingCitations: [string, Citation][] = [
  ...Object.entries(RANKING_CITATIONS),
  ...Array.from({ length: 20 }, (_, i) => [`All. M n. ${i + 1}`, preferenceCitation(i + 1)] as [string, Citation]),
];

describe('ranking citations match the seed text', () => {
  it('the copied lines are verbatim where the handbook is mounted', () => {
    expect(Object.keys(SEED_LINES).length).toBeGreaterThan(40);
    const seed = existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8').split('\n') : undefined;
    for (const [n, text] of Object.entries(SEED_LINES)) {
      expect(text.trim()).not.toBe('');
      if (seed) expect(`${n}: ${seed[Number(n) - 1]}`).toBe(`${n}: ${text}`);
    }
  });

  it.each(rankingCitations)('%s: quote found verbatim in its cited lines', (_key, citation) => {
    expect(citation.source).toBe('seed');
    expect(citation.file).toBe(SEED_FILE);
    expect(citation.article).toMatch(/^(art\. \d+|All\. [IM])$/);
    const text = lineNumbers(citation.lines!).map((n) => SEED_LINES[n]);
    expect(text.every((t) => t !== undefined)).toBe(true);
    for (const fragment of citation.quote!.split('…').map((f) => f.trim())) {
      expect({ fragment, found: text.some((t) => t.includes(fragment)) }).toEqual({ fragment, found: true });
    }
  });

  it('every entry is explained: each sentence ends with its citation, and every citation is a known one', () => {
    const known = new Set(
      [...rankingCitations.map(([, c]) => c), ...Object.values(ALLEGATO_I_CITATIONS)].map((c) => JSON.stringify(c)),
    );
    const titles = evaluateTitles(
      {
        study: { requiredDegree: { mark: 100, outOf: 110 } },
        service: [{ from: '2015-01-01', to: '2020-12-31', tenured: false, categoriesBelow: 1 }],
      },
      { scheme: 'DEGREE_REQUIRED' },
    );
    const r = rank(
      [
        at44('a', {
          titles,
          preferenceTitles: titlesClaim(5),
          reserves: [{ kind: 'MILITARY_VOLUNTEERS', dischargedWithoutDemerit: true, ...proved }],
        }),
        at44('b', { titles, preferenceTitles: titlesClaim(9) }),
        at44('c', { titles, dependentChildren: { count: 2, ...proved } }),
        at44('d', { titles, dependentChildren: { count: 2, ...proved }, birthDate: '1999-09-09' }),
        at44('e', { marks: { written: [{ commissioners: [9, 9, 9] }], oral: 28 } }),
      ],
      { posts: 3, competitionType: 'PER_TITOLI_ED_ESAMI', reserves: [{ kind: 'MILITARY_VOLUNTEERS', carriedIn: 0.2 }] },
    );
    expect(r.entries).toHaveLength(5);
    for (const e of r.entries) {
      expect(e.explanation.length).toBeGreaterThanOrEqual(5);
      expect(e.explanation).toHaveLength(e.explained.length);
      for (const s of e.explanation) expect(s).toMatch(/ — (art\. \d+|All\. [IM])[^—]* \(L\d{4}(?:[,–] ?L\d{4})*\)$/);
      for (const x of e.explained) expect(known.has(JSON.stringify(x.citation))).toBe(true);
      // The components and the position are stated, with their rule.
      expect(e.explanation[0]).toContain(`Posizione ${e.position}`);
      expect(e.explanation.some((s) => s.startsWith('Punteggio finale') && s.includes('(L1635)'))).toBe(true);
    }
    for (const s of r.explanation) expect(s).toMatch(/ — (art\. \d+|All\. [IM])[^—]* \(L\d{4}/);
    // Tied entries say against whom and by which rule.
    expect(entry(r, 'd').tieBreak.map((t) => [t.against, t.rule])).toEqual([
      ['b', 'PREFERENCE_TITLE'],
      ['c', 'YOUNGER_AGE'],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Property: a total order, independent of the input order.

// Small domains, so equal scores, equal titles and even full ties (same birth date) are frequent.
const DATES = ['1990-01-01', '1995-05-05'];
const candidateArb = fc.record({
  written: fc.integer({ min: 20, max: 23 }),
  practical: fc.option(fc.integer({ min: 21, max: 22 }), { nil: undefined }),
  oral: fc.oneof(fc.integer({ min: 20, max: 23 }), fc.constant('ABSENT' as const)),
  titles: fc.subarray([17, 20] as PreferenceTitle[], { maxLength: 1 }),
  children: fc.integer({ min: 0, max: 1 }),
  service: fc.boolean(),
  birth: fc.constantFrom(...DATES),
  military: fc.boolean(),
});
type Generated = ReturnType<typeof candidateArb.generate>['value'];
const toCandidate = (g: Generated, i: number): RankCandidate => ({
  id: `c${String(i).padStart(2, '0')}`,
  birthDate: g.birth,
  marks: { written: [g.written], practical: g.practical === undefined ? undefined : [g.practical], oral: g.oral },
  preferenceTitles: titlesClaim(...g.titles),
  dependentChildren: { count: g.children, ...proved },
  commendablePublicService: g.service ? proved : undefined,
  reserves: g.military ? [{ kind: 'MILITARY_VOLUNTEERS', dischargedWithoutDemerit: true, ...proved }] : [],
});
const OPTIONS: RankOptions = { posts: 4, competitionType: 'PER_ESAMI', reserves: [{ kind: 'MILITARY_VOLUNTEERS' }] };

describe('property: the ranking is a total order independent of input order', () => {
  it('same ranking, winners and explanations for any permutation; consistent on every pair', () => {
    const lists = fc
      .array(candidateArb, { minLength: 1, maxLength: 14 })
      .map((gs) => gs.map(toCandidate))
      .chain((list) =>
        fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
      );
    fc.assert(
      fc.property(lists, ([list, shuffled]) => {
        const a = rank(list, OPTIONS);
        const b = rank(shuffled, OPTIONS);
        expect(JSON.stringify(b.entries)).toBe(JSON.stringify(a.entries));
        expect(b.winners).toEqual(a.winners);
        expect(a.entries.length + a.excluded.length).toBe(list.length);
        a.entries.forEach((e, i) => {
          expect(e.position).toBe(i + 1);
          const next = a.entries[i + 1];
          if (!next) return;
          // Non-increasing exact score; an equal score carries the tie-break on both sides.
          const diff = e.exact.num * next.exact.den - next.exact.num * e.exact.den;
          expect(diff).toBeGreaterThanOrEqual(0);
          if (diff === 0) {
            const down = e.tieBreak.find((t) => t.against === next.candidateId && t.outcome === 'PRECEDES');
            const up = next.tieBreak.find((t) => t.against === e.candidateId && t.outcome === 'FOLLOWS');
            expect(down?.rule).toBeDefined();
            expect(up?.rule).toBe(down?.rule);
          }
        });
        // Every pair, ranked alone in either order, keeps the order of the whole ranking.
        const ids = order(a);
        const byId = new Map(list.map((c) => [c.id, c]));
        for (let i = 0; i < ids.length; i++) {
          for (let j = i + 1; j < ids.length; j++) {
            const pair = rank([byId.get(ids[j])!, byId.get(ids[i])!], OPTIONS);
            expect(order(pair)).toEqual([ids[i], ids[j]]);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
