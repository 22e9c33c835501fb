/**
 * Disciplinary sanction scale and codice disciplinare (spec disciplinary-mobility-other.md §2.2, §2.4),
 * as frozen data: every entry carries the seed line it comes from (004_29fc22527282130e.txt, Allegato H
 * unless stated). Pure: no I/O.
 *
 * Ranges are pairs of sanction codes. Ordinary sanctions (art. 1, lett. a-h) form a scale: a range
 * {RS, SO6M} admits every ordinary code in between. The special sanctions outside the scale (art. 6
 * c.7, art. 12, Allegato T art. 16) are their own kind: a range admits one only when it names it, so a
 * graded range never lets a special sanction in by the back door (see `inRange`).
 */
import type { Citation } from '../../calendar/terms';

const SEED = '004_29fc22527282130e.txt';

/** Severity order, least to most serious (used for "la mancanza più grave", art. 3 c.3, L3534). */
export const SANCTION_CODES = [
  'RV',
  'RS',
  'MU',
  'SO10',
  // Specials slot in by their maximum: 15 days, then up to 3 months (OMESSA has no floor, DANNO 3 days),
  // all below SO6M's six months; disponibilità sits between suspension and dismissal; loss of
  // employment (decadenza) after every dismissal.
  'SO15-COLL',
  'SO3M-OMESSA',
  'SO3M-DANNO',
  'SO6M',
  'DISPONIBILITA',
  'LCP',
  'LSP',
  'LD',
  'DECADENZA-IMPIEGO',
] as const;
export type SanctionCode = (typeof SANCTION_CODES)[number];

export type QuantityUnit = 'HOURS' | 'DAYS' | 'MONTHS';
export interface Quantity {
  readonly quantity: number;
  readonly unit: QuantityUnit;
}
export interface SanctionRange {
  readonly min: SanctionCode;
  readonly max: SanctionCode;
}

export interface SanctionDefinition {
  readonly code: SanctionCode;
  /** Letter of art. 1 c.1 for the ordinary scale. */
  readonly letter?: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
  /** Italian, as the seed names it. */
  readonly label: string;
  /** Italian, short, for messages ("la multa"). */
  readonly shortLabel: string;
  readonly kind: 'ordinary' | 'special';
  /** Index in SANCTION_CODES. */
  readonly severity: number;
  /** Licenziamento (LCP, LSP, LD): excludes conciliation (art. 8 c.2, L3705). */
  readonly dismissal: boolean;
  /** Bounds of the quantity, when the sanction has one; `units` lists the accepted units. */
  readonly bounds?: { readonly min: Quantity; readonly max: Quantity; readonly units: readonly QuantityUnit[] };
  readonly citation: Citation;
}

const seed = (article: string, paragraph: string | undefined, lines: string): Citation =>
  paragraph === undefined
    ? { source: 'seed', file: SEED, article, lines }
    : { source: 'seed', file: SEED, article, paragraph, lines };

const h = (n: number, unit: QuantityUnit): Quantity => ({ quantity: n, unit });

type SanctionData = Omit<SanctionDefinition, 'code' | 'severity'>;

