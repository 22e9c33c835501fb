/**
 * Classification of a disciplinary case (spec disciplinary-mobility-other.md §2.3, §2.5, §2.10, §2.19):
 * each charge's sanction range after the recidivism ladder, the most serious of them (art. 3 c.3,
 * L3534), the track and the competent authority under the chosen rule set (DECISIONS D1, D4), and the
 * checks on the sanction imposed or agreed (V-PD-02, V-PD-09, V-PD-13, V-PD-14).
 *
 * Pure: dates are 'YYYY-MM-DD' strings, no clock is read. Every explanation and message is Italian
 * and ends with its citation.
 *
 * Defaults of the spec applied here (§14):
 *  - A-6: a prior sanction counts if irrogated within two years before the new fact (same calendar
 *    date two years earlier, clamped, D2) and not after it; "almeno tre volte nell'anno" is at least
 *    three prior sanctioned cases of c.6/c.7 in the 365 days before the fact.
 *  - G-7 / R-REC-4: a verbal reprimand leaves no written trace (L3519) and never counts.
 *  - A-7: ranges whose maximum is a special sanction (SO15-COLL, SO3M-DANNO, SO3M-OMESSA,
 *    DISPONIBILITA) go to the UPD.
 *  - C-10: refusal to collaborate with the disciplinary authority is INF-COLL (art. 6 c.7), not INF-6f.
 *  - G-6: the UPD may impose any sanction of the range, also one the Segretario could have imposed.
 */
import { addDays, addMonthsClamped, diffDays, type IsoDate, parseIsoDate } from '../../calendar/dates';
import type { Citation } from '../../calendar/terms';
import { italianDate } from '../../notify/email';
import {
  codesInRange,
  infraction,
  inRange,
  isSanctionCode,
  moreSerious,
  type Quantity,
  type QuantityUnit,
  SANCTIONS,
  type SanctionCode,
  type SanctionRange,
  severity,
} from './catalogue';

export type { SanctionCode } from './catalogue';

export type Regime = 'stresa-rous' | 'national';
/** 'UPD' is the single track of the national regime (art. 55-bis c.2 D.Lgs. 165/2001). */
export type Track = 'PD_V' | 'PD_MIN' | 'PD_MAJ' | 'UPD';
export type Authority = 'RESP_SERVIZIO' | 'SEGRETARIO' | 'UPD';

/**
 * A sanction in the employee's file (PersonnelSanctionRecord, §2.18). `infractionIds` lists the charged
 * infractions and, where the charge was requalified by recidivism, the applied one too, so the ladder
 * sees both (e.g. ['INF-4a', 'INF-6a']).
 */
export interface SanctionRecord {
  caseId: string;
  sanctionCode: SanctionCode;
  quantity?: number;
  unit?: QuantityUnit;
  irrogationDate: string;
  infractionIds: string[];
}

export interface ChargeInput {
  infractionId: string;
  factDate: string;
  /**
   * C-10: the false/reticent or refused testimony (INF-6f) is a refusal to collaborate with the
   * disciplinary authority in a pending case, so art. 6 c.7 (INF-COLL) applies.
   */
  refusalToCollaborate?: boolean;
}

export interface Escalation {
  /** The seed rule applied (several joined with ' + ' when the ladder climbs more than one step). */
  rule: string;
  /** Italian, without the citation (which is `citation`). */
  explanation: string;
  priorCaseIds: string[];
  citation: Citation;
}

export interface ChargeClassification {
  infractionId: string;
  appliedInfractionId: string;
  range: { min: SanctionCode; max: SanctionCode };
  escalation?: Escalation;
}

export interface Classification {
  regime: Regime;
  track: Track;
  authority: Authority;
  charges: ChargeClassification[];
  maxSanction: SanctionCode;
  dismissalPossible: boolean;
  /** Italian sentences, each ending with its citation. */
  explanation: string[];
}

