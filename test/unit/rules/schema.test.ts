import { DEFAULT_RULE_SET, loadRuleSet, ruleSet, termRule } from '../../../shared/rules';
import { stresaRousV1 } from '../../../shared/rules/stresa-rous';

// biome-ignore lint/suspicious/noExplicitAny: the tests corrupt the data on purpose, past what its type allows.
type Raw = any;

/** A deep copy of stresa-rous@1 with one change applied, to probe the validator (DECISIONS D1). */
function mutated(change: (raw: Raw) => void): unknown {
  const raw = structuredClone(stresaRousV1);
  change(raw);
  return raw;
}

const T1 = 'concorso.applicationDeadline';

describe('loadRuleSet: every term carries its citation (DECISIONS D1)', () => {
  it('accepts stresa-rous@1 as shipped', () => {
    expect(loadRuleSet(structuredClone(stresaRousV1))).toMatchObject({ id: 'stresa-rous', version: 1 });
  });

  it.each([
    [
      'citation missing',
      (r: Raw) => delete r.terms[T1].citation,
      `Invalid rule set "stresa-rous@1": terms["${T1}"].citation: `,
    ],
    [
      'seed citation without lines',
      (r: Raw) => delete r.terms[T1].citation.lines,
      `terms["${T1}"].citation.lines: Invalid input: expected string, received undefined`,
    ],
    [
      'seed citation without file',
      (r: Raw) => delete r.terms[T1].citation.file,
      `terms["${T1}"].citation.file: Invalid input: expected string, received undefined`,
    ],
    [
      'seed lines not in L-notation',
      (r: Raw) => {
        r.terms[T1].citation.lines = '1441';
      },
      `terms["${T1}"].citation.lines: expected seed line references like 'L1441' or 'L1441–L1443'`,
    ],
    [
      'external citation without law',
      (r: Raw) => {
        r.terms[T1].citation = { source: 'external', article: 'art. 55-bis' };
      },
      `terms["${T1}"].citation.law: Invalid input: expected string, received undefined`,
    ],
    [
      'unknown citation source',
      (r: Raw) => {
        r.terms[T1].citation.source = 'hearsay';
      },
      `terms["${T1}"].citation.source: `,
    ],
    [
      'unknown unit',
      (r: Raw) => {
        r.terms[T1].unit = 'weeks';
      },
      `terms["${T1}"].unit: `,
    ],
    [
      'non-integer quantity',
      (r: Raw) => {
        r.terms[T1].quantity = 2.5;
      },
      `terms["${T1}"].quantity: `,
    ],
    [
      'negative reminder',
      (r: Raw) => {
        r.terms[T1].reminders[1].daysBefore = -1;
      },
      `terms["${T1}"].reminders[1].daysBefore: `,
    ],
    [
      'misspelled optional key',
      (r: Raw) => {
        r.terms[T1].citation.paragrah = 'c. 1';
      },
      `terms["${T1}"].citation: Unrecognized key: "paragrah"`,
    ],
    [
      'term id differing from its key',
      (r: Raw) => {
        r.terms[T1].id = 'concorso.deadline';
      },
      `terms["${T1}"].id: id "concorso.deadline" differs from its key`,
    ],
    [
      'version not an integer',
      (r: Raw) => {
        r.version = '1';
      },
      'Invalid rule set "stresa-rous@1": version: Invalid input: expected number, received string',
    ],
  ])('refuses %s with path and problem', (_what, change, message) => {
    expect(() => loadRuleSet(mutated(change))).toThrow(message);
  });

  it('names every problem, not just the first', () => {
    const raw = mutated((r) => {
      delete r.terms[T1].label;
      r.terms['concorso.albo'].binds = 'nobody';
    });
    expect(() => loadRuleSet(raw)).toThrow(
      /terms\["concorso\.applicationDeadline"\]\.label: .*; terms\["concorso\.albo"\]\.binds: /,
    );
  });

  it('refuses non-objects', () => {
    expect(() => loadRuleSet(null)).toThrow('Invalid rule set (without id): (root): ');
  });

  it("accepts an external citation with its law (D1: source 'external')", () => {
    const raw = mutated((r) => {
      r.terms[T1].citation = {
        source: 'external',
        law: 'D.Lgs. 165/2001',
        article: 'art. 55-bis',
        paragraph: 'c. 4',
      };
    });
    expect(loadRuleSet(raw).terms[T1].citation.law).toBe('D.Lgs. 165/2001');
  });
});

describe('registry: procedures pin <id>@<version> (DECISIONS D1)', () => {
  it('the default for concorso is stresa-rous@1', () => {
    expect(DEFAULT_RULE_SET).toEqual({ concorso: 'stresa-rous@1' });
    expect(ruleSet(DEFAULT_RULE_SET.concorso).label).toMatch(/Stresa/);
  });

  it.each([
    ['stresa-rous', 'nope', /Invalid rule set reference "stresa-rous"/],
    ['stresa-rous@0', 'nope', /Invalid rule set reference "stresa-rous@0"/],
    ['stresa-rous@2', T1, /Unknown version 2 of rule set "stresa-rous" \(known: 1\)/],
    ['national@1', T1, /Unknown rule set "national" \(known: stresa-rous@1\)/],
    ['stresa-rous@1', 'concorso.nope', /Unknown term "concorso.nope" in rule set "stresa-rous@1" \(known: concorso\./],
    ['stresa-rous@1', 'toString', /Unknown term "toString"/],
  ])('termRule(%p, %p) throws a clear error', (ref, termId, message) => {
    expect(() => termRule(ref, termId)).toThrow(message);
  });
});