const SANCTION_DATA: Record<SanctionCode, SanctionData> = {
  RV: {
    letter: 'a',
    label: 'rimprovero verbale',
    shortLabel: 'il rimprovero verbale',
    kind: 'ordinary',
    dismissal: false,
    citation: seed('All. H art. 1', 'c. 1, lett. a)', 'L3504'),
  },
  RS: {
    letter: 'b',
    label: 'rimprovero scritto (censura)',
    shortLabel: 'il rimprovero scritto',
    kind: 'ordinary',
    dismissal: false,
    citation: seed('All. H art. 1', 'c. 1, lett. b)', 'L3505'),
  },
  MU: {
    letter: 'c',
    label: 'multa di importo fino ad un massimo di 4 ore di retribuzione',
    shortLabel: 'la multa',
    kind: 'ordinary',
    dismissal: false,
    bounds: { min: h(1, 'HOURS'), max: h(4, 'HOURS'), units: ['HOURS'] },
    citation: seed('All. H art. 1', 'c. 1, lett. c)', 'L3506'),
  },
  SO10: {
    letter: 'd',
    label: 'sospensione dal servizio e dalla retribuzione fino a un massimo di dieci giorni',
    shortLabel: 'la sospensione dal servizio fino a dieci giorni',
    kind: 'ordinary',
    dismissal: false,
    bounds: { min: h(1, 'DAYS'), max: h(10, 'DAYS'), units: ['DAYS'] },
    citation: seed('All. H art. 1', 'c. 1, lett. d)', 'L3507'),
  },
  SO6M: {
    letter: 'e',
    label: 'sospensione dal servizio con privazione della retribuzione da 11 giorni fino ad un massimo di sei mesi',
    shortLabel: 'la sospensione dal servizio da 11 giorni a sei mesi',
    kind: 'ordinary',
    dismissal: false,
    bounds: { min: h(11, 'DAYS'), max: h(6, 'MONTHS'), units: ['DAYS', 'MONTHS'] },
    citation: seed('All. H art. 1', 'c. 1, lett. e)', 'L3508'),
  },
  LCP: {
    letter: 'f',
    label: 'licenziamento con preavviso',
    shortLabel: 'il licenziamento con preavviso',
    kind: 'ordinary',
    dismissal: true,
    citation: seed('All. H art. 1', 'c. 1, lett. f)', 'L3509'),
  },
  LSP: {
    letter: 'g',
    label: 'licenziamento senza preavviso',
    shortLabel: 'il licenziamento senza preavviso',
    kind: 'ordinary',
    dismissal: true,
    citation: seed('All. H art. 1', 'c. 1, lett. g)', 'L3510'),
  },
  LD: {
    letter: 'h',
    label: 'licenziamento disciplinare',
    shortLabel: 'il licenziamento disciplinare',
    kind: 'ordinary',
    dismissal: true,
    citation: seed('All. H art. 1', 'c. 1, lett. h)', 'L3511'),
  },
  'SO15-COLL': {
    label:
      "sospensione dal servizio con privazione della retribuzione, commisurata alla gravità dell'illecito contestato, fino ad un massimo di quindici giorni (rifiuto di collaborazione al procedimento disciplinare)",
    shortLabel: 'la sospensione fino a quindici giorni per rifiuto di collaborazione',
    kind: 'special',
    dismissal: false,
    bounds: { min: h(1, 'DAYS'), max: h(15, 'DAYS'), units: ['DAYS'] },
    citation: seed('All. H art. 6', 'c. 7', 'L3683, L3685'),
  },
  'SO3M-OMESSA': {
    label:
      "sospensione dal servizio con privazione della retribuzione fino ad un massimo di tre mesi (mancato esercizio o decadenza dell'azione disciplinare)",
    shortLabel: "la sospensione fino a tre mesi per mancato esercizio dell'azione disciplinare",
    kind: 'special',
    dismissal: false,
    bounds: { min: h(1, 'DAYS'), max: h(3, 'MONTHS'), units: ['DAYS', 'MONTHS'] },
    citation: seed('All. H art. 12', 'c. 5', 'L3749–L3751'),
  },
  'SO3M-DANNO': {
    label:
      "sospensione dal servizio con privazione della retribuzione da un minimo di tre giorni fino ad un massimo di tre mesi, in proporzione all'entità del risarcimento",
    shortLabel: 'la sospensione da tre giorni a tre mesi per condanna del Comune al risarcimento',
    kind: 'special',
    dismissal: false,
    bounds: { min: h(3, 'DAYS'), max: h(3, 'MONTHS'), units: ['DAYS', 'MONTHS'] },
    citation: seed('All. H art. 12', 'c. 1', 'L3745'),
  },
  DISPONIBILITA: {
    label: "collocamento in disponibilità all'esito del procedimento disciplinare",
    shortLabel: 'il collocamento in disponibilità',
    kind: 'special',
    dismissal: false,
    citation: seed('All. H art. 12', 'c. 2', 'L3746–L3748'),
  },
  'DECADENZA-IMPIEGO': {
    // Loss of employment for an incompatibility not ceased after the diffida: an effect of art. 63
    // D.P.R. 3/1957, not a licenziamento, so it does not bar conciliation of the parallel case.
    label: "decadenza dall'impiego per mancata cessazione della situazione di incompatibilità entro quindici giorni",
    shortLabel: "la decadenza dall'impiego",
    kind: 'special',
    dismissal: false,
    citation: seed('All. T art. 16', 'c. 1', 'L5817–L5818'),
  },
};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export const SANCTIONS: Readonly<Record<SanctionCode, SanctionDefinition>> = deepFreeze(
  Object.fromEntries(
    SANCTION_CODES.map((code, severity) => [code, { code, severity, ...SANCTION_DATA[code] }]),
  ) as Record<SanctionCode, SanctionDefinition>,
);

