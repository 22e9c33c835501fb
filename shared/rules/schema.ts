/**
 * Rule sets are versioned data (DECISIONS D1): validated once at load, and every term must carry the
 * citation it comes from, so nothing reaches the term arithmetic without its legal basis.
 */
import { z } from 'zod';
import type { TermRule } from '../calendar/terms';

// 'L1441', 'L1441–L1443', 'L1639, L1884'.
const LINES = /^L\d+(?:[–-]L\d+)?(?:, ?L\d+(?:[–-]L\d+)?)*$/;

const citationBase = {
  article: z.string().min(1),
  paragraph: z.string().min(1).optional(),
  quote: z.string().min(1).optional(),
};

const citationSchema = z.discriminatedUnion('source', [
  z.strictObject({
    source: z.literal('seed'),
    file: z.string().min(1),
    lines: z.string().regex(LINES, { message: "expected seed line references like 'L1441' or 'L1441–L1443'" }),
    law: z.string().min(1).optional(),
    ...citationBase,
  }),
  z.strictObject({
    source: z.literal('external'),
    law: z.string().min(1),
    file: z.string().min(1).optional(),
    lines: z.string().min(1).optional(),
    ...citationBase,
  }),
]);

const termRuleSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  anchor: z.string().regex(/^[A-Z][A-Z0-9_]*$/, { message: 'expected an event code like GURI_PUBLICATION' }),
  kind: z.enum(['deadline', 'notBefore', 'minimumNotice']).default('deadline'),
  procedures: z.array(z.enum(['concorso', 'mobility', 'contract', 'discipline'])).min(1),
  quantity: z.number().int().positive(),
  unit: z.enum(['calendarDays', 'workingDays', 'months', 'years']),
  binds: z.enum(['privateParty', 'administration']),
  peremptory: z.boolean(),
  onExpiry: z.enum(['close', 'lapse', 'escalate', 'silentAssent', 'reminderOnly']),
  reminders: z
    .array(
      z.strictObject({ daysBefore: z.number().int().min(0), to: z.enum(['responsibleOfficer', 'procedureAuthority']) }),
    )
    .refine((rs) => new Set(rs.map((r) => `${r.daysBefore}/${r.to}`)).size === rs.length, {
      message: 'duplicate reminder',
    }),
  citation: citationSchema,
});

/** A condition an act needs before it may be taken (e.g. the mobility attempt before a concorso). */
const preconditionSchema = z.strictObject({
  id: z.string().min(1),
  label: z.string().min(1),
  procedures: z.array(z.enum(['concorso', 'mobility', 'contract', 'discipline'])).min(1),
  citation: citationSchema,
});

const ruleSetSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'expected a lowercase id like stresa-rous' }),
    version: z.number().int().positive(),
    label: z.string().min(1),
    terms: z.record(z.string().min(1), termRuleSchema),
    preconditions: z.record(z.string().min(1), preconditionSchema).default({}),
  })
  .superRefine((rs, ctx) => {
    // The key is how procedures look a term up; a mismatched id would trace under the wrong name.
    for (const [section, entries] of [
      ['terms', rs.terms],
      ['preconditions', rs.preconditions],
    ] as const) {
      for (const [key, entry] of Object.entries(entries)) {
        if (entry.id !== key) {
          ctx.addIssue({
            code: 'custom',
            path: [section, key, 'id'],
            message: `id "${entry.id}" differs from its key`,
          });
        }
      }
    }
  });

export type Precondition = z.infer<typeof preconditionSchema>;

export interface RuleSet {
  id: string;
  version: number;
  label: string;
  terms: Readonly<Record<string, TermRule>>;
  preconditions: Readonly<Record<string, Precondition>>;
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out || '(root)';
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Validates raw rule-set data; throws an Error naming every offending path and its problem. */
export function loadRuleSet(raw: unknown): RuleSet {
  const parsed = ruleSetSchema.safeParse(raw);
  if (!parsed.success) {
    const r = raw as { id?: unknown; version?: unknown } | null;
    const name = typeof r?.id === 'string' ? `"${r.id}@${String(r.version)}"` : '(without id)';
    const problems = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ');
    throw new Error(`Invalid rule set ${name}: ${problems}`);
  }
  return deepFreeze(parsed.data);
}
