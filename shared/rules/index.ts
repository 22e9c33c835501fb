/**
 * Rule-set registry (DECISIONS D1). A procedure pins '<id>@<version>' at creation; lookups by that
 * reference must keep answering the same way for the life of the procedure, so published versions
 * are never edited, only added.
 */
import type { TermRule } from '../calendar/terms';
import { loadRuleSet, type RuleSet } from './schema';
import { stresaRousV1 } from './stresa-rous';

export { loadRuleSet, type RuleSet } from './schema';

// Validated once, at module load: a malformed rule set fails the cold start, not a running procedure.
const registry = new Map<string, RuleSet>(
  [stresaRousV1].map(loadRuleSet).map((rs) => [`${rs.id}@${rs.version}`, rs] as const),
);

/** Default rule set per procedure family, pinned into each new procedure (D1). */
export const DEFAULT_RULE_SET = { concorso: 'stresa-rous@1' } as const;

export function ruleSet(ref: string): RuleSet {
  const m = /^([a-z][a-z0-9-]*)@([1-9]\d*)$/.exec(ref);
  if (!m) throw new Error(`Invalid rule set reference "${ref}": expected "<id>@<version>", e.g. "stresa-rous@1"`);
  const found = registry.get(ref);
  if (found) return found;
  const versions = [...registry.values()].filter((rs) => rs.id === m[1]).map((rs) => rs.version);
  throw new Error(
    versions.length > 0
      ? `Unknown version ${m[2]} of rule set "${m[1]}" (known: ${versions.join(', ')})`
      : `Unknown rule set "${m[1]}" (known: ${[...registry.keys()].join(', ')})`,
  );
}

export function termRule(ref: string, termId: string): TermRule {
  const rs = ruleSet(ref);
  // hasOwn: 'toString' and friends are not terms.
  const term = Object.hasOwn(rs.terms, termId) ? rs.terms[termId] : undefined;
  if (!term)
    throw new Error(`Unknown term "${termId}" in rule set "${ref}" (known: ${Object.keys(rs.terms).join(', ')})`);
  return term;
}
