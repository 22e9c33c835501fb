import { DEFAULT_RULE_SET, loadRuleSet, ruleSet, termRule } from '../../../shared/rules';
import { nationalV1 } from '../../../shared/rules/national';
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
  it('defaults: stresa-rous@1 for concorso and contract, @2 for mobility; national@2 for discipline', () => {
    expect(DEFAULT_RULE_SET).toEqual({
      concorso: 'stresa-rous@1',
      mobility: 'stresa-rous@2',
      contract: 'stresa-rous@1',
      discipline: 'national@2',
    });
    expect(ruleSet(DEFAULT_RULE_SET.concorso).label).toMatch(/Stresa/);
    expect(ruleSet(DEFAULT_RULE_SET.discipline).label).toMatch(/D\.Lgs\. 165\/2001/);
  });

  it.each([
    ['stresa-rous', 'nope', /Invalid rule set reference "stresa-rous"/],
    ['stresa-rous@0', 'nope', /Invalid rule set reference "stresa-rous@0"/],
    ['stresa-rous@3', T1, /Unknown version 3 of rule set "stresa-rous" \(known: 1, 2\)/],
    [
      'regional@1',
      T1,
      /Unknown rule set "regional" \(known: stresa-rous@1, stresa-rous@2, national@1, national@2, national@3\)/,
    ],
    ['national@4', T1, /Unknown version 4 of rule set "national" \(known: 1, 2, 3\)/],
    [
      'national@1',
      T1,
      /Unknown term "concorso.applicationDeadline" in rule set "national@1" \(known: concorso.oralNotice, /,
    ],
    ['stresa-rous@1', 'concorso.nope', /Unknown term "concorso.nope" in rule set "stresa-rous@1" \(known: concorso\./],
    ['stresa-rous@1', 'toString', /Unknown term "toString"/],
  ])('termRule(%p, %p) throws a clear error', (ref, termId, message) => {
    expect(() => termRule(ref, termId)).toThrow(message);
  });
});

describe('loadRuleSet: the new entries are refused when malformed, with path and problem', () => {
  const C = 'discipline.contestation';
  const N = 'Invalid rule set "national@1": ';
  const national = (change: (raw: Raw) => void): unknown => {
    const raw = structuredClone(nationalV1);
    change(raw);
    return raw;
  };

  it('accepts national@1 as shipped', () => {
    expect(loadRuleSet(structuredClone(nationalV1))).toMatchObject({ id: 'national', version: 1 });
  });

  it.each([
    [
      "art. 55-bis c. 4 cited as a seed line (D1: outside the seeds is 'external')",
      (r: Raw) => {
        r.terms[C].citation.source = 'seed';
      },
      `${N}terms["${C}"].citation.file: Invalid input: expected string, received undefined; terms["${C}"].citation.lines: Invalid input: expected string, received undefined`,
    ],
    [
      'external citation with an empty law',
      (r: Raw) => {
        r.terms[C].citation.law = '';
      },
      `${N}terms["${C}"].citation.law: Too small: expected string to have >=1 characters`,
    ],
    [
      'procedure out of scope (D6)',
      (r: Raw) => {
        r.terms[C].procedures = ['harassment'];
      },
      `${N}terms["${C}"].procedures[0]: Invalid option: expected one of "concorso"|"mobility"|"contract"|"discipline"`,
    ],
    [
      'no procedure',
      (r: Raw) => {
        r.terms[C].procedures = [];
      },
      `${N}terms["${C}"].procedures: Too small: expected array to have >=1 items`,
    ],
    [
      'unknown kind',
      (r: Raw) => {
        r.terms[C].kind = 'maximum';
      },
      `${N}terms["${C}"].kind: Invalid option: expected one of "deadline"|"notBefore"|"minimumNotice"`,
    ],
    [
      "onExpiry in Italian instead of 'lapse'",
      (r: Raw) => {
        r.terms[C].onExpiry = 'decadenza';
      },
      `${N}terms["${C}"].onExpiry: Invalid option: expected one of "close"|"lapse"|"escalate"|"silentAssent"|"reminderOnly"`,
    ],
    [
      'binds the employee (D2 knows privateParty and administration)',
      (r: Raw) => {
        r.terms[C].binds = 'employee';
      },
      `${N}terms["${C}"].binds: Invalid option: expected one of "privateParty"|"administration"`,
    ],
    [
      'reminder to the UPD by name instead of procedureAuthority',
      (r: Raw) => {
        r.terms[C].reminders[0].to = 'UPD';
      },
      `${N}terms["${C}"].reminders[0].to: Invalid option: expected one of "responsibleOfficer"|"procedureAuthority"`,
    ],
    [
      'the same reminder twice',
      (r: Raw) => {
        r.terms[C].reminders.push({ daysBefore: 7, to: 'procedureAuthority' });
      },
      `${N}terms["${C}"].reminders: duplicate reminder`,
    ],
    [
      'anchor not an event code',
      (r: Raw) => {
        r.terms[C].anchor = 'upd knowledge';
      },
      `${N}terms["${C}"].anchor: expected an event code like GURI_PUBLICATION`,
    ],
    [
      'zero quantity',
      (r: Raw) => {
        r.terms[C].quantity = 0;
      },
      `${N}terms["${C}"].quantity: Too small: expected number to be >0`,
    ],
    [
      'peremptory as text',
      (r: Raw) => {
        r.terms[C].peremptory = 'yes';
      },
      `${N}terms["${C}"].peremptory: Invalid input: expected boolean, received string`,
    ],
    [
      'rule-set id not lowercase',
      (r: Raw) => {
        r.id = 'National';
      },
      'Invalid rule set "National@1": id: expected a lowercase id like stresa-rous',
    ],
  ])('national@1: refuses %s', (_what, change, message) => {
    expect(() => loadRuleSet(national(change))).toThrow(message);
  });

  it('stresa-rous@1: a list-item paragraph still needs its seed lines (art. 80 c. 2, lett. f), L1330)', () => {
    const raw = mutated((r) => {
      r.terms['mobility.secondedInquadramento'].citation.lines = 'line 1330';
    });
    expect(() => loadRuleSet(raw)).toThrow(
      `terms["mobility.secondedInquadramento"].citation.lines: expected seed line references like 'L1441' or 'L1441–L1443'`,
    );
  });

  it('a mutation of one term touches no other (no shared arrays in the raw data)', () => {
    const raw = national((r) => {
      r.terms[C].reminders.push({ daysBefore: 7, to: 'procedureAuthority' });
    });
    expect(() => loadRuleSet(raw)).toThrow(
      /^Invalid rule set "national@1": terms\["discipline\.contestation"\]\.reminders: duplicate reminder$/,
    );
  });
});