export interface SanctionChoice {
  code: SanctionCode;
  quantity?: number;
  unit?: QuantityUnit;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface ClassifyOptions {
  regime: Regime;
  /** The competent manager intends only a verbal reprimand. */
  verbalOnly?: boolean;
  employeeIsResponsabileServizio?: boolean;
}

// ------------------------------------------------------------------ citations

const SEED = '004_29fc22527282130e.txt';
const LAW_165 = 'D.Lgs. 165/2001 (come modificato dal D.Lgs. 75/2017)';
const seed = (article: string, paragraph: string, lines: string): Citation => ({
  source: 'seed',
  file: SEED,
  article,
  paragraph,
  lines,
});
const national = (paragraph: string): Citation => ({
  source: 'external',
  law: LAW_165,
  article: 'art. 55-bis',
  paragraph,
});

const CIT = {
  minorCompetence: seed('All. H art. 2', 'c. 1', 'L3515'),
  majorCompetence: seed('All. H art. 2', 'c. 2', 'L3517'),
  verbalCompetence: seed('All. H art. 2', 'c. 3', 'L3519'),
  priorsInBiennio: seed('All. H art. 3', 'c. 1, lett. e)', 'L3529'),
  recidivism: seed('All. H art. 3', 'c. 2', 'L3532'),
  mostSerious: seed('All. H art. 3', 'c. 3', 'L3534'),
  statutoryPrevails: seed('All. H art. 3', 'c. 14', 'L3635'),
  collaboration: seed('All. H art. 6', 'c. 7', 'L3683'),
  noContestationForVerbal: seed('All. H art. 6', 'c. 11', 'L3691'),
  conciliation: seed('All. H art. 8', 'c. 2', 'L3705'),
  agreedSanction: seed('All. H art. 8', 'c. 3', 'L3707'),
  damagesSubsidiary: seed('All. H art. 12', 'c. 1', 'L3745'),
  nationalVerbal: national('c. 1'),
  nationalUpd: national('c. 2'),
} satisfies Record<string, Citation>;

/** "All. H art. 3 c. 4, lett. a), L3538" / "art. 55-bis c. 2 D.Lgs. 165/2001 (…)". */
export function cite(c: Citation): string {
  const where = [c.article, c.paragraph].filter(Boolean).join(' ');
  return c.source === 'external' ? `${where} ${c.law}` : `${where}, ${c.lines}`;
}
const sentence = (text: string, ...citations: Citation[]) => `${text} (${citations.map(cite).join('; ')}).`;
const ruleSentence = (ruleId: string, text: string, ...citations: Citation[]) =>
  `${text} (${ruleId}; ${citations.map(cite).join('; ')}).`;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function rangeText(range: SanctionRange): string {
  return range.min === range.max
    ? SANCTIONS[range.min].label
    : `da ${SANCTIONS[range.min].label} a ${SANCTIONS[range.max].label}`;
}

// ------------------------------------------------------------------ recidivism (§2.5)

const idsOf = (prefix: string, letters: string) => [...letters].map((l) => `${prefix}${l}`);
const C4 = idsOf('INF-4', 'abcdef');
const C6 = idsOf('INF-6', 'abcdefghijkl');
const C7 = idsOf('INF-7', 'abcdef');
const C6_C7 = [...C6, ...C7];

/** R-REC-4, G-7: a verbal reprimand leaves no written trace in the file (L3519), so it never counts. */
export function countsForRecidivism(r: SanctionRecord): boolean {
  return r.sanctionCode !== 'RV';
}

/** R-REC-1 (A-6): irrogated within the two years before the fact, and not after it. */
function inBiennio(r: SanctionRecord, factDate: IsoDate): boolean {
  return r.irrogationDate <= factDate && r.irrogationDate >= addMonthsClamped(factDate, -24);
}
/** R-REC-2 (A-6): "nell'anno" read as the 365 days before the fact. */
function inYear(r: SanctionRecord, factDate: IsoDate): boolean {
  return r.irrogationDate <= factDate && r.irrogationDate >= addDays(factDate, -365);
}
const involves = (r: SanctionRecord, ids: readonly string[]) => r.infractionIds.some((id) => ids.includes(id));

interface RecidivismRule {
  /** The seed provision, e.g. 'art. 3 c. 6, lett. a)'. */
  rule: string;
  /** Applied infractions this rule requalifies. */
  from: readonly string[];
  window: 'biennio' | 'anno';
  /** Distinct prior cases needed. */
  minCases: number;
  matches: (r: SanctionRecord) => boolean;
  to: string;
  /** When the infraction stays the same and only its range changes (INF-CERT). */
  range?: SanctionRange;
  /** Italian: the condition met. */
  text: string;
  citation: Citation;
}

/** The prior sanction was the maximum of its kind (e.g. MU of 4 hours); without a quantity it is not. */
function reachesMaximum(r: SanctionRecord, code: SanctionCode): boolean {
  const bounds = SANCTIONS[code].bounds!;
  if (r.sanctionCode !== code || r.quantity === undefined) return false;
  return !fallsShort(bounds.max, { quantity: r.quantity, unit: r.unit ?? bounds.units[0] });
}

// The ladder of R-REC-2. Evaluated repeatedly until no rule raises the range (a requalified c.4
// infraction is a c.6 one and can climb again); the most serious outcome wins at each step.
const RECIDIVISM_RULES: readonly RecidivismRule[] = [
  {
    rule: 'art. 3 c. 6, lett. a)',
    from: C4,
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, C4) && reachesMaximum(r, 'MU'),
    to: 'INF-6a',
    text: 'recidiva nel biennio in mancanze del comma 4 già sanzionate con il massimo della multa (4 ore)',
    citation: seed('All. H art. 3', 'c. 6, lett. a)', 'L3554'),
  },
  {
    rule: 'art. 3 c. 7, lett. a)',
    from: C6,
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, C6) && reachesMaximum(r, 'SO10'),
    to: 'INF-7a',
    text: 'recidiva nel biennio in mancanze del comma 6 già sanzionate con il massimo della sospensione (10 giorni)',
    citation: seed('All. H art. 3', 'c. 7, lett. a)', 'L3580'),
  },
  {
    rule: 'art. 3 c. 10, lett. a)',
    from: C6_C7,
    window: 'anno',
    minCases: 3,
    matches: (r) => involves(r, C6_C7),
    to: 'INF-10a',
    text: "recidiva plurima: almeno tre mancanze dei commi 6 e 7, anche di diversa natura, sanzionate nell'anno precedente il fatto",
    citation: seed('All. H art. 3', 'c. 10, lett. a)', 'L3598'),
  },
  {
    rule: 'art. 3 c. 10, lett. a)',
    from: C6_C7,
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, C6_C7) && reachesMaximum(r, 'SO6M'),
    to: 'INF-10a',
    text: 'recidiva nel biennio in una mancanza dei commi 6 e 7 già sanzionata con il massimo di sei mesi di sospensione',
    citation: seed('All. H art. 3', 'c. 10, lett. a)', 'L3598'),
  },
  {
    rule: 'art. 3 c. 10, lett. b)',
    from: ['INF-7c'],
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, ['INF-7c']),
    to: 'INF-10b',
    text: "recidiva nell'occultamento di illecito uso, manomissione, distrazione o sottrazione di somme o beni dell'ente",
    citation: seed('All. H art. 3', 'c. 10, lett. b)', 'L3600'),
  },
  {
    rule: 'art. 3 c. 10, lett. e)',
    from: ['INF-7d'],
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, ['INF-7d']),
    to: 'INF-10e',
    text: 'perdurare nel biennio della situazione di insufficiente rendimento o di grave incapacità già sanzionata',
    citation: seed('All. H art. 3', 'c. 10, lett. e)', 'L3606'),
  },
  {
    rule: 'art. 3 c. 10, lett. f)',
    from: ['INF-7e'],
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, ['INF-7e']),
    to: 'INF-10f',
    text: 'recidiva nel biennio, anche verso persona diversa, di violenza morale o persecuzione psicologica',
    citation: seed('All. H art. 3', 'c. 10, lett. f)', 'L3608'),
  },
  {
    rule: 'art. 3 c. 10, lett. g)',
    from: ['INF-6j', 'INF-7f'],
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, ['INF-6j', 'INF-7f']),
    to: 'INF-10g',
    text: 'recidiva nel biennio di atti, comportamenti o molestie lesivi della dignità della persona',
    citation: seed('All. H art. 3', 'c. 10, lett. g)', 'L3610'),
  },
  {
    // "fatto salvo quanto previsto al successivo comma 11, lett. a)" (L3598): the more serious outcome wins.
    rule: 'art. 3 c. 11, lett. a)',
    from: ['INF-6h'],
    window: 'biennio',
    minCases: 3,
    matches: (r) => involves(r, ['INF-6h']),
    to: 'INF-11a',
    text: 'terza recidiva nel biennio di vie di fatto negli ambienti di lavoro',
    citation: seed('All. H art. 3', 'c. 11, lett. a)', 'L3620'),
  },
  {
    rule: 'art. 11 c. 4',
    from: ['INF-CERT'],
    window: 'biennio',
    minCases: 1,
    matches: (r) => involves(r, ['INF-CERT']),
    to: 'INF-CERT',
    range: { min: 'LD', max: 'LD' },
    text: 'reiterazione della mancata trasmissione telematica della certificazione medica',
    citation: seed('All. H art. 11', 'c. 4', 'L3737'),
  },
];