export function isSanctionCode(s: unknown): s is SanctionCode {
  return typeof s === 'string' && (SANCTION_CODES as readonly string[]).includes(s);
}

export function severity(code: SanctionCode): number {
  return SANCTIONS[code].severity;
}

/** The more serious of two codes. */
export function moreSerious(a: SanctionCode, b: SanctionCode): SanctionCode {
  return severity(b) > severity(a) ? b : a;
}

/**
 * Whether `code` is a sanction of a kind provided by `range`: an ordinary code between two ordinary
 * endpoints, or a special code named as an endpoint.
 */
export function inRange(code: SanctionCode, range: SanctionRange): boolean {
  if (SANCTIONS[code].kind === 'special') return code === range.min || code === range.max;
  if (SANCTIONS[range.min].kind === 'special' || SANCTIONS[range.max].kind === 'special') return false;
  return severity(range.min) <= severity(code) && severity(code) <= severity(range.max);
}

/** Every code admitted by a range, least serious first. */
export function codesInRange(range: SanctionRange): SanctionCode[] {
  return SANCTION_CODES.filter((c) => inRange(c, range));
}

// ------------------------------------------------------------------ codice disciplinare (§2.4)

/**
 * c4…c15: the comma of art. 3 Allegato H (the recidivism ladder works on them, c.2 L3532);
 * other: infractions defined elsewhere in the seed.
 */
export type InfractionGroup = 'c4' | 'c6' | 'c7' | 'c10' | 'c11' | 'c14' | 'c15' | 'other';

export interface Infraction {
  readonly id: string;
  readonly group: InfractionGroup;
  /** Italian key words of the seed. */
  readonly label: string;
  readonly range: SanctionRange;
  /** For LD: art. 3 c.16 (L3643) says which art. 55-quater cases are without notice. */
  readonly dismissalNotice?: 'CON_PREAVVISO' | 'SENZA_PREAVVISO';
  /**
   * contractual: graded by the codice (c.4-c.11); statutory: art. 55-quater and other laws, which prevail
   * (c.14, L3635; C-8); criteria: the seed sets no sanction, graded on the c.1 criteria (c.12, L3633).
   */
  readonly basis: 'contractual' | 'statutory' | 'criteria';
  /** Italian, where the range needs a word of explanation. */
  readonly note?: string;
  readonly citation: Citation;
}

const ART3 = 'All. H art. 3';
const r = (min: SanctionCode, max: SanctionCode = min): SanctionRange => ({ min, max });
// Where the seed only says "illecito disciplinare" (c.12): the written scale short of dismissal, which
// these provisions do not provide; a dismissal needs the catch-all INF-10i / INF-11f charged as such.
const BY_CRITERIA = r('RS', 'SO6M');

const c4 = (letter: string, label: string, lines: string): Infraction => ({
  id: `INF-4${letter}`,
  group: 'c4',
  label,
  range: r('RV', 'MU'),
  basis: 'contractual',
  citation: seed(ART3, `c. 4, lett. ${letter})`, lines),
});
const graded = (
  comma: 6 | 7 | 10 | 11,
  letter: string,
  label: string,
  lines: string,
  range: SanctionRange,
  note?: string,
): Infraction => ({
  id: `INF-${comma}${letter}`,
  group: `c${comma}`,
  label,
  range,
  basis: 'contractual',
  ...(note === undefined ? {} : { note }),
  citation: seed(ART3, `c. ${comma}, lett. ${letter})`, lines),
});
const c14 = (
  letter: string,
  label: string,
  lines: string,
  notice: 'CON_PREAVVISO' | 'SENZA_PREAVVISO',
): Infraction => ({
  id: `INF-14${letter}`,
  group: 'c14',
  label,
  range: r('LD'),
  dismissalNotice: notice,
  basis: 'statutory',
  citation: seed(ART3, `c. 14, lett. ${letter})`, lines),
});

