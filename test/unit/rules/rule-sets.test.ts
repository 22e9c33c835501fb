import { ANCHOR_LABELS, type ProcedureKind, type TermRule } from '../../../shared/calendar';
import {
  completeRuleSetsFor,
  DEFAULT_RULE_SET,
  EXAM_NOTICE_TERM,
  loadRuleSet,
  precondition,
  ruleSet,
  ruleSets,
  termRule,
  termsFor,
} from '../../../shared/rules';
import { nationalV1, nationalV2, nationalV3 } from '../../../shared/rules/national';
import { stresaRousV1, stresaRousV2 } from '../../../shared/rules/stresa-rous';

const PROCEDURES: ProcedureKind[] = ['concorso', 'mobility', 'contract', 'discipline'];
const RAW = {
  'stresa-rous@1': stresaRousV1,
  'stresa-rous@2': stresaRousV2,
  'national@1': nationalV1,
  'national@2': nationalV2,
  'national@3': nationalV3,
} as const;
const REFS = Object.keys(RAW) as (keyof typeof RAW)[];
const cite = (t: TermRule) =>
  t.citation.source === 'seed'
    ? `${t.citation.article} ${t.citation.paragraph} (${t.citation.lines})`
    : `${t.citation.law} ${t.citation.article}${t.citation.paragraph ? ` ${t.citation.paragraph}` : ''}`;
const allTerms = REFS.flatMap((ref) => Object.values(ruleSet(ref).terms).map((t) => [ref, t.id, cite(t), t] as const));

describe('registry (DECISIONS D1)', () => {
  it('lists every registered rule set with id, version and label', () => {
    expect(ruleSets()).toEqual([
      { id: 'stresa-rous', version: 1, label: expect.stringMatching(/Città di Stresa/) },
      { id: 'stresa-rous', version: 2, label: expect.stringMatching(/Città di Stresa/) },
      { id: 'national', version: 1, label: expect.stringMatching(/D\.Lgs\. 165\/2001.*D\.P\.R\. 487\/1994/) },
      { id: 'national', version: 2, label: expect.stringMatching(/D\.Lgs\. 165\/2001.*D\.P\.R\. 487\/1994/) },
      { id: 'national', version: 3, label: expect.stringMatching(/D\.Lgs\. 165\/2001.*D\.P\.R\. 487\/1994/) },
    ]);
  });

  it.each(REFS)('%s loads as shipped, every term passing the schema', (ref) => {
    expect(Object.keys(ruleSet(ref).terms)).toEqual(Object.keys(RAW[ref].terms));
  });

  // One set per term, so a failure names the term and its citation.
  it.each(allTerms)('%s %s (%s) passes the schema on its own', (ref, id, _cite) => {
    const raw = RAW[ref];
    const one = {
      id: raw.id,
      version: raw.version,
      label: raw.label,
      terms: { [id]: structuredClone(raw.terms[id as keyof typeof raw.terms]) },
    };
    expect(loadRuleSet(one).terms[id]).toEqual(termRule(ref, id));
  });

  it('every default rule set is registered and pins the procedure kinds it serves', () => {
    for (const kind of PROCEDURES) expect(termsFor(DEFAULT_RULE_SET[kind], kind).length).toBeGreaterThan(0);
  });

  it(`the exam-date check's notice term (${EXAM_NOTICE_TERM}) is art. 91 c. 1 (L1497) of the concorso default`, () => {
    expect(termRule(DEFAULT_RULE_SET.concorso, EXAM_NOTICE_TERM)).toMatchObject({
      kind: 'minimumNotice',
      quantity: 20,
      citation: { article: 'art. 91', paragraph: 'c. 1', lines: 'L1497' },
    });
  });
});