interface Step {
  rule: string;
  text: string;
  priors: SanctionRecord[];
  citation: Citation;
}

function priorText(p: SanctionRecord): string {
  const q =
    p.quantity === undefined
      ? ''
      : ` (${quantityText({ quantity: p.quantity, unit: p.unit ?? SANCTIONS[p.sanctionCode].bounds?.units[0] ?? 'DAYS' }, p.sanctionCode)})`;
  const name = SANCTIONS[p.sanctionCode].shortLabel.replace(/^(il|la) /, '');
  return `caso ${p.caseId} del ${italianDate(p.irrogationDate)}, ${name}${q}`;
}
const priorsText = (priors: readonly SanctionRecord[]) => priors.map(priorText).join('; ');

function climbLadder(
  startId: string,
  factDate: IsoDate,
  counted: readonly SanctionRecord[],
): { id: string; range: SanctionRange; steps: Step[] } {
  let id = startId;
  let range = infraction(id).range;
  const steps: Step[] = [];
  for (;;) {
    let best: { rule: RecidivismRule; priors: SanctionRecord[]; range: SanctionRange } | undefined;
    for (const rule of RECIDIVISM_RULES) {
      if (!rule.from.includes(id)) continue;
      const within = rule.window === 'biennio' ? inBiennio : inYear;
      const priors = counted.filter((r) => within(r, factDate) && rule.matches(r));
      if (new Set(priors.map((p) => p.caseId)).size < rule.minCases) continue;
      const target = rule.range ?? infraction(rule.to).range;
      if (!best || severity(target.max) > severity(best.range.max)) best = { rule, priors, range: target };
    }
    // Each step strictly raises the range, so the ladder ends.
    if (!best || severity(best.range.max) <= severity(range.max)) break;
    const to = infraction(best.rule.to);
    steps.push({
      rule: best.rule.rule,
      text:
        to.id === id
          ? `${capitalise(best.rule.text)} — ${priorsText(best.priors)} — per ${id} si applica ${rangeText(best.range)}`
          : `${capitalise(best.rule.text)} — ${priorsText(best.priors)} — l'addebito ${id} è riqualificato come ${to.id}, ${rangeText(best.range)}`,
      priors: best.priors,
      citation: best.rule.citation,
    });
    id = to.id;
    range = best.range;
  }
  return { id, range, steps };
}