export const INFRACTIONS: readonly Infraction[] = deepFreeze([
  // c.4: from the verbal or written reprimand to a fine of 4 hours (L3536).
  c4(
    'a',
    "inosservanza delle disposizioni di servizio, anche in tema di assenze per malattia, nonché dell'orario di lavoro",
    'L3538',
  ),
  c4(
    'b',
    'condotta non conforme ai principi di correttezza verso superiori o altri dipendenti o nei confronti del pubblico',
    'L3540',
  ),
  c4(
    'c',
    "negligenza nell'esecuzione dei compiti assegnati, nella cura dei locali e dei beni mobili o strumenti affidati",
    'L3542',
  ),
  c4(
    'd',
    'inosservanza degli obblighi in materia di prevenzione degli infortuni e di sicurezza sul lavoro, senza danno o disservizio',
    'L3544',
  ),
  c4('e', "rifiuto di assoggettarsi a visite personali disposte a tutela del patrimonio dell'ente", 'L3546'),
  c4('f', "insufficiente rendimento rispetto ai carichi di lavoro e nell'assolvimento dei compiti assegnati", 'L3548'),
  // c.6: suspension up to 10 days (L3552).
  graded(
    6,
    'a',
    "recidiva nelle mancanze del comma 4 che abbiano comportato l'applicazione del massimo della multa",
    'L3554',
    r('SO10'),
  ),
  graded(6, 'b', 'particolare gravità delle mancanze previste al comma 4', 'L3556', r('SO10')),
  graded(
    6,
    'c',
    'assenza ingiustificata dal servizio fino a 10 giorni o arbitrario abbandono dello stesso',
    'L3558',
    r('SO10'),
  ),
  graded(
    6,
    'd',
    'ingiustificato ritardo, non superiore a 10 giorni, a trasferirsi nella sede assegnata',
    'L3560',
    r('SO10'),
  ),
  graded(
    6,
    'e',
    'svolgimento di attività che ritardino il recupero psico-fisico durante lo stato di malattia o di infortunio',
    'L3562',
    r('SO10'),
  ),
  graded(
    6,
    'f',
    'testimonianza falsa o reticente in procedimenti disciplinari o rifiuto della stessa',
    'L3564',
    r('SO10'),
  ),
  graded(
    6,
    'g',
    'comportamenti minacciosi, gravemente ingiuriosi, calunniosi o diffamatori verso altri dipendenti, utenti o terzi',
    'L3566',
    r('SO10'),
  ),
  graded(6, 'h', 'alterchi con vie di fatto negli ambienti di lavoro, anche con utenti o terzi', 'L3568', r('SO10')),
  graded(6, 'i', "manifestazioni ingiuriose nei confronti dell'ente", 'L3570', r('SO10')),
  graded(
    6,
    'j',
    'atti, comportamenti o molestie, anche di carattere sessuale, lesivi della dignità della persona',
    'L3572',
    r('SO10'),
  ),
  graded(
    6,
    'k',
    'violazione di obblighi di comportamento da cui sia derivato disservizio ovvero danno o pericolo',
    'L3574',
    r('SO10'),
  ),
  graded(
    6,
    'l',
    'sistematici e reiterati atti o comportamenti aggressivi, ostili e denigratori di violenza morale o persecuzione psicologica',
    'L3576',
    r('SO10'),
  ),
  // c.7: suspension from 11 days to 6 months (L3578).
  graded(
    7,
    'a',
    'recidiva nel biennio delle mancanze del comma 6 sanzionate con il massimo, o mancanze del comma 6 di particolare gravità',
    'L3580',
    r('SO6M'),
  ),
  graded(7, 'b', 'assenza ingiustificata ed arbitraria dal servizio oltre 10 e fino a 15 giorni', 'L3582', r('SO6M')),
  graded(
    7,
    'c',
    "occultamento, da parte del responsabile della custodia, del controllo o della vigilanza, di illecito uso, manomissione, distrazione o sottrazione di somme o beni dell'ente",
    'L3584',
    r('SO6M'),
  ),
  graded(
    7,
    'd',
    'persistente insufficiente rendimento o fatti che dimostrino grave incapacità ad adempiere agli obblighi di servizio',
    'L3586',
    r('SO6M'),
  ),
  graded(
    7,
    'e',
    'violenza morale o persecuzione psicologica per procurare un danno a un altro dipendente o escluderlo dal contesto lavorativo',
    'L3588',
    r('SO6M'),
  ),
  graded(
    7,
    'f',
    'atti, comportamenti o molestie, anche di carattere sessuale, di particolare gravità lesivi della dignità della persona',
    'L3590',
    r('SO6M'),
  ),
  // c.10: dismissal with notice (L3596).
  graded(
    10,
    'a',
    "recidiva plurima, almeno tre volte nell'anno, nelle mancanze dei commi 6 e 7, o recidiva nel biennio in una mancanza sanzionata con sei mesi di sospensione",
    'L3598',
    r('LCP'),
  ),
  graded(10, 'b', "recidiva nell'infrazione di cui al comma 7, lettera c)", 'L3600', r('LCP')),
  graded(
    10,
    'c',
    "ingiustificato rifiuto del trasferimento disposto dall'ente per riconosciute e motivate esigenze di servizio",
    'L3602',
    r('LCP'),
  ),
  graded(
    10,
    'd',
    "mancata ripresa del servizio nel termine prefissato dall'ente dopo un'assenza arbitraria ed ingiustificata superiore a quindici giorni",
    'L3604',
    // "Qualora il dipendente riprenda servizio si applica la sanzione di cui al comma 7": both outcomes.
    r('SO6M', 'LCP'),
    'Se il dipendente riprende servizio si applica la sospensione di cui al comma 7.',
  ),
  graded(
    10,
    'e',
    'continuità, nel biennio, di insufficiente rendimento o di fatti che dimostrino grave incapacità ad adempiere agli obblighi di servizio',
    'L3606',
    r('LCP'),
  ),
  graded(
    10,
    'f',
    'recidiva nel biennio, anche verso persona diversa, di violenza morale o persecuzione psicologica nei confronti di un collega',
    'L3608',
    r('LCP'),
  ),
  graded(
    10,
    'g',
    'recidiva nel biennio di atti, comportamenti o molestie, anche di carattere sessuale, lesivi della dignità della persona',
    'L3610',
    r('LCP'),
  ),
  graded(
    10,
    'h',
    'condanna passata in giudicato per un delitto commesso fuori dal servizio che non consenta la prosecuzione del rapporto',
    'L3612',
    r('LCP'),
  ),
  graded(
    10,
    'i',
    'violazione dei doveri di comportamento di gravità tale da non consentire la prosecuzione del rapporto di lavoro',
    'L3614',
    r('LCP'),
  ),
  graded(
    10,
    'j',
    "reiterati comportamenti ostativi all'attività ordinaria dell'ente con gravi ritardi e inadempienze nei servizi agli utenti",
    'L3616',
    r('LCP'),
  ),
  // c.11: dismissal without notice (L3618).
  graded(
    11,
    'a',
    'terza recidiva nel biennio, negli ambienti di lavoro, di vie di fatto contro dipendenti o terzi',
    'L3620',
    r('LSP'),
  ),
  graded(
    11,
    'b',
    'impiego conseguito mediante documenti falsi o mezzi fraudolenti, o contratto sottoscritto a seguito di documenti falsi',
    'L3622',
    r('LSP'),
  ),
  graded(
    11,
    'c',
    "condanna passata in giudicato per i delitti della L. 16/1992 e degli artt. 58-59 D.Lgs. 267/2000, per gravi delitti commessi in servizio o per i delitti dell'art. 3 c. 1 L. 97/2001",
    'L3624–L3629',
    r('LSP'),
  ),
  graded(
    11,
    'd',
    "condanna passata in giudicato da cui consegue l'interdizione perpetua dai pubblici uffici",
    'L3630',
    r('LSP'),
  ),
  graded(
    11,
    'e',
    'condanna passata in giudicato che non consenta neanche provvisoriamente la prosecuzione del rapporto',
    'L3631',
    r('LSP'),
  ),
  graded(
    11,
    'f',
    'violazioni intenzionali degli obblighi di gravità tale da non consentire la prosecuzione neppure provvisoria del rapporto',
    'L3632',
    r('LSP'),
  ),
  // c.14-16: art. 55-quater D.Lgs. 165/2001 ("si applica comunque", L3635); without notice for a, d, e, f (L3643).
  c14(
    'a',
    "falsa attestazione della presenza in servizio o giustificazione dell'assenza mediante certificazione medica falsa",
    'L3636, L3643',
    'SENZA_PREAVVISO',
  ),
  c14(
    'b',
    'assenza priva di valida giustificazione per più di tre giorni nel biennio o più di sette negli ultimi dieci anni, ovvero mancata ripresa del servizio entro il termine fissato',
    'L3637',
    'CON_PREAVVISO',
  ),
  c14(
    'c',
    "ingiustificato rifiuto del trasferimento disposto dall'amministrazione per motivate esigenze di servizio",
    'L3638',
    'CON_PREAVVISO',
  ),
  c14(
    'd',
    "falsità documentali o dichiarative ai fini o in occasione dell'instaurazione del rapporto di lavoro o di progressioni di carriera",
    'L3639',
    'SENZA_PREAVVISO',
  ),
  c14(
    'e',
    "reiterazione nell'ambiente di lavoro di gravi condotte aggressive, moleste, minacciose o ingiuriose lesive dell'onore e della dignità altrui",
    'L3640',
    'SENZA_PREAVVISO',
  ),
  c14(
    'f',
    'condanna penale definitiva con interdizione perpetua dai pubblici uffici o estinzione del rapporto di lavoro',
    'L3641',
    'SENZA_PREAVVISO',
  ),
  {
    id: 'INF-15',
    group: 'c15',
    label:
      'valutazione di insufficiente rendimento, riferita ad almeno un biennio, dovuta alla reiterata violazione degli obblighi della prestazione',
    range: r('LD'),
    dismissalNotice: 'CON_PREAVVISO',
    basis: 'statutory',
    citation: seed(ART3, 'c. 15', 'L3642'),
  },
  // Outside art. 3.
  {
    id: 'INF-COLL',
    group: 'other',
    label:
      "rifiuto, senza giustificato motivo, della collaborazione richiesta dall'autorità disciplinare procedente, o dichiarazioni false o reticenti",
    range: r('SO15-COLL'),
    basis: 'statutory',
    citation: seed('All. H art. 6', 'c. 7', 'L3683–L3685'),
  },
  {
    id: 'INF-DANNO',
    group: 'other',
    label:
      'condanna del Comune al risarcimento del danno derivante dalla violazione degli obblighi della prestazione lavorativa',
    range: r('SO3M-DANNO'),
    basis: 'statutory',
    note: "Si applica solo ove non ricorrano i presupposti per l'applicazione di un'altra sanzione disciplinare.",
    citation: seed('All. H art. 12', 'c. 1', 'L3745'),
  },
  {
    id: 'INF-INEFF',
    group: 'other',
    label: "grave danno al normale funzionamento dell'ufficio per inefficienza o incompetenza professionale accertate",
    range: r('DISPONIBILITA'),
    basis: 'statutory',
    citation: seed('All. H art. 12', 'c. 2', 'L3746'),
  },
  {
    id: 'INF-OMESSA',
    group: 'other',
    label:
      "mancato esercizio o decadenza dell'azione disciplinare per omissione o ritardo ingiustificati degli atti del procedimento",
    range: r('SO3M-OMESSA'),
    basis: 'statutory',
    citation: seed('All. H art. 12', 'c. 5', 'L3749–L3751'),
  },
  {
    id: 'INF-CERT',
    group: 'other',
    label: 'inosservanza degli obblighi di trasmissione per via telematica della certificazione medica di malattia',
    range: BY_CRITERIA,
    basis: 'criteria',
    note: 'In caso di reiterazione si applica il licenziamento.',
    citation: seed('All. H art. 11', 'c. 4', 'L3737'),
  },
  {
    id: 'INF-INC',
    group: 'other',
    label: 'svolgimento senza la prevista autorizzazione di altra attività lavorativa incompatibile',
    range: BY_CRITERIA,
    basis: 'criteria',
    note: "Contestuale diffida a cessare l'incompatibilità entro quindici giorni, a pena di decadenza dall'impiego.",
    citation: seed('All. T art. 16', 'c. 1', 'L5817–L5818'),
  },
  {
    id: 'INF-PUBBL',
    group: 'other',
    label: 'liquidazione del corrispettivo di incarichi di collaborazione o consulenza in caso di omessa pubblicazione',
    range: BY_CRITERIA,
    basis: 'criteria',
    citation: seed('Disciplina incarichi esterni (ROUS art. 33) art. 8', undefined, 'L2900'),
  },
]);

const BY_ID: ReadonlyMap<string, Infraction> = new Map(INFRACTIONS.map((i) => [i.id, i]));

export function findInfraction(id: string): Infraction | undefined {
  return BY_ID.get(id);
}

/** Throws on an id that is not in the codice: a charge must name a catalogued infraction. */
export function infraction(id: string): Infraction {
  const found = BY_ID.get(id);
  if (!found) throw new Error(`Infrazione sconosciuta "${id}": non è presente nel codice disciplinare`);
  return found;
}
