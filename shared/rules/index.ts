/**
 * Rule-set registry (DECISIONS D1). A procedure pins '<id>@<version>' at creation; lookups by that
 * reference must keep answering the same way for the life of the procedure, so published versions
 * are never edited, only added.
 */
import type { ProcedureKind, TermRule } from '../calendar/terms';
import { nationalV1, nationalV2, nationalV3 } from './national';
import { loadRuleSet, type Precondition, type RuleSet } from './schema';
import { stresaRousV1, stresaRousV2 } from './stresa-rous';

export { loadRuleSet, type Precondition, type RuleSet } from './schema';

// Validated once, at module load: a malformed rule set fails the cold start, not a running procedure.
const registry = new Map<string, RuleSet>(
  [stresaRousV1, stresaRousV2, nationalV1, nationalV2, nationalV3]
    .map(loadRuleSet)
    .map((rs) => [`${rs.id}@${rs.version}`, rs] as const),
);

const PROCEDURE_KINDS: readonly ProcedureKind[] = ['concorso', 'mobility', 'contract', 'discipline'];

/**
 * Default rule set per procedure family, pinned into each new procedure (D1): the local regulation
 * for recruitment (concorso), mobility and contract formation; national law for discipline, which
 * prevails over Allegato H. An entity may choose either.
 */
export const DEFAULT_RULE_SET = {
  concorso: 'stresa-rous@1',
  mobility: 'stresa-rous@2',
  contract: 'stresa-rous@1',
  discipline: 'national@2',
} as const satisfies Record<ProcedureKind, string>;

/**
 * The id of the exam-calendar notice term (art. 91 c.1, L1497), used by the exam-date check: the same
 * id in every rule set that has it.
 */
export const EXAM_NOTICE_TERM = 'concorso.examCalendarNotice';

/** Every registered rule set, in registration order. */
export function ruleSets(): { id: string; version: number; label: string }[] {
  return [...registry.values()].map(({ id, version, label }) => ({ id, version, label }));
}

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

/** Whether the rule set has the term (a term a later version added, e.g. national@2). */
export function hasTerm(ref: string, termId: string): boolean {
  return Object.hasOwn(ruleSet(ref).terms, termId);
}

/** The rule set's precondition, if it has it (e.g. national@3's mobility attempt before a concorso). */
export function precondition(ref: string, id: string): Precondition | undefined {
  const rs = ruleSet(ref);
  return Object.hasOwn(rs.preconditions, id) ? rs.preconditions[id] : undefined;
}

/**
 * The rule sets a new procedure of the kind may pin: those with every term the default set has for it
 * (national@1 has one concorso term, not a whole concorso), in registration order.
 */
export function completeRuleSetsFor(procedure: ProcedureKind): string[] {
  const needed = termsFor(DEFAULT_RULE_SET[procedure], procedure).map((t) => t.id);
  return [...registry.keys()].filter((ref) => needed.every((id) => hasTerm(ref, id)));
}

/** The references of the rule sets with terms for a procedure kind, e.g. for a form's choice. */
export function ruleSetRefsFor(procedure: ProcedureKind): string[] {
  return [...registry.keys()].filter((ref) => termsFor(ref, procedure).length > 0);
}

/** The terms of one procedure kind in a rule set, in the set's order. */
export function termsFor(ref: string, procedure: ProcedureKind): TermRule[] {
  const rs = ruleSet(ref);
  if (!PROCEDURE_KINDS.includes(procedure)) {
    throw new Error(`Unknown procedure kind "${String(procedure)}" (known: ${PROCEDURE_KINDS.join(', ')})`);
  }
  return Object.values(rs.terms).filter((t) => t.procedures.includes(procedure));
}