// ------------------------------------------------------------------ classification (§2.3)

function classifyCharge(
  charge: ChargeInput,
  counted: readonly SanctionRecord[],
  explanation: string[],
): ChargeClassification {
  const charged = infraction(charge.infractionId);
  const factDate = parseIsoDate(charge.factDate);
  explanation.push(
    sentence(
      `Addebito ${charged.id} (${charged.label}), fatto del ${italianDate(factDate)}: ${rangeText(charged.range)}${charged.note ? `. ${charged.note}` : ''}`,
      charged.citation,
    ),
  );

  const steps: Step[] = [];
  let startId = charged.id;
  if (charge.refusalToCollaborate) {
    if (charged.id === 'INF-6f') {
      // C-10: art. 6 c.7 (statutory origin) prevails over the contractual INF-6f.
      steps.push({
        rule: 'C-10',
        text: "La testimonianza rifiutata, falsa o reticente è un rifiuto di collaborare con l'autorità disciplinare procedente: prevale la norma di legge e l'addebito INF-6f è riqualificato come INF-COLL, sospensione fino a quindici giorni",
        priors: [],
        citation: CIT.collaboration,
      });
      startId = 'INF-COLL';
    } else if (charged.id !== 'INF-COLL') {
      throw new Error(
        `Il rifiuto di collaborare riguarda solo INF-6f o INF-COLL, non ${charged.id} (art. 6 c. 7 Allegato H, L3683)`,
      );
    }
  }

  const ladder = climbLadder(startId, factDate, counted);
  steps.push(...ladder.steps);
  let range = ladder.range;

  if (ladder.steps.length === 0) {
    const group = infraction(ladder.id).group;
    const sameComma = group === 'c4' ? C4 : group === 'c6' ? C6 : undefined;
    const priors = sameComma ? counted.filter((r) => inBiennio(r, factDate) && involves(r, sameComma)) : [];
    if (group === 'c4' && priors.length > 0) {
      // Art. 3 c.2 (L3532): recidivism in c.4 within two years requires a more serious sanction of the
      // same comma than the one already imposed; short of the maximum fine (INF-6a) that means the fine.
      range = { min: 'MU', max: 'MU' };
      steps.push({
        rule: 'art. 3 c. 2',
        text: `Recidiva nel biennio in mancanze del comma 4 già sanzionate — ${priorsText(priors)} — si applica una sanzione di maggiore gravità tra quelle del comma 4, cioè la multa, di entità superiore a quella eventualmente già irrogata`,
        priors,
        citation: CIT.recidivism,
      });
    } else if (group === 'c6' && priors.length > 0) {
      // Same rule for c.6: one code only, so the aggravation is in the number of days (not enforced here).
      explanation.push(
        sentence(
          `Recidiva nel biennio in mancanze del comma 6 già sanzionate — ${priorsText(priors)} — la sospensione deve essere di entità superiore a quella già irrogata`,
          CIT.recidivism,
        ),
      );
    }
  }

  // Seed rules are named by their citation already; the spec's own ids (C-10) are worth repeating.
  for (const s of steps) {
    explanation.push(
      s.rule.startsWith('art.') ? sentence(s.text, s.citation) : ruleSentence(s.rule, s.text, s.citation),
    );
  }

  const result: ChargeClassification = {
    infractionId: charged.id,
    appliedInfractionId: ladder.id,
    range: { min: range.min, max: range.max },
  };
  if (steps.length > 0) {
    const last = steps[steps.length - 1];
    result.escalation = {
      rule: steps.map((s) => s.rule).join(' + '),
      explanation: steps.map((s) => `${s.text}.`).join(' '),
      priorCaseIds: [...new Set(steps.flatMap((s) => s.priors.map((p) => p.caseId)))],
      citation: last.citation,
    };
  }
  return result;
}