describe('termsFor(ref, procedure)', () => {
  it.each(REFS.flatMap((ref) => PROCEDURES.map((p) => [ref, p] as const)))(
    '%s, %s: only that procedure, namespaced',
    (ref, procedure) => {
      const terms = termsFor(ref, procedure);
      for (const t of terms) {
        expect(t.procedures).toContain(procedure);
        expect(t.id.startsWith(`${procedure}.`)).toBe(true);
      }
    },
  );

  it.each(REFS)('%s: the procedures partition the set', (ref) => {
    const ids = PROCEDURES.flatMap((p) => termsFor(ref, p).map((t) => t.id));
    expect(ids.sort()).toEqual(Object.keys(ruleSet(ref).terms).sort());
  });

  it('counts per procedure', () => {
    const count = (ref: string) => Object.fromEntries(PROCEDURES.map((p) => [p, termsFor(ref, p).length]));
    expect(count('stresa-rous@1')).toEqual({ concorso: 13, mobility: 5, contract: 6, discipline: 15 });
    expect(count('stresa-rous@2')).toEqual({ concorso: 13, mobility: 7, contract: 6, discipline: 15 });
    expect(count('national@1')).toEqual({ concorso: 1, mobility: 0, contract: 0, discipline: 10 });
    expect(count('national@2')).toEqual({ concorso: 1, mobility: 0, contract: 0, discipline: 12 });
  });

  it.each([
    [
      'stresa-rous@1',
      'harassment',
      'Unknown procedure kind "harassment" (known: concorso, mobility, contract, discipline)',
    ],
    ['national@4', 'discipline', 'Unknown version 4 of rule set "national" (known: 1, 2, 3)'],
    ['national', 'discipline', 'Invalid rule set reference "national"'],
  ])('termsFor(%p, %p) throws: %s', (ref, procedure, message) => {
    expect(() => termsFor(ref, procedure as ProcedureKind)).toThrow(message);
  });
});

describe('every term: one procedure, its namespace, a described anchor', () => {
  it.each(allTerms)('%s %s (%s)', (_ref, id, _cite, t) => {
    expect(t.procedures).toHaveLength(1);
    expect(id.split('.')[0]).toBe(t.procedures[0]);
    expect(ANCHOR_LABELS[t.anchor]).toEqual(expect.any(String));
  });
});

/**
 * The reminder scheme of stresa-rous.ts (DECISIONS D4): peremptory Administration terms, and the
 * resumption terms treated as decadenza risks (G-4), T-7/T-3/T-1/T-0 to the procedure authority in
 * discipline, the responsible officer otherwise; other Administration terms T-3/T-0 (days) or
 * T-30/T-7 (months, years), none for floors and observed durations; private parties a courtesy T-3.
 */
const DECADENZA_RISK = new Set(['discipline.resumption', 'discipline.reopening', 'discipline.resumedConclusion']);
const AS_SHIPPED: Record<string, number[]> = {
  'concorso.applicationDeadline': [7, 3, 1, 0],
  'concorso.postalGrace': [],
  'concorso.reopenedApplicationDeadline': [7, 3, 1, 0],
};
function expectedReminders(t: TermRule): TermRule['reminders'] {
  type Recipient = TermRule['reminders'][number]['to'];
  const to: Recipient = t.procedures[0] === 'discipline' ? 'procedureAuthority' : 'responsibleOfficer';
  const days = (ds: number[], recipient: Recipient = to) => ds.map((daysBefore) => ({ daysBefore, to: recipient }));
  if (t.id in AS_SHIPPED) return days(AS_SHIPPED[t.id], 'responsibleOfficer');
  if (t.binds === 'privateParty') return days([3], 'responsibleOfficer');
  if (t.peremptory || DECADENZA_RISK.has(t.id)) return days([7, 3, 1, 0]);
  if (t.kind === 'notBefore' || t.onExpiry === 'reminderOnly') return days([]);
  return days(t.unit === 'months' || t.unit === 'years' ? [30, 7] : [3, 0]);
}

describe('reminders follow one scheme (DECISIONS D4)', () => {
  it.each(allTerms)('%s %s (%s)', (_ref, _id, _cite, t) => {
    expect(t.reminders).toEqual(expectedReminders(t));
  });
});