function explainIgnoredPriors(history: readonly SanctionRecord[], factDates: IsoDate[], explanation: string[]) {
  for (const r of history) {
    const what = `Il precedente disciplinare (${priorText(r)})`;
    if (!countsForRecidivism(r)) {
      explanation.push(
        ruleSentence(
          'R-REC-4',
          `${what}: non rileva ai fini della recidiva, perché del rimprovero verbale nessun riscontro scritto deve figurare nel fascicolo personale`,
          CIT.verbalCompetence,
        ),
      );
    } else if (factDates.every((d) => !inBiennio(r, d))) {
      explanation.push(
        ruleSentence(
          'R-REC-1',
          `${what}: fuori dal biennio anteriore ai fatti contestati, non rileva ai fini della recidiva`,
          CIT.priorsInBiennio,
          CIT.recidivism,
        ),
      );
    }
  }
}

function hasRv(c: ChargeClassification): boolean {
  return inRange('RV', c.range);
}

export function classify(charges: ChargeInput[], history: SanctionRecord[], opts: ClassifyOptions): Classification {
  if (charges.length === 0) throw new Error('Per classificare il procedimento occorre almeno un addebito');
  for (const r of history) {
    parseIsoDate(r.irrogationDate);
    if (!isSanctionCode(r.sanctionCode)) throw new Error(`Codice di sanzione sconosciuto "${r.sanctionCode}"`);
  }
  const explanation: string[] = [];
  const counted = history.filter(countsForRecidivism);
  const classified = charges.map((ch) => classifyCharge(ch, counted, explanation));
  explainIgnoredPriors(
    history,
    charges.map((c) => c.factDate),
    explanation,
  );

  const maxSanction = classified.map((c) => c.range.max).reduce(moreSerious);
  const dismissalPossible = classified.some((c) => codesInRange(c.range).some((code) => SANCTIONS[code].dismissal));
  if (classified.length > 1) {
    explanation.push(
      sentence(
        `Più mancanze accertate in un unico procedimento: si applica la sanzione prevista per la più grave, fino a ${SANCTIONS[maxSanction].label}`,
        CIT.mostSerious,
      ),
    );
  }
  // C-8: the art. 55-quater dismissal prevails over the contractual grading of the same absences.
  const statutory = classified.filter((c) => ['c14', 'c15'].includes(infraction(c.appliedInfractionId).group));
  const superseded = classified.filter((c) => ['INF-6c', 'INF-7b', 'INF-10d'].includes(c.appliedInfractionId));
  if (statutory.length > 0 && superseded.length > 0) {
    explanation.push(
      sentence(
        `La graduazione contrattuale di ${superseded.map((c) => c.appliedInfractionId).join(', ')} è superata: si applica comunque il licenziamento previsto per ${statutory.map((c) => c.appliedInfractionId).join(', ')}`,
        CIT.statutoryPrevails,
      ),
    );
  }
  if (classified.length > 1 && classified.some((c) => c.appliedInfractionId === 'INF-DANNO')) {
    explanation.push(
      sentence(
        "La sospensione per la condanna del Comune al risarcimento si applica solo ove non ricorrano i presupposti per l'applicazione di un'altra sanzione disciplinare",
        CIT.damagesSubsidiary,
      ),
    );
  }

  const verbal = opts.verbalOnly === true && classified.every(hasRv);
  if (opts.verbalOnly && !verbal) {
    const without = classified.filter((c) => !hasRv(c)).map((c) => c.appliedInfractionId);
    explanation.push(
      sentence(
        `Il solo rimprovero verbale non è applicabile: per ${without.join(', ')} non è previsto`,
        opts.regime === 'national' ? CIT.nationalVerbal : CIT.verbalCompetence,
      ),
    );
  }

  let track: Track;
  let authority: Authority;
  if (verbal) {
    track = 'PD_V';
    // The Responsabile del servizio; the Segretario when the employee is himself a Responsabile (L3519).
    // National law says "responsabile della struttura": for a Responsabile di Servizio, the Segretario.
    authority = opts.employeeIsResponsabileServizio ? 'SEGRETARIO' : 'RESP_SERVIZIO';
    const who =
      authority === 'SEGRETARIO'
        ? 'al Segretario Comunale, essendo il dipendente Responsabile di Servizio'
        : opts.regime === 'national'
          ? 'al responsabile della struttura presso cui presta servizio il dipendente'
          : 'al Responsabile del servizio cui appartiene il dipendente';
    explanation.push(
      sentence(
        `Procedimento per il solo rimprovero verbale: la competenza spetta ${who}; nessun riscontro scritto figura nel fascicolo personale`,
        opts.regime === 'national' ? CIT.nationalVerbal : CIT.verbalCompetence,
      ),
    );
  } else if (opts.regime === 'national') {
    track = 'UPD';
    authority = 'UPD';
    explanation.push(
      sentence(
        "Sanzione superiore al rimprovero verbale: il procedimento è di competenza dell'Ufficio per i procedimenti disciplinari",
        CIT.nationalUpd,
      ),
    );
  } else if (SANCTIONS[maxSanction].kind === 'ordinary' && severity(maxSanction) <= severity('SO10')) {
    track = 'PD_MIN';
    authority = 'SEGRETARIO';
    explanation.push(
      sentence(
        `Sanzione massima applicabile ${SANCTIONS[maxSanction].label}, non superiore alla sospensione fino a dieci giorni: infrazione di minore gravità, di competenza del Segretario Comunale`,
        CIT.minorCompetence,
      ),
    );
  } else {
    track = 'PD_MAJ';
    authority = 'UPD';
    const straddles = SANCTIONS[maxSanction].kind === 'special';
    explanation.push(
      sentence(
        `Sanzione massima applicabile ${SANCTIONS[maxSanction].label}${straddles ? ' (sanzione speciale: assegnata per default in base al suo massimo, A-7)' : ''}: infrazione di maggiore gravità, di competenza dell'Ufficio competente per i procedimenti disciplinari`,
        CIT.majorCompetence,
      ),
    );
  }

  return {
    regime: opts.regime,
    track,
    authority,
    charges: classified,
    maxSanction,
    dismissalPossible,
    explanation,
  };
}

// ------------------------------------------------------------------ sanction checks (§2.19)

// Month lengths vary: n months last between the shortest and the longest n-month span of a four-year
// cycle (leap year included). A quantity is out of bounds only if it is out for every start date.
const monthSpans = new Map<number, [number, number]>();
function monthSpan(n: number): [number, number] {
  let span = monthSpans.get(n);
  if (!span) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = 0;
    for (let m = 0; m < 48; m++) {
      const start = addMonthsClamped('2024-01-01', m);
      const days = diffDays(addMonthsClamped(start, n), start);
      lo = Math.min(lo, days);
      hi = Math.max(hi, days);
    }
    span = [lo, hi];
    monthSpans.set(n, span);
  }
  return span;
}
/** Bounds in days (hours stay hours: only the fine uses them). */
function span(q: Quantity): [number, number] {
  return q.unit === 'MONTHS' ? monthSpan(q.quantity) : [q.quantity, q.quantity];
}
/** `q` is certainly above `max`. */
function exceeds(max: Quantity, q: Quantity): boolean {
  return span(q)[0] > span(max)[1];
}
/** `q` is certainly below `min`. */
function fallsShort(min: Quantity, q: Quantity): boolean {
  return span(q)[1] < span(min)[0];
}

function quantityText(q: Quantity, code: SanctionCode): string {
  const n = q.quantity;
  switch (q.unit) {
    case 'HOURS':
      return `${n === 1 ? '1 ora' : `${n} ore`}${code === 'MU' ? ' di retribuzione' : ''}`;
    case 'DAYS':
      return n === 1 ? '1 giorno' : `${n} giorni`;
    case 'MONTHS':
      return n === 1 ? '1 mese' : `${n} mesi`;
  }
}
const UNIT_TEXT: Record<QuantityUnit, string> = { HOURS: 'ore', DAYS: 'giorni', MONTHS: 'mesi' };