describe('DECISIONS D2/D4: who is bound, what expiry does', () => {
  it.each(allTerms)('%s %s (%s): a lapse is peremptory; an Administration floor never rolls', (_ref, _id, _cite, t) => {
    if (t.onExpiry === 'lapse') expect(t.peremptory).toBe(true);
    if (t.kind !== 'deadline') expect(t.binds).toBe('administration');
  });

  it.each([
    // [id, anchor, quantity, unit, kind, binds, peremptory, onExpiry] — stresa-rous@1, Allegato H (D4 A-1…A-5)
    [
      'discipline.minor.contestation',
      'SEGRETARIO_KNOWLEDGE',
      20,
      'calendarDays',
      'deadline',
      'administration',
      true,
      'lapse',
    ],
    [
      'discipline.minor.hearingNotice',
      'HEARING_DATE',
      10,
      'calendarDays',
      'minimumNotice',
      'administration',
      true,
      'escalate',
    ],
    [
      'discipline.minor.conclusion',
      'CONTESTATION_ACT',
      60,
      'calendarDays',
      'deadline',
      'administration',
      true,
      'lapse',
    ],
    [
      'discipline.minor.deferralThreshold',
      'ORIGINAL_HEARING_DATE',
      10,
      'calendarDays',
      'deadline',
      'administration',
      false,
      'reminderOnly',
    ],
    [
      'discipline.major.transmissionToUpd',
      'SEGRETARIO_KNOWLEDGE',
      5,
      'calendarDays',
      'deadline',
      'administration',
      true,
      'lapse',
    ],
    ['discipline.major.contestation', 'UPD_KNOWLEDGE', 40, 'calendarDays', 'deadline', 'administration', true, 'lapse'],
    [
      'discipline.major.hearingNotice',
      'HEARING_DATE',
      20,
      'calendarDays',
      'minimumNotice',
      'administration',
      true,
      'escalate',
    ],
    [
      'discipline.major.conclusion',
      'FIRST_KNOWLEDGE',
      120,
      'calendarDays',
      'deadline',
      'administration',
      true,
      'lapse',
    ],
    [
      'discipline.major.deferralThreshold',
      'ORIGINAL_HEARING_DATE',
      20,
      'calendarDays',
      'deadline',
      'administration',
      false,
      'reminderOnly',
    ],
    [
      'discipline.resumedConclusion',
      'RENEWED_CONTESTATION',
      180,
      'calendarDays',
      'deadline',
      'administration',
      false,
      'escalate',
    ],
  ])(
    'stresa-rous@1 %s: %s %s %s, %s, binds %s, peremptory %p, %s',
    (id, anchor, quantity, unit, kind, binds, peremptory, onExpiry) => {
      expect(termRule('stresa-rous@1', id)).toMatchObject({
        anchor,
        quantity,
        unit,
        kind,
        binds,
        peremptory,
        onExpiry,
      });
    },
  );
});