/** V-PD-09: the quantity within the bounds of the sanction (L3506-3508, L3683, L3745, L3749). */
function quantityErrors(s: SanctionChoice): FieldError[] {
  const def = SANCTIONS[s.code];
  const Label = capitalise(def.shortLabel);
  const msg = (text: string) => ruleSentence('V-PD-09', text, def.citation);
  if (!def.bounds) {
    return s.quantity !== undefined || s.unit !== undefined
      ? [{ field: 'quantity', message: msg(`${Label} non prevede un'entità: non indicare quantità né unità`) }]
      : [];
  }
  const { min, max, units } = def.bounds;
  const unit = s.unit ?? (units.length === 1 ? units[0] : undefined);
  const errors: FieldError[] = [];
  if (unit === undefined) {
    errors.push({
      field: 'unit',
      message: msg(`Per ${def.shortLabel} indicare l'unità di misura (${units.map((u) => UNIT_TEXT[u]).join(' o ')})`),
    });
  } else if (!units.includes(unit)) {
    errors.push({
      field: 'unit',
      message: msg(`${Label} si esprime in ${units.map((u) => UNIT_TEXT[u]).join(' o ')}, non in ${UNIT_TEXT[unit]}`),
    });
  }
  if (s.quantity === undefined) {
    errors.push({ field: 'quantity', message: msg(`Per ${def.shortLabel} indicare l'entità`) });
  } else if (!Number.isInteger(s.quantity) || s.quantity <= 0) {
    errors.push({
      field: 'quantity',
      message: msg(`L'entità indicata per ${def.shortLabel} deve essere un numero intero positivo`),
    });
  } else if (unit !== undefined && units.includes(unit)) {
    const q = { quantity: s.quantity, unit };
    if (exceeds(max, q)) {
      errors.push({ field: 'quantity', message: msg(`${Label} non può superare ${quantityText(max, s.code)}`) });
    } else if (fallsShort(min, q)) {
      errors.push({
        field: 'quantity',
        message: msg(`${Label} non può essere inferiore a ${quantityText(min, s.code)}`),
      });
    }
  }
  return errors;
}

function chargeCitation(c: ChargeClassification): Citation {
  return c.escalation?.citation ?? infraction(c.appliedInfractionId).citation;
}

/** V-PD-09 / V-PD-14: the code is of a kind provided for at least one charge. */
function rangeErrors(
  code: SanctionCode,
  c: Classification,
  ruleId: string,
  lead: string,
  ...extra: Citation[]
): FieldError[] {
  if (c.charges.some((ch) => inRange(code, ch.range))) return [];
  const provided = c.charges.map((ch) => `${ch.appliedInfractionId}: ${rangeText(ch.range)}`).join('; ');
  return [
    {
      field: 'code',
      message: ruleSentence(
        ruleId,
        `${lead} ${SANCTIONS[code].label} non è prevista per gli addebiti contestati (${provided})`,
        ...extra,
        ...uniqueCitations(c.charges.map(chargeCitation)),
      ),
    },
  ];
}