describe('national@1 (DECISIONS D1)', () => {
  it.each([
    // art. 55-bis c.4 D.Lgs. 165/2001 as amended by D.Lgs. 75/2017; c.9-ter: only contestation and conclusion peremptory.
    ['discipline.reportToUpd', 'HEAD_KNOWLEDGE', 10, 'deadline', false, 'escalate'],
    ['discipline.contestation', 'UPD_KNOWLEDGE', 30, 'deadline', true, 'lapse'],
    ['discipline.hearingNotice', 'HEARING_DATE', 20, 'minimumNotice', false, 'escalate'],
    ['discipline.conclusion', 'CONTESTATION_ACT', 120, 'deadline', true, 'lapse'],
    ['discipline.resumedConclusion', 'RENEWED_CONTESTATION', 120, 'deadline', true, 'lapse'],
  ])(
    'art. 55-bis/55-ter %s: %s + %i days, %s, peremptory %p, %s',
    (id, anchor, quantity, kind, peremptory, onExpiry) => {
      expect(termRule('national@1', id)).toMatchObject({
        anchor,
        quantity,
        unit: 'calendarDays',
        kind,
        binds: 'administration',
        peremptory,
        onExpiry,
        citation: { source: 'external', law: 'D.Lgs. 165/2001 (come modificato dal D.Lgs. 75/2017)' },
      });
    },
  );

  it('only the contestation and conclusion terms bind the Administration peremptorily (art. 55-bis c.9-ter)', () => {
    const peremptory = termsFor('national@1', 'discipline')
      .filter((t) => t.binds === 'administration' && t.peremptory)
      .map((t) => t.id);
    expect(peremptory).toEqual(['discipline.contestation', 'discipline.conclusion', 'discipline.resumedConclusion']);
  });

  it('one track, competence of the UPD above the verbal reprimand: no minor/major terms, no deferral threshold', () => {
    expect(
      Object.keys(ruleSet('national@1').terms).filter((id) => /\.(minor|major)\.|deferralThreshold/.test(id)),
    ).toEqual([]);
  });

  const SHARED = [
    'concorso.oralNotice',
    'discipline.conciliation',
    'discipline.reopeningRequest',
    'discipline.resumption',
    'discipline.reopening',
    'discipline.cautionarySuspensionMax',
  ];
  it.each(Object.keys(nationalV1.terms))('%s: shared with stresa-rous@1 (the same object) or external', (id) => {
    const term = nationalV1.terms[id as keyof typeof nationalV1.terms];
    if (SHARED.includes(id)) {
      expect(term).toBe(stresaRousV1.terms[id as keyof typeof stresaRousV1.terms]);
      expect(termRule('national@1', id)).toEqual(termRule('stresa-rous@1', id));
    } else {
      expect(term.citation.source).toBe('external');
      expect(Object.hasOwn(stresaRousV1.terms, id) ? termRule('stresa-rous@1', id) : undefined).not.toEqual(
        termRule('national@1', id),
      );
    }
  });
});

describe('preconditions and complete rule sets (issue 7 item 5)', () => {
  it('national@3 puts the mobility attempt before a concorso: art. 30 c.2-bis D.Lgs. 165/2001, external', () => {
    expect(precondition('national@3', 'concorso.priorMobility')).toMatchObject({
      procedures: ['concorso'],
      citation: { source: 'external', law: 'D.Lgs. 165/2001', article: 'art. 30', paragraph: 'c. 2-bis' },
    });
    // Earlier versions and the local regulation have no such precondition: pinned cases keep their rules.
    for (const ref of ['stresa-rous@1', 'stresa-rous@2', 'national@1', 'national@2'])
      expect(precondition(ref, 'concorso.priorMobility')).toBeUndefined();
  });

  it("national@3's concorso terms are the local regulation's, and its discipline terms national@2's", () => {
    for (const t of termsFor('stresa-rous@1', 'concorso')) expect(termRule('national@3', t.id)).toEqual(t);
    expect(termsFor('national@3', 'discipline')).toEqual(termsFor('national@2', 'discipline'));
  });

  it('a procedure may pin only a set with every term its default has', () => {
    expect(completeRuleSetsFor('concorso')).toEqual(['stresa-rous@1', 'stresa-rous@2', 'national@3']);
    expect(completeRuleSetsFor('discipline')).toEqual(['national@2', 'national@3']);
    expect(completeRuleSetsFor('mobility')).toEqual(['stresa-rous@2']);
  });

  it('a precondition keyed under another id is refused at load', () => {
    expect(() =>
      loadRuleSet({
        ...nationalV3,
        preconditions: { x: { ...nationalV3.preconditions['concorso.priorMobility'] } },
      }),
    ).toThrow(/preconditions\.x\.id: id "concorso\.priorMobility" differs from its key/);
  });
});