function uniqueCitations(cs: Citation[]): Citation[] {
  const seen = new Set<string>();
  return cs.filter((x) => {
    const k = cite(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** V-PD-02: the authority of the track may impose the code. */
function competenceErrors(code: SanctionCode, c: Classification): FieldError[] {
  const label = SANCTIONS[code].shortLabel;
  const nationalRegime = c.regime === 'national';
  const err = (text: string, ...citations: Citation[]) => [
    { field: 'code', message: ruleSentence('V-PD-02', text, ...citations) },
  ];
  switch (c.track) {
    case 'PD_V':
      return code === 'RV'
        ? []
        : err(
            `Nel procedimento per il solo rimprovero verbale non può essere irrogato ${label}: occorrono la contestazione scritta dell'addebito e il contraddittorio`,
            nationalRegime ? CIT.nationalVerbal : CIT.verbalCompetence,
            CIT.noContestationForVerbal,
          );
    case 'PD_MIN':
      if (code === 'RV') {
        return err(
          'Il rimprovero verbale si irroga nel procedimento per il solo rimprovero verbale, non in quello per le infrazioni di minore gravità',
          CIT.verbalCompetence,
        );
      }
      return ['RS', 'MU', 'SO10'].includes(code)
        ? []
        : err(
            `Il Segretario Comunale può irrogare solo il rimprovero scritto, la multa o la sospensione fino a dieci giorni; ${label} è di competenza dell'Ufficio competente per i procedimenti disciplinari`,
            CIT.minorCompetence,
            CIT.majorCompetence,
          );
    case 'PD_MAJ':
    case 'UPD':
      // G-6: below SO6M is allowed after the investigation; the verbal reprimand is not the UPD's.
      return code === 'RV'
        ? err(
            `Il rimprovero verbale non è irrogato dall'Ufficio per i procedimenti disciplinari: compete al ${nationalRegime ? 'responsabile della struttura' : 'Responsabile del servizio'}`,
            nationalRegime ? CIT.nationalVerbal : CIT.verbalCompetence,
          )
        : [];
  }
}

/** [] when valid: competence of the track (V-PD-02), kind within a charge's range and quantity within bounds (V-PD-09). */
export function checkSanction(s: SanctionChoice, c: Classification): FieldError[] {
  if (!isSanctionCode(s.code)) return [{ field: 'code', message: `Codice di sanzione sconosciuto "${s.code}"` }];
  return [...competenceErrors(s.code, c), ...rangeErrors(s.code, c, 'V-PD-09', 'La sanzione'), ...quantityErrors(s)];
}

/** V-PD-13: no conciliation where a dismissal is provided for any charge (art. 8 c.2, L3705). */
export function conciliationAllowed(c: Classification): { allowed: true } | { allowed: false; reason: string } {
  if (c.track === 'PD_V') {
    return {
      allowed: false,
      reason: ruleSentence(
        'V-PD-13',
        "Nel procedimento per il solo rimprovero verbale non c'è contestazione dell'addebito, dalla quale decorre il termine della conciliazione",
        CIT.conciliation,
        CIT.noContestationForVerbal,
      ),
    };
  }
  const withDismissal = c.charges.filter((ch) => codesInRange(ch.range).some((code) => SANCTIONS[code].dismissal));
  if (withDismissal.length > 0) {
    return {
      allowed: false,
      reason: ruleSentence(
        'V-PD-13',
        `La conciliazione non è ammessa: per ${withDismissal.map((ch) => ch.appliedInfractionId).join(', ')} è prevista la sanzione del licenziamento`,
        CIT.conciliation,
      ),
    };
  }
  return { allowed: true };
}

/** V-PD-14: the agreed sanction is of a kind provided for the infraction, within its bounds; [] when valid. */
export function agreedSanctionAllowed(s: SanctionChoice, c: Classification): FieldError[] {
  if (!isSanctionCode(s.code)) return [{ field: 'code', message: `Codice di sanzione sconosciuto "${s.code}"` }];
  const conciliation = conciliationAllowed(c);
  if (!conciliation.allowed) return [{ field: 'code', message: conciliation.reason }];
  return [
    ...rangeErrors(
      s.code,
      c,
      'V-PD-14',
      "La sanzione concordata non può essere di specie diversa da quella prevista per l'infrazione: la sanzione",
      CIT.agreedSanction,
    ),
    ...quantityErrors(s),
  ];
}
