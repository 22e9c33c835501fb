/**
 * The examination board (commissione esaminatrice) of the concorso pubblico and of the other selections
 * of the Stresa ROUS (seed 004, artt. 106 c.2, 119–121, 103 c.2, Allegato N, Allegato P art. 9;
 * spec/recruitment.md §12, fixtures §16.9), with the integrity rules of the anticorruption plans
 * (spec/anticorruption-massa-carrara.md §1.A, spec/piao-lucca-nuxis.md §1.2):
 *  - the composition matrix by procedure type and category, as data with citations;
 *  - `checkComposition`: every rule of §12.2 as a check (passed, Italian reason ending with its citation);
 *  - `declarationStatus`: the declarations each person owes — at appointment (art. 35-bis D.Lgs. 165/2001,
 *    art. 119 c.4) and, once the list of admitted candidates exists, about each admitted candidate;
 *  - `boardMayAct`: the guard that keeps the board from setting the exam calendar, fixing criteria or
 *    giving marks until the board is regular and every declaration is in and clean;
 *  - `replaceMember`: a replacement, valid only if the board stays valid;
 *  - `boardFees`: the art. 121 fees, for the record.
 * Pure: dates are ISO strings given by the caller, no clock is read. Malformed input (an unknown member,
 * an empty reason, a negative count) throws; a refusal on the merits is a failed check.
 *
 * Readings applied here (the spec leaves them open; each is documented where it is applied):
 *  - R1 Categories are compared on the spec's ordered list A < B1 < B3 < C < D1 < D3 < dirigente
 *    (recruitment.md §0.4), so "stessa categoria o superiore" to a D3 post needs D3 or a dirigente.
 *  - R2 The gender third (art. 119 c.5) counts the ordinary components (president and members): added
 *    members (c.3) join only for some exams, the secretary is not a component. ceil(n/3) as §12.2 says.
 *  - R3 Art. 119 c.4–c.5 are applied to every board of the matrix: §12.2 states them for boards in
 *    general, art. 80 c.1 e (L1320) covers every hiring procedure, and Allegato N subjects its board to
 *    the rules on public competitions (L4678).
 *  - R4 Art. 119 c.4 (and its self-declaration) binds the components and the added members, not the
 *    secretary: art. 35-bis has to say "anche con compiti di segreteria" to reach the secretary, c.4
 *    does not. The 35-bis declaration binds everyone, secretary included (Lucca L1789).
 *  - R5 The conflict declaration about the candidates is owed by every person on the board, secretary
 *    included: the Massa-Carrara PIAO wants conflict forms from every officer who acts (001:L219,
 *    spec R-COI-02); the secretary sees the applications and writes the minutes.
 *  - R6 Every board act (calendar, criteria, titles, marks) waits for the admitted list and for every
 *    conflict declaration against it (000:L217 "all'atto dell'insediamento"; spec R-COM-03, R-REC-08).
 *    A candidate admitted later (riesame) needs a supplementary declaration: coverage is per candidate.
 *  - R7 Where RESP_HR is also head of the hiring service, art. 119 c.2 gives the seat to another service
 *    head chosen by the Giunta. Artt. 106 c.2 and 120 are silent: by analogy, another head of a municipal
 *    service chosen by RESP_HR (the appointing officer) takes the seat.
 *  - R8 The CFL board (All. P art. 9) has three members (L5037) and a President and a Secretary who sign
 *    its first ranking (L5040); who they must be is not stated, so only the count is checked.
 *  - R9 Fees (art. 121): the 20% of c.5 raises only the flat fee of letters b) and c); the 10% cut of
 *    c.4 applies to the secretary's whole fee (flat + extra), as fixture §16.9 assumes; the proportion
 *    of c.6 applies to the whole fee; rounding to the cent (half up) happens once, at the end. The
 *    travel and meal reimbursement that closes c.3 (printed after letter c) is read for every external
 *    member. The job-centre flat fee follows the post's category (§16.9 assumes category B).
 *  - R10 Fee class follows the employer: "interni" are the Comune's employees; everyone else, added
 *    language members included (c.3), is external. The secretary is always paid under c.1 (c.1 names
 *    it) with the c.4 cut. Progression boards are paid under the D.P.C.M. 23/03/95 (L4682) and mobility
 *    boards have no fee rule beyond the external expert's zero cost (L1787): not computed here.
 *  - R11 Members removed for a bar (conviction, conflict, incompatibility) are treated as "decaduti" for
 *    art. 121 c.6 when their attended sessions are known.
 */
import { type Citation, formatCitation } from '../../calendar/terms';
import type { CATEGORIES } from './schemas';

export type Category = (typeof CATEGORIES)[number];
/** The post-holder's level: a category, or a dirigente / segretario (above every category). */
export type Inquadramento = Category | 'DIRIGENTE';
export type CompetitionType = 'PER_ESAMI' | 'PER_TITOLI_ED_ESAMI';

/** The selections that have a board (recruitment.md §12.1). */
export type BoardProcedureType =
  | 'CONCORSO_PUBBLICO'
  | 'CORSO_CONCORSO'
  | 'LISTE_COLLOCAMENTO'
  | 'TEMPO_DETERMINATO'
  | 'MOBILITA_IN'
  | 'PROGRESSIONE_CARRIERA'
  | 'CFL';

export type BoardRole = 'PRESIDENTE' | 'COMPONENTE' | 'MEMBRO_AGGIUNTO' | 'SEGRETARIO';

/** The seat a person holds; the seat fixes the role (SEAT_ROLE). */
export type Seat =
  | 'RESP_HR'
  | 'SEGRETARIO_COMUNALE'
  | 'PRESIDENTE_CFL'
  | 'RESP_SERVIZIO_INTERESSATO'
  | 'SOSTITUTO_RESP_SERVIZIO'
  | 'ESPERTO_PA'
  | 'RESP_ALTRO_SERVIZIO'
  | 'ESPERTO_ALBO'
  | 'COMPONENTE_CFL'
  | 'MEMBRO_AGGIUNTO'
  | 'SEGRETARIO';

export const SEAT_ROLE: Readonly<Record<Seat, BoardRole>> = {
  RESP_HR: 'PRESIDENTE',
  SEGRETARIO_COMUNALE: 'PRESIDENTE',
  PRESIDENTE_CFL: 'PRESIDENTE',
  RESP_SERVIZIO_INTERESSATO: 'COMPONENTE',
  SOSTITUTO_RESP_SERVIZIO: 'COMPONENTE',
  ESPERTO_PA: 'COMPONENTE',
  RESP_ALTRO_SERVIZIO: 'COMPONENTE',
  ESPERTO_ALBO: 'COMPONENTE',
  COMPONENTE_CFL: 'COMPONENTE',
  MEMBRO_AGGIUNTO: 'MEMBRO_AGGIUNTO',
  SEGRETARIO: 'SEGRETARIO',
};

export const SEAT_LABELS: Readonly<Record<Seat, string>> = {
  RESP_HR: 'Presidente (Responsabile del Servizio Gestione Risorse Umane)',
  SEGRETARIO_COMUNALE: 'Presidente (Segretario Comunale)',
  PRESIDENTE_CFL: 'Presidente',
  RESP_SERVIZIO_INTERESSATO: "Responsabile del Servizio interessato all'assunzione",
  SOSTITUTO_RESP_SERVIZIO:
    "altro Responsabile di Servizio (in luogo del Responsabile del Servizio interessato all'assunzione)",
  ESPERTO_PA: 'esperto dipendente di Pubblica Amministrazione',
  RESP_ALTRO_SERVIZIO: 'Responsabile di altro Servizio Comunale',
  ESPERTO_ALBO: "componente scelto dall'Albo degli esperti",
  COMPONENTE_CFL: 'componente',
  MEMBRO_AGGIUNTO: 'membro aggiunto',
  SEGRETARIO: 'segretario',
};

export const ROLE_LABELS: Readonly<Record<BoardRole, string>> = {
  PRESIDENTE: 'Presidente',
  COMPONENTE: 'componente',
  MEMBRO_AGGIUNTO: 'membro aggiunto',
  SEGRETARIO: 'segretario',
};

export type Employer = 'COMUNE' | 'ALTRA_PA' | 'ESTERNO';
/** Who appoints the board. */
export type Appointer = 'GIUNTA' | 'RESP_HR';
/** Who designates a member or the secretary. The Segretario Generale is Stresa's Segretario Comunale. */
export type Designator = 'GIUNTA' | 'RESP_HR' | 'SEGRETARIO_GENERALE';
/** The offices art. 119 c.4 excludes from boards. */
export type ExcludedOffice =
  | 'AMMINISTRATORE_COMUNALE'
  | 'CARICA_POLITICA'
  | 'RAPPRESENTANTE_SINDACALE'
  | 'DESIGNATO_SINDACATI_ASSOCIAZIONI';

const EXCLUDED_OFFICE_LABELS: Readonly<Record<ExcludedOffice, string>> = {
  AMMINISTRATORE_COMUNALE: 'è amministratore comunale',
  CARICA_POLITICA: 'ricopre una carica politica',
  RAPPRESENTANTE_SINDACALE: 'è rappresentante sindacale',
  DESIGNATO_SINDACATI_ASSOCIAZIONI:
    'è designato da confederazioni od organizzazioni sindacali o da associazioni professionali',
};

export interface BoardMember {
  /** The person's id: one person, one seat. */
  id: string;
  name: string;
  gender: 'F' | 'M';
  seat: Seat;
  employer: Employer;
  /** The other administration or the firm, for the record. */
  employerName?: string;
  /** Di ruolo (permanent). */
  permanent?: boolean;
  inquadramento?: Inquadramento;
  /** Organisational area of their post (the expert must be of the post's area). */
  area?: string;
  /** The service they head, when they are a Responsabile di Servizio. */
  headOfService?: string;
  /** Subjects of proven competence, with the basis (CV, office): art. 80 c.1 e, art. 3 b. */
  expertise?: string;
  /** ESPERTO_PA: chosen on the basis of the curriculum vitae (art. 119 c.2). */
  selectedOnCv?: boolean;
  /** Who designated them (the expert, the substitute head, the secretary). */
  designatedBy?: Designator;
  /** ESPERTO_ALBO: taken from the Albo degli esperti (All. N, L4672). */
  fromAlboEsperti?: boolean;
  /** Corso-concorso: a teacher of the course (art. 103 c.2). */
  courseTeacher?: boolean;
  /** MEMBRO_AGGIUNTO: the foreign language or special subject they examine (art. 119 c.3). */
  addedFor?: string;
  /** An office art. 119 c.4 excludes, when they hold one. */
  excludedOffice?: ExcludedOffice;
  /** Art. 119 c.6: their public employment ended during the board's work; kept only if confirmed. */
  employmentEnded?: { on: string; confirmedByAdministration: boolean };
  /** Art. 121 c.7: a municipal employee who does the board's work within working hours. */
  duringWorkingHours?: boolean;
  /** Their account, when they act in the system themselves. */
  userId?: string;
}

export type DeclarationKind = 'CONDANNE_PENALI' | 'INCOMPATIBILITA' | 'RAPPORTI_AMMINISTRATORI' | 'CONFLITTO_CANDIDATI';

export interface Declaration {
  memberId: string;
  kind: DeclarationKind;
  /** The date the declaration bears (ISO). */
  date: string;
  /** INSUSSISTENZA: the person declares the bar does not exist; SUSSISTENZA: it does. */
  outcome: 'INSUSSISTENZA' | 'SUSSISTENZA';
  /** CONFLITTO_CANDIDATI: the admitted candidates the declaration covers (the list shown to them). */
  candidateIds?: readonly string[];
  /** The check of the declaration (000:L284, 002:L1794) when done: an untrue one bars the person. */
  verification?: { outcome: 'CONFERMATA' | 'NON_VERITIERA'; date: string; by: string };
}

export type ReplacementCause =
  | 'CONDANNA'
  | 'CONFLITTO_INTERESSI'
  | 'INCOMPATIBILITA'
  | 'DIMISSIONI'
  | 'DECADENZA'
  | 'IMPEDIMENTO';

export interface ReplacementReason {
  cause: ReplacementCause;
  /** Italian: the facts, for the minutes. */
  text: string;
  /** The date of the act that replaces the member (ISO). */
  date: string;
  /** The act, e.g. "D.G.C. n. 45". */
  act?: string;
  /** Sessions the outgoing member attended (art. 121 c.6). */
  sessionsAttended?: number;
}

export interface FormerMember {
  member: BoardMember;
  reason: ReplacementReason;
  replacedBy: string;
}

export interface Board {
  appointedBy: Appointer;
  /** The appointment act, when adopted. */
  appointment?: { act: string; date: string };
  /** Every person on the board: president, members, added members, secretary. */
  members: readonly BoardMember[];
  /** Art. 119 c.5 "salva motivata impossibilità": the only way around the gender third. */
  genderException?: { motivation: string; act?: string };
  declarations: readonly Declaration[];
  formerMembers?: readonly FormerMember[];
}

/** The minimum share of women among the components, and whether a motivated impossibility excuses it. */
export interface GenderRule {
  numerator: number;
  denominator: number;
  exceptionAllowed: boolean;
  citation: Citation;
}

export interface BoardContext {
  procedureType: BoardProcedureType;
  /** The post's category. */
  category: Category;
  /** The post's organisational area: the art. 119 c.2 expert must be of the same area. */
  postArea?: string;
  /** The person who is Responsabile del Servizio Gestione Risorse Umane (or acts for them). */
  respHrId: string;
  /** The person who heads the service that hires. */
  hiringServiceHeadId: string;
  /** The Segretario Generale / Comunale (chairs progression boards). */
  segretarioGeneraleId?: string;
  /** Another entity's rule (e.g. NUXIS_GENDER_RULE); default GENDER_RULE (art. 119 c.5). */
  genderRule?: GenderRule;
}

// -------------------------------------------------------------------------------------- citations

const SEED = '004_29fc22527282130e.txt';
const MASSA_PTPC = '000_3067c649771902f9.txt';
const MASSA_PIAO = '001_f3c9fed6eec58e9d.txt';
const LUCCA_PIAO = '002_0898c035283bb879.txt';
const NUXIS_PIAO = '003_4bd16557d3c21ee9.txt';
const LAW_165 = 'D.Lgs. 165/2001';

function seed(article: string, paragraph: string | undefined, lines: string, quote: string, file = SEED): Citation {
  return { source: 'seed', file, article, ...(paragraph ? { paragraph } : {}), lines, quote };
}

/** Every citation this module uses; quotes are verbatim from the cited lines ('…' marks an omission). */
export const COMMISSION_CITATIONS = {
  art3b: seed(
    'art. 3',
    'lett. b)',
    'L409',
    'la composizione delle commissioni di concorso esclusivamente con esperti di comprovata competenza ed esperienza nelle materie di concorso, scelti tra funzionari e dirigenti delle Amministrazioni locali o docenti',
  ),
  art24q: seed(
    'art. 24',
    'c. 5, lett. q)',
    'L696',
    'nel caso del Responsabile del Servizio Risorse Umane, presiedere le commissioni di concorso',
  ),
  art80e: seed(
    'art. 80',
    'c. 1, lett. e)',
    'L1320',
    'composizione delle commissioni concorsuali solo con esperti di provata competenza nelle materie oggetto del concorso, con esclusione di coloro che ricoprono cariche politiche o sindacali.',
  ),
  art103: seed(
    'art. 103',
    'c. 2',
    'L1673',
    "un'apposita commissione, di cui dovrà far parte almeno un docente del corso stesso",
  ),
  art106Appointment: seed(
    'art. 106',
    'c. 2',
    'L1703',
    'Le selezioni sono svolte da apposita Commissione Esaminatrice, nominata dal Responsabile del Servizio Gestione Risorse Umane',
  ),
  art106President: seed('art. 106', 'c. 2', 'L1705', 'Responsabile del Servizio Gestione Risorse Umane –Presidente;'),
  art106Head: seed(
    'art. 106',
    'c. 2',
    'L1707',
    'Responsabile del Servizio Area presso cui deve essere inserito il lavoratore – componente.',
  ),
  art106Other: seed('art. 106', 'c. 2', 'L1709', 'Responsabile di altro Servizio Comunale'),
  art106Secretary: seed(
    'art. 106',
    'c. 2',
    'L1711',
    'Fungerà da segretario un dipendente di ruolo professionalmente inquadrato nella qualifica non inferiore alla categoria C) individuato dal Responsabile del Servizio Gestione Risorse Umane.',
  ),
  art107bis: seed('art. 107bis', undefined, 'L1773–L1791', 'Le Commissioni Giudicatrici saranno composte come segue:'),
  art107bisCost: seed(
    'art. 107bis',
    undefined,
    'L1787',
    "L'attribuzione dell'incarico di membro esperto esterno non dovrà comportare oneri aggiunti per l'Amministrazione.",
  ),
  art119c1: seed(
    'art. 119',
    'c. 1',
    'L1901',
    'La commissione esaminatrice delle procedure selettive per l\'accesso alle categorie " C) e superiori , è nominata con provvedimento della Giunta Comunale.',
  ),
  art119President: seed(
    'art. 119',
    'c. 2',
    'L1902',
    'La commissione esaminatrice è composta dal Responsabile del Servizio Gestione Risorse Umane, Presidente,',
  ),
  art119Head: seed('art. 119', 'c. 2', 'L1902', "dal Responsabile del Servizio/Area interessato/a all'assunzione"),
  art119Expert: seed(
    'art. 119',
    'c. 2',
    'L1902',
    'altro dipendente di Pubblica Amministrazione, esperto nella medesima area del posto da ricoprire, professionalmente inquadrato nella stessa categoria o nella categoria superiore a quella del posto messo a concorso. Il predetto esperto viene selezionato in base al curriculum vitae dal Responsabile del Servizio Risorse Umane.',
  ),
  art119Substitute: seed(
    'art. 119',
    'c. 2',
    'L1902',
    "Nel caso in cui il Responsabile del Servizio Risorse Umane riveste anche la figura di Responsabile del Servizio interessato all'assunzione, la Giunta Comunale procederà alla scelta di altro Responsabile di Servizio all'interno dell'Amministrazione o appartenente ad altra Pubblica Amministrazione, quale componente della Commissione Giudicatrice.",
  ),
  art119c3: seed(
    'art. 119',
    'c. 3',
    'L1903',
    'Ove ne ricorra il caso, alle commissioni possono essere aggregati membri aggiunti per gli esami di lingua straniera e per materie speciali.',
  ),
  art119c4: seed(
    'art. 119',
    'c. 4',
    'L1904',
    'Non possono far parte delle commissioni esaminatrici gli amministratori comunali, coloro che ricoprano cariche politiche o che siano rappresentanti sindacali o designati dalle confederazioni ed organizzazioni sindacali o dalle associazioni professionali.',
  ),
  art119c5: seed(
    'art. 119',
    'c. 5',
    'L1905',
    'Almeno un terzo dei posti di componente delle commissioni, salva motivata impossibilità, è riservato alle donne.',
  ),
  art119c6: seed(
    'art. 119',
    'c. 6',
    'L1906',
    "I componenti della commissione, dipendenti della pubblica amministrazione ed il cui rapporto d'impiego cessi per qualsiasi causa durante l'espletamento dei lavori della commissione, decadono dall'incarico, salvo conferma dell'amministrazione.",
  ),
  art119c7: seed(
    'art. 119',
    'c. 7',
    'L1907',
    "Le funzioni di segretario delle commissioni esaminatrici sono svolte da un dipendente di ruolo dell'amministrazione comunale designato dal Segretario Generale professionalmente inquadrato nella stessa categoria o nella categoria superiore del posto messo a concorso.",
  ),
  art119c8: seed(
    'art. 119',
    'c. 8',
    'L1908',
    "La commissione esaminatrice delle procedure selettive per l'accesso a tempo indeterminato alle categorie B 3 giuridico ed inferiori, è composta ai sensi del precedente art. 106 commi 2 e 3.",
  ),
  art120Appointment: seed(
    'art. 120',
    'c. 1',
    'L1912',
    "Le selezioni per l'accesso a qualsiasi categoria sono svolte da apposita commissione esaminatrice, nominata dal Responsabile del Servizio Gestione Risorse Umane",
  ),
  art120President: seed('art. 120', 'c. 1', 'L1913', 'Responsabile del Servizio Gestione Risorse Umane – Presidente;'),
  art120Head: seed(
    'art. 120',
    'c. 1',
    'L1914',
    'Responsabile del Servizio Area presso cui deve essere inserito il lavoratore – componente.',
  ),
  art120Other: seed('art. 120', 'c. 1', 'L1915', 'Responsabile di altro Servizio Comunale'),
  art120Secretary: seed(
    'art. 120',
    'c. 2',
    'L1916',
    'Fungerà da segretario un dipendente di ruolo professionalmente inquadrato nella qualifica non inferiore alla categoria C), individuato dal Responsabile del Servizio Gestione Risorse Umane.',
  ),
  art121c1a: seed(
    'art. 121',
    'c. 1, lett. a)',
    'L1921–L1922',
    'Ai componenti interni, e al segretario delle Commissioni esaminatrici è corrisposto un compenso forfettario … a) euro 120,00, per selezioni fino alla categoria B;',
  ),
  art121c1b: seed(
    'art. 121',
    'c. 1, lett. b)',
    'L1921, L1923',
    'Ai componenti interni, e al segretario delle Commissioni esaminatrici è corrisposto un compenso forfettario … b) euro 250,00, per selezioni fino alla categoria C;',
  ),
  art121c1c: seed(
    'art. 121',
    'c. 1, lett. c)',
    'L1921, L1924',
    'Ai componenti interni, e al segretario delle Commissioni esaminatrici è corrisposto un compenso forfettario … c) euro 300,00, per selezioni fino alla categoria D o superiore.',
  ),
  art121c2a: seed(
    'art. 121',
    'c. 2, lett. a)',
    'L1926',
    'a) euro 0,40 per ogni candidato esaminato per le selezioni previste per le assunzioni mediante avviamento degli iscritti nelle liste di collocamento;',
  ),
  art121c2b: seed(
    'art. 121',
    'c. 2, lett. b)',
    'L1927',
    'b) euro 0,50 per ciascun elaborato o candidato esaminato per le selezioni fino alla categoria C;',
  ),
  art121c2c: seed(
    'art. 121',
    'c. 2, lett. c)',
    'L1928',
    'c) euro 0,60 per ogni elaborato o candidato esaminato per le selezioni per categorie superiori.',
  ),
  art121c2External: seed(
    'art. 121',
    'c. 2',
    'L1925',
    'Ai componenti interni, e al segretario delle commissioni, oltre al compenso di cui al comma 1, compete il seguente compenso integrativo:',
  ),
  art121c3a: seed(
    'art. 121',
    'c. 3, lett. a)',
    'L1929–L1930',
    'Ai componenti esterni compresi gli eventuali membri aggiuntivi per gli esami di lingua straniera spetta un compenso forfettario … a) euro 250,00, per selezioni fino alla categoria B;',
  ),
  art121c3b: seed(
    'art. 121',
    'c. 3, lett. b)',
    'L1929, L1931',
    'Ai componenti esterni compresi gli eventuali membri aggiuntivi per gli esami di lingua straniera spetta un compenso forfettario … b) euro 350,00, per selezioni fino alla categoria C;',
  ),
  art121c3c: seed(
    'art. 121',
    'c. 3, lett. c)',
    'L1929, L1932',
    'Ai componenti esterni compresi gli eventuali membri aggiuntivi per gli esami di lingua straniera spetta un compenso forfettario … c) euro 450,00, per selezioni fino alla categoria D o superiore.',
  ),
  art121c3Expenses: seed('art. 121', 'c. 3', 'L1932', 'oltre al rimborso delle spese documentate di viaggio e vitto.'),
  art121c4: seed(
    'art. 121',
    'c. 4',
    'L1933',
    'I compensi per i segretari delle commissioni sono ridotti del 10 per cento.',
  ),
  art121c5: seed(
    'art. 121',
    'c. 5',
    'L1934',
    'I compensi di cui alle lettere b) e c) dei commi 1 e 3 sono aumentati del 20 per cento per le selezioni per titoli ed esami.',
  ),
  art121c6: seed(
    'art. 121',
    'c. 6',
    'L1935',
    'Ai componenti che si dimettono o che sono dichiarati decaduti, i compensi sono dovuti in misura proporzionale al numero delle sedute della commissione cui hanno partecipato.',
  ),
  art121c7: seed(
    'art. 121',
    'c. 7',
    'L1936',
    "Ai componenti e al segretario dipendenti comunali, che espletano l'attività nell'ambito del loro orario di lavoro e di servizio, spetta solo l'eventuale rimborso delle spese di viaggio ed il buono pasto.",
  ),
  art121c8: seed(
    'art. 121',
    'c. 8',
    'L1937',
    'La spesa per le commissioni esaminatrici è impegnata con determinazione del responsabile di servizio responsabile della struttura organizzativa che cura gli affari del personale.',
  ),
  allNBoard: seed(
    'All. N, art. 7',
    undefined,
    'L4672',
    "La Commissione per lo svolgimento della selezione è composta dal Segretario Comunale, che la presiede, e da due componenti scelti dall'apposito Albo degli esperti.",
  ),
  allNSecretary: seed(
    'All. N, art. 7',
    undefined,
    'L4674',
    'Fungerà da segretario un dipendente individuato dal Segretario Comunale appartenente alla qualifica non inferiore alla categoria C.',
  ),
  allNAppointment: seed(
    'All. N, art. 7',
    undefined,
    'L4676',
    'La nomina della Commissione esaminatrice è di competenza della Giunta Comunale.',
  ),
  allNFees: seed(
    'All. N, art. 7',
    undefined,
    'L4682',
    'Ai componenti della Commissione sono riconosciuti i compensi previsti dal D.P.C.M. 23/03/95 nonché i relativi rimborsi spese.',
  ),
  allPMembers: seed('All. P, art. 9', 'c. 1', 'L5037', 'La Commissione Esaminatrice è composta da tre membri.'),
  allPAppointment: seed(
    'All. P, art. 9',
    'c. 2',
    'L5038',
    'La Commissione è nominata con apposito provvedimento della Giunta',
  ),
  allPSecretary: seed(
    'All. P, art. 9',
    'c. 4',
    'L5040',
    'tale prima graduatoria, sottoscritta dal Presidente e dal Segretario',
  ),
  art35bis: { source: 'external', law: LAW_165, article: 'art. 35-bis', paragraph: 'c. 1, lett. a)' } as Citation,
  lucca35bis: seed(
    'PIAO 2024-2026, sez. 2.3.7 (misure generali)',
    undefined,
    'L1787, L1789',
    "coloro che siano stati condannati, anche con sentenza non passata in giudicato, per i reati previsti nel Capo I del Titolo II del libro secondo del Codice penale: … non possano fare parte, anche con compiti di segreteria, di commissioni per l'accesso o la selezione a pubblici impieghi;",
    LUCCA_PIAO,
  ),
  luccaDeclaration: seed(
    'PIAO 2024-2026, sez. 2.3.7 (misure generali)',
    undefined,
    'L1794',
    "ogni commissario e/o responsabile all'atto della designazione sarà tenuto a rendere, ai sensi del DPR 445/2000, una dichiarazione di insussistenza delle condizioni di incompatibilità di cui sopra.",
    LUCCA_PIAO,
  ),
  nuxisReplacement: seed(
    'PIAO 2025-2027, sez. 2.3.5 (misure generali)',
    undefined,
    'L495, L497',
    "All'atto della nomina si provvederà alla verifica della sussistenza o meno di sentenze penali di condanna, anche non definitive per reati contro la … In ipotesi affermativa, si provvederà immediatamente alla sostituzione degli stessi con altri componenti e dei soggetti istruttori.",
    NUXIS_PIAO,
  ),
  nuxisConflict: seed(
    'PIAO 2025-2027, Allegato B (scheda operativa concorsi pubblici)',
    undefined,
    'L1605',
    "Dopo la scadenza per la proposizione delle domande e visionate la medesime, ciascuno dei membri dovrà sottoscrivere una autodichiarazione circa l'inesistenza di conflitto di interessi anche potenziale tra loro ed i candidati che hanno presentato domanda.",
    NUXIS_PIAO,
  ),
  nuxisGender: seed(
    'PIAO 2025-2027, sez. 3.4 (piano delle azioni positive), obiettivo 2',
    undefined,
    'L1162',
    'Il Comune si impegna ad assicurare, nelle commissioni di concorso e selezione, la presenza di almeno un terzo dei componenti di sesso femminile.',
    NUXIS_PIAO,
  ),
  massaInsediamento: seed(
    'PTPC 2016-2018, par. 6.1',
    'lett. n)',
    'L217',
    "i componenti le commissioni di concorso e di gara dovranno rendere, all'atto dell'insediamento, dichiarazione di non trovarsi in rapporti di parentela o di lavoro o professionali con i partecipanti alla gara od al concorso;",
    MASSA_PTPC,
  ),
  massaAcceptance: seed(
    'PTPC 2016-2018, par. 9',
    'lett. c)',
    'L284',
    "all'atto dell'accettazione della nomina, rendono dichiarazione sull'insussistenza di rapporti di parentela o professionali con gli amministratori, i dirigenti ed i responsabili di servizio o loro familiari stretti",
    MASSA_PTPC,
  ),
  massaAbstention: seed(
    'PTPC 2016-2018, par. 6.1',
    'lett. c)',
    'L176',
    'devono astenersi in caso di conflitto di interessi, segnalando ogni situazione di conflitto, anche potenziale, dando comunicazione al Responsabile della prevenzione della corruzione',
    MASSA_PTPC,
  ),
  massaConflictForms: seed(
    'PIAO 2023-2025, obiettivo A.1.1',
    undefined,
    'L219',
    'Utilizzo della nuova modulistica in tema di conflitto di interesse, sia per i dipendenti/collaboratori',
    MASSA_PIAO,
  ),
} satisfies Record<string, Citation>;

const C = COMMISSION_CITATIONS;

// ------------------------------------------------------------------------------ composition matrix

export type CompositionRowId =
  | 'TI_C_E_SUPERIORI'
  | 'TI_B3_E_INFERIORI'
  | 'LISTE_COLLOCAMENTO'
  | 'TEMPO_DETERMINATO'
  | 'MOBILITA_IN'
  | 'PROGRESSIONE_CARRIERA'
  | 'CFL';

export interface SeatRule {
  seat: Seat;
  count: number;
  citation: Citation;
}

/** Who takes the hiring-service seat when RESP_HR also heads the hiring service. */
export interface SubstituteRule {
  designatedBy: Designator;
  employers: readonly Employer[];
  /** True where the seed is silent and art. 119 c.2 is applied by analogy (reading R7). */
  byAnalogy: boolean;
  citation: Citation;
}

export interface SecretaryRule {
  /** Di ruolo. */
  permanent: boolean;
  /** An employee of the Comune. */
  comuneEmployee: boolean;
  designatedBy?: Designator;
  /** 'POST': the post's category or higher; a category: that one or higher. */
  minInquadramento?: 'POST' | Category;
  citation: Citation;
}

export type FeeRegime = 'ART_121' | 'DPCM_23_03_1995' | 'NON_DISCIPLINATO';

export interface CompositionRow {
  kind: 'checked';
  id: CompositionRowId;
  /** Italian. */
  label: string;
  procedureTypes: readonly BoardProcedureType[];
  categories: readonly Category[];
  appointedBy: Appointer;
  appointmentCitation: Citation;
  president: SeatRule;
  /** The components other than the president. */
  members: readonly SeatRule[];
  substitute?: SubstituteRule;
  secretary: SecretaryRule;
  feeRegime: FeeRegime;
  feeCitation: Citation;
}

/** A row whose board another module builds and checks. */
export interface DelegatedRow {
  kind: 'delegated';
  id: CompositionRowId;
  label: string;
  procedureTypes: readonly BoardProcedureType[];
  categories: readonly Category[];
  checkedBy: string;
  citation: Citation;
  feeRegime: FeeRegime;
  feeCitation: Citation;
}

const ALL_CATEGORIES: readonly Category[] = ['A', 'B1', 'B3', 'C', 'D1', 'D3'];
const C_AND_ABOVE: readonly Category[] = ['C', 'D1', 'D3'];
const B3_AND_BELOW: readonly Category[] = ['A', 'B1', 'B3'];

/** The RESP_HR-chaired boards of artt. 106 c.2 and 120: same seats, different citations. */
function smallBoard(
  id: CompositionRowId,
  label: string,
  procedureTypes: readonly BoardProcedureType[],
  categories: readonly Category[],
  cit: { appointment: Citation; president: Citation; head: Citation; other: Citation; secretary: Citation },
): CompositionRow {
  return {
    kind: 'checked',
    id,
    label,
    procedureTypes,
    categories,
    appointedBy: 'RESP_HR',
    appointmentCitation: cit.appointment,
    president: { seat: 'RESP_HR', count: 1, citation: cit.president },
    members: [
      { seat: 'RESP_SERVIZIO_INTERESSATO', count: 1, citation: cit.head },
      { seat: 'RESP_ALTRO_SERVIZIO', count: 1, citation: cit.other },
    ],
    substitute: { designatedBy: 'RESP_HR', employers: ['COMUNE'], byAnalogy: true, citation: C.art119Substitute },
    secretary: {
      permanent: true,
      comuneEmployee: false,
      designatedBy: 'RESP_HR',
      minInquadramento: 'C',
      citation: cit.secretary,
    },
    feeRegime: 'ART_121',
    feeCitation: C.art121c1a,
  };
}

const ART_106_BOARD = {
  appointment: C.art106Appointment,
  president: C.art106President,
  head: C.art106Head,
  other: C.art106Other,
  secretary: C.art106Secretary,
};

/**
 * The composition matrix of recruitment.md §12.1. The corso-concorso (P2) uses the concorso rows by
 * category, plus at least one teacher of the course (COURSE_TEACHER_RULE).
 */
export const COMPOSITION_MATRIX: readonly (CompositionRow | DelegatedRow)[] = [
  {
    kind: 'checked',
    id: 'TI_C_E_SUPERIORI',
    label: 'Tempo indeterminato, categoria C e superiori (concorso pubblico, corso-concorso)',
    procedureTypes: ['CONCORSO_PUBBLICO', 'CORSO_CONCORSO'],
    categories: C_AND_ABOVE,
    appointedBy: 'GIUNTA',
    appointmentCitation: C.art119c1,
    president: { seat: 'RESP_HR', count: 1, citation: C.art119President },
    members: [
      { seat: 'RESP_SERVIZIO_INTERESSATO', count: 1, citation: C.art119Head },
      { seat: 'ESPERTO_PA', count: 1, citation: C.art119Expert },
    ],
    substitute: {
      designatedBy: 'GIUNTA',
      employers: ['COMUNE', 'ALTRA_PA'],
      byAnalogy: false,
      citation: C.art119Substitute,
    },
    secretary: {
      permanent: true,
      comuneEmployee: true,
      designatedBy: 'SEGRETARIO_GENERALE',
      minInquadramento: 'POST',
      citation: C.art119c7,
    },
    feeRegime: 'ART_121',
    feeCitation: C.art121c1a,
  },
  smallBoard(
    'TI_B3_E_INFERIORI',
    'Tempo indeterminato, categoria B3 giuridico e inferiori (art. 119 c.8, composizione ex art. 106 c.2)',
    ['CONCORSO_PUBBLICO', 'CORSO_CONCORSO'],
    B3_AND_BELOW,
    ART_106_BOARD,
  ),
  smallBoard(
    'LISTE_COLLOCAMENTO',
    'Avviamento degli iscritti nelle liste di collocamento (art. 106)',
    ['LISTE_COLLOCAMENTO'],
    ALL_CATEGORIES,
    ART_106_BOARD,
  ),
  smallBoard(
    'TEMPO_DETERMINATO',
    'Tempo determinato, qualsiasi categoria (art. 120)',
    ['TEMPO_DETERMINATO'],
    ALL_CATEGORIES,
    {
      appointment: C.art120Appointment,
      president: C.art120President,
      head: C.art120Head,
      other: C.art120Other,
      secretary: C.art120Secretary,
    },
  ),
  {
    kind: 'delegated',
    id: 'MOBILITA_IN',
    label: 'Mobilità in entrata da altre Pubbliche Amministrazioni (art. 107bis)',
    procedureTypes: ['MOBILITA_IN'],
    categories: ALL_CATEGORIES,
    checkedBy: 'shared/procedures/mobility/rules.ts (mobilityBoard)',
    citation: C.art107bis,
    feeRegime: 'NON_DISCIPLINATO',
    feeCitation: C.art107bisCost,
  },
  {
    kind: 'checked',
    id: 'PROGRESSIONE_CARRIERA',
    label: 'Progressione di carriera (Allegato N)',
    procedureTypes: ['PROGRESSIONE_CARRIERA'],
    categories: ALL_CATEGORIES,
    appointedBy: 'GIUNTA',
    appointmentCitation: C.allNAppointment,
    president: { seat: 'SEGRETARIO_COMUNALE', count: 1, citation: C.allNBoard },
    members: [{ seat: 'ESPERTO_ALBO', count: 2, citation: C.allNBoard }],
    secretary: {
      permanent: false,
      comuneEmployee: false,
      designatedBy: 'SEGRETARIO_GENERALE',
      minInquadramento: 'C',
      citation: C.allNSecretary,
    },
    feeRegime: 'DPCM_23_03_1995',
    feeCitation: C.allNFees,
  },
  {
    kind: 'checked',
    id: 'CFL',
    label: 'Contratto di formazione e lavoro (Allegato P)',
    procedureTypes: ['CFL'],
    categories: ALL_CATEGORIES,
    appointedBy: 'GIUNTA',
    appointmentCitation: C.allPAppointment,
    president: { seat: 'PRESIDENTE_CFL', count: 1, citation: C.allPMembers },
    members: [{ seat: 'COMPONENTE_CFL', count: 2, citation: C.allPMembers }],
    secretary: { permanent: false, comuneEmployee: false, citation: C.allPSecretary },
    feeRegime: 'ART_121',
    feeCitation: C.art121c1a,
  },
];

/** Corso-concorso: at least one teacher of the course among the components (art. 103 c.2). */
export const COURSE_TEACHER_RULE = { procedureType: 'CORSO_CONCORSO', citation: C.art103 } as const;

/** Art. 119 c.5: at least a third of the components are women, save a motivated impossibility. */
export const GENDER_RULE: GenderRule = { numerator: 1, denominator: 3, exceptionAllowed: true, citation: C.art119c5 };
/** Nuxis's own commitment (local rule, no exception): an example of another entity's data. */
export const NUXIS_GENDER_RULE: GenderRule = {
  numerator: 1,
  denominator: 3,
  exceptionAllowed: false,
  citation: C.nuxisGender,
};

/** The matrix row for a procedure type and the post's category. */
export function compositionRow(procedureType: BoardProcedureType, category: Category): CompositionRow | DelegatedRow {
  const row = COMPOSITION_MATRIX.find(
    (r) => r.procedureTypes.includes(procedureType) && r.categories.includes(category),
  );
  if (!row) throw new RangeError(`No board composition for ${procedureType}, category ${category}`);
  return row;
}

// ------------------------------------------------------------------------------------------ checks

export type CompositionCheckId =
  | 'NOMINA'
  | 'SEGGI'
  | 'PRESIDENTE'
  | 'RESP_SERVIZIO'
  | 'SOSTITUTO'
  | 'ESPERTO_PA'
  | 'ESPERTO_AREA'
  | 'ESPERTO_CATEGORIA'
  | 'ESPERTO_CURRICULUM'
  | 'ALTRO_SERVIZIO'
  | 'ALBO_ESPERTI'
  | 'DOCENTE_CORSO'
  | 'SEGRETARIO_RUOLO'
  | 'SEGRETARIO_DESIGNAZIONE'
  | 'SEGRETARIO_CATEGORIA'
  | 'DISTINTI'
  | 'COMPETENZA'
  | 'ESCLUSI'
  | 'GENERE'
  | 'MEMBRI_AGGIUNTI'
  | 'DECADENZA';

export interface BoardCheck<Id extends string = CompositionCheckId> {
  id: Id;
  passed: boolean;
  /** Italian, ending with the citation. */
  reason: string;
  citation: Citation;
  /** The person the check is about, when it is about one. */
  memberId?: string;
}

export type CompositionCheck = BoardCheck<CompositionCheckId>;

export interface CompositionResult {
  valid: boolean;
  rowId: CompositionRowId;
  checks: CompositionCheck[];
}

function cited(text: string, citation: Citation): string {
  return `${text} — ${formatCitation(citation)}.`;
}

function mk<Id extends string>(
  id: Id,
  passed: boolean,
  text: string,
  citation: Citation,
  memberId?: string,
): BoardCheck<Id> {
  return { id, passed, reason: cited(text, citation), citation, ...(memberId ? { memberId } : {}) };
}

const LEVEL: Readonly<Record<Inquadramento, number>> = { A: 1, B1: 2, B3: 3, C: 4, D1: 5, D3: 6, DIRIGENTE: 7 };
const levelText = (i: Inquadramento) => (i === 'DIRIGENTE' ? 'dirigente' : `categoria ${i}`);
const atLeast = (i: Inquadramento | undefined, min: Category) => i !== undefined && LEVEL[i] >= LEVEL[min];
const norm = (s: string | undefined) => (s ?? '').trim().toLowerCase();
const hasText = (s: string | undefined) => norm(s) !== '';

const DESIGNATOR_LABELS: Readonly<Record<Designator, string>> = {
  GIUNTA: 'dalla Giunta Comunale',
  RESP_HR: 'dal Responsabile del Servizio Gestione Risorse Umane',
  SEGRETARIO_GENERALE: 'dal Segretario Generale',
};
const APPOINTER_LABELS: Readonly<Record<Appointer, string>> = {
  GIUNTA: 'dalla Giunta Comunale',
  RESP_HR: 'dal Responsabile del Servizio Gestione Risorse Umane',
};

const substituteWhy =
  ": il Responsabile del Servizio Risorse Umane è anche Responsabile del Servizio interessato all'assunzione";
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function isComponent(m: BoardMember): boolean {
  const role = SEAT_ROLE[m.seat];
  return role === 'PRESIDENTE' || role === 'COMPONENTE';
}

/** The seats the board must have, with the substitution of art. 119 c.2 when it applies. */
function expectedSeats(row: CompositionRow, ctx: BoardContext): SeatRule[] {
  const substitute = row.substitute && ctx.respHrId === ctx.hiringServiceHeadId;
  const members = row.members.map((s) =>
    substitute && s.seat === 'RESP_SERVIZIO_INTERESSATO'
      ? { seat: 'SOSTITUTO_RESP_SERVIZIO' as const, count: 1, citation: row.substitute!.citation }
      : s,
  );
  return [row.president, ...members, { seat: 'SEGRETARIO', count: 1, citation: row.secretary.citation }];
}

/**
 * Checks the board against the matrix row and every rule of recruitment.md §12.2. Each rule yields a
 * passed check or one failed check per offence, so the record shows what was verified.
 */
export function checkComposition(board: Board, ctx: BoardContext): CompositionResult {
  const row = compositionRow(ctx.procedureType, ctx.category);
  if (row.kind === 'delegated') {
    throw new RangeError(`The ${row.id} board is checked by ${row.checkedBy}`);
  }
  const checks: CompositionCheck[] = [];
  const members = board.members;
  const holders = (seat: Seat) => members.filter((m) => m.seat === seat);

  // Appointing body (art. 119 c.1; art. 106 c.2; art. 120 c.1; All. N; All. P art. 9 c.2).
  checks.push(
    mk(
      'NOMINA',
      board.appointedBy === row.appointedBy,
      board.appointedBy === row.appointedBy
        ? `Commissione nominata ${APPOINTER_LABELS[row.appointedBy]}`
        : `La commissione deve essere nominata ${APPOINTER_LABELS[row.appointedBy]}, non ${APPOINTER_LABELS[board.appointedBy]}`,
      row.appointmentCitation,
    ),
  );

  // Seats: each filled by as many persons as the row requires; no seat the row does not foresee.
  const expected = expectedSeats(row, ctx);
  const substituted = expected.some((s) => s.seat === 'SOSTITUTO_RESP_SERVIZIO');
  for (const rule of expected) {
    const found = holders(rule.seat);
    const label = SEAT_LABELS[rule.seat];
    const why = rule.seat === 'SOSTITUTO_RESP_SERVIZIO' ? substituteWhy : '';
    if (found.length === rule.count) {
      checks.push(mk('SEGGI', true, `${capital(label)}: ${found.map((m) => m.name).join(', ')}`, rule.citation));
    } else if (found.length < rule.count) {
      checks.push(
        mk(
          'SEGGI',
          false,
          rule.count === 1
            ? `Posto di ${label} non coperto${why}`
            : `Posti di ${label}: coperti ${found.length} su ${rule.count}${why}`,
          rule.citation,
        ),
      );
    } else {
      checks.push(
        mk(
          'SEGGI',
          false,
          `Posti di ${label}: ${found.length} persone (${found.map((m) => m.name).join(', ')}) per ${rule.count === 1 ? 'un solo posto' : `${rule.count} posti`}`,
          rule.citation,
        ),
      );
    }
  }
  for (const m of members) {
    if (m.seat === 'MEMBRO_AGGIUNTO' || expected.some((s) => s.seat === m.seat)) continue;
    const replaced = m.seat === 'RESP_SERVIZIO_INTERESSATO' && substituted;
    const text = replaced
      ? `${m.name} non può sedere come ${SEAT_LABELS[m.seat]}${substituteWhy}; il posto spetta ad altro Responsabile di Servizio`
      : `${m.name}: il posto di ${SEAT_LABELS[m.seat]} non è previsto per questa commissione (${row.label})`;
    checks.push(mk('SEGGI', false, text, replaced ? row.substitute!.citation : row.president.citation, m.id));
  }

  checkPresident(row, ctx, holders(row.president.seat), checks);
  checkMemberSeats(row, ctx, members, checks);
  checkSecretary(row, ctx, holders('SEGRETARIO'), checks);

  // Corso-concorso: a course teacher among the components (added members included).
  if (ctx.procedureType === COURSE_TEACHER_RULE.procedureType) {
    const teachers = members.filter((m) => m.seat !== 'SEGRETARIO' && m.courseTeacher);
    checks.push(
      mk(
        'DOCENTE_CORSO',
        teachers.length > 0,
        teachers.length > 0
          ? `Docente del corso in commissione: ${teachers.map((m) => m.name).join(', ')}`
          : 'Nessun componente è docente del corso: deve farne parte almeno un docente del corso',
        COURSE_TEACHER_RULE.citation,
      ),
    );
  }

  // One person, one seat (the secretary is not a component either).
  const seen = new Map<string, BoardMember>();
  const dupes: CompositionCheck[] = [];
  for (const m of members) {
    const other = seen.get(m.id);
    if (other) {
      dupes.push(
        mk(
          'DISTINTI',
          false,
          `${m.name} occuperebbe due posti (${SEAT_LABELS[other.seat]} e ${SEAT_LABELS[m.seat]}): i componenti e il segretario devono essere persone distinte`,
          row.president.citation,
          m.id,
        ),
      );
    } else seen.set(m.id, m);
  }
  checks.push(
    ...(dupes.length > 0
      ? dupes
      : [mk('DISTINTI', true, 'Componenti e segretario sono persone distinte', row.president.citation)]),
  );

  // Proven competence in the subjects (art. 80 c.1 e; art. 3 b): every component, added members too.
  const noExpertise = members.filter((m) => m.seat !== 'SEGRETARIO' && !hasText(m.expertise));
  checks.push(
    ...(noExpertise.length > 0
      ? noExpertise.map((m) =>
          mk(
            'COMPETENZA',
            false,
            `Per ${m.name} non è indicata la competenza nelle materie del concorso: la commissione è composta solo da esperti di provata competenza`,
            C.art80e,
            m.id,
          ),
        )
      : [mk('COMPETENZA', true, 'Per ogni componente è indicata la competenza nelle materie del concorso', C.art80e)]),
  );

  // Excluded offices (art. 119 c.4; art. 80 c.1 e): components and added members (reading R4).
  const excluded = members.filter((m) => m.seat !== 'SEGRETARIO' && m.excludedOffice);
  checks.push(
    ...(excluded.length > 0
      ? excluded.map((m) =>
          mk(
            'ESCLUSI',
            false,
            `${m.name} ${EXCLUDED_OFFICE_LABELS[m.excludedOffice!]}: non può far parte della commissione`,
            C.art119c4,
            m.id,
          ),
        )
      : [
          mk(
            'ESCLUSI',
            true,
            'Nessun componente è amministratore comunale, titolare di cariche politiche, rappresentante o designato sindacale o di associazioni professionali',
            C.art119c4,
          ),
        ]),
  );

  checks.push(genderCheck(board, ctx.genderRule ?? GENDER_RULE));

  // Added members: only for foreign-language exams and special subjects (art. 119 c.3).
  const added = holders('MEMBRO_AGGIUNTO');
  const addedWithout = added.filter((m) => !hasText(m.addedFor));
  if (added.length > 0) {
    checks.push(
      ...(addedWithout.length > 0
        ? addedWithout.map((m) =>
            mk(
              'MEMBRI_AGGIUNTI',
              false,
              `Per il membro aggiunto ${m.name} non è indicata la lingua straniera o la materia speciale per cui è aggregato`,
              C.art119c3,
              m.id,
            ),
          )
        : [
            mk(
              'MEMBRI_AGGIUNTI',
              true,
              `Membri aggiunti: ${added.map((m) => `${m.name} (${m.addedFor!.trim()})`).join(', ')}`,
              C.art119c3,
            ),
          ]),
    );
  }

  // Lapse (art. 119 c.6): public employment ended during the work, not confirmed by the Administration.
  const lapsed = members.filter((m) => m.employmentEnded && !m.employmentEnded.confirmedByAdministration);
  checks.push(
    ...(lapsed.length > 0
      ? lapsed.map((m) =>
          mk(
            'DECADENZA',
            false,
            `${m.name} decade dall'incarico: il rapporto d'impiego è cessato il ${m.employmentEnded!.on} e l'Amministrazione non lo ha confermato`,
            C.art119c6,
            m.id,
          ),
        )
      : [mk('DECADENZA', true, 'Nessun componente è decaduto per cessazione del rapporto di impiego', C.art119c6)]),
  );

  return { valid: checks.every((c) => c.passed), rowId: row.id, checks };
}

function checkPresident(row: CompositionRow, ctx: BoardContext, found: BoardMember[], checks: CompositionCheck[]) {
  if (found.length !== 1) return; // the seat check already failed
  const p = found[0];
  const seat = row.president.seat;
  if (seat === 'RESP_HR') {
    const ok = p.id === ctx.respHrId;
    // art. 24 c.5 q (L696) gives the chair to RESP_HR for concorsi; the row's own article for the rest.
    const citation = row.id === 'TI_C_E_SUPERIORI' ? C.art24q : row.president.citation;
    checks.push(
      mk(
        'PRESIDENTE',
        ok,
        ok
          ? `Presiede ${p.name}, Responsabile del Servizio Gestione Risorse Umane`
          : `${p.name} non è il Responsabile del Servizio Gestione Risorse Umane, a cui spetta la presidenza`,
        citation,
        p.id,
      ),
    );
  } else if (seat === 'SEGRETARIO_COMUNALE') {
    if (!ctx.segretarioGeneraleId) throw new RangeError('segretarioGeneraleId is required for a progression board');
    const ok = p.id === ctx.segretarioGeneraleId;
    checks.push(
      mk(
        'PRESIDENTE',
        ok,
        ok
          ? `Presiede ${p.name}, Segretario Comunale`
          : `${p.name} non è il Segretario Comunale, che presiede la commissione`,
        row.president.citation,
        p.id,
      ),
    );
  } else {
    // All. P art. 9 names a President but not who it is (reading R8).
    checks.push(
      mk(
        'PRESIDENTE',
        true,
        `Presiede ${p.name}, uno dei tre componenti (l'Allegato P non indica chi presieda)`,
        row.president.citation,
        p.id,
      ),
    );
  }
}

function checkMemberSeats(
  row: CompositionRow,
  ctx: BoardContext,
  members: readonly BoardMember[],
  checks: CompositionCheck[],
) {
  for (const m of members) {
    switch (m.seat) {
      case 'RESP_SERVIZIO_INTERESSATO': {
        if (!row.members.some((s) => s.seat === m.seat)) break;
        if (row.substitute && ctx.respHrId === ctx.hiringServiceHeadId) break; // seat replaced, SEGGI said so
        const ok = m.id === ctx.hiringServiceHeadId;
        checks.push(
          mk(
            'RESP_SERVIZIO',
            ok,
            ok
              ? `${m.name} è il Responsabile del Servizio interessato all'assunzione`
              : `${m.name} non è il Responsabile del Servizio interessato all'assunzione`,
            row.members.find((s) => s.seat === m.seat)!.citation,
            m.id,
          ),
        );
        break;
      }
      case 'SOSTITUTO_RESP_SERVIZIO': {
        const rule = row.substitute;
        if (!rule || ctx.respHrId !== ctx.hiringServiceHeadId) break; // not foreseen: SEGGI said so
        const problems: string[] = [];
        if (!hasText(m.headOfService)) problems.push('non è Responsabile di Servizio');
        if (!rule.employers.includes(m.employer)) {
          problems.push(
            rule.employers.includes('ALTRA_PA')
              ? "non appartiene all'Amministrazione né ad altra Pubblica Amministrazione"
              : 'non è Responsabile di un Servizio Comunale',
          );
        }
        if (m.designatedBy !== rule.designatedBy)
          problems.push(`non è stato scelto ${DESIGNATOR_LABELS[rule.designatedBy]}`);
        if (m.id === ctx.respHrId) problems.push('è lo stesso Responsabile del Servizio Risorse Umane');
        const analogy = rule.byAnalogy ? " (regola dell'art. 119 c.2 applicata per analogia)" : '';
        checks.push(
          mk(
            'SOSTITUTO',
            problems.length === 0,
            problems.length === 0
              ? `${m.name}, Responsabile del Servizio ${m.headOfService!.trim()}, siede in luogo del Responsabile del Servizio interessato, scelto ${DESIGNATOR_LABELS[rule.designatedBy]}${analogy}`
              : `${m.name} non può sostituire il Responsabile del Servizio interessato all'assunzione: ${problems.join('; ')}${analogy}`,
            rule.citation,
            m.id,
          ),
        );
        break;
      }
      case 'ESPERTO_PA': {
        if (!row.members.some((s) => s.seat === m.seat)) break;
        const pa = m.employer === 'COMUNE' || m.employer === 'ALTRA_PA';
        checks.push(
          mk(
            'ESPERTO_PA',
            pa,
            pa
              ? `L'esperto ${m.name} è dipendente di Pubblica Amministrazione${m.employerName ? ` (${m.employerName})` : ''}`
              : `L'esperto ${m.name} non è dipendente di una Pubblica Amministrazione`,
            C.art119Expert,
            m.id,
          ),
        );
        const sameArea = hasText(ctx.postArea) && norm(m.area) === norm(ctx.postArea);
        checks.push(
          mk(
            'ESPERTO_AREA',
            sameArea,
            !hasText(ctx.postArea)
              ? `Area del posto non indicata: non si può verificare che l'esperto ${m.name} sia della medesima area`
              : sameArea
                ? `L'esperto ${m.name} è della medesima area del posto (${ctx.postArea!.trim()})`
                : `L'esperto ${m.name} (area ${hasText(m.area) ? m.area!.trim() : 'non indicata'}) non è della medesima area del posto (${ctx.postArea!.trim()})`,
            C.art119Expert,
            m.id,
          ),
        );
        const level = atLeast(m.inquadramento, ctx.category);
        checks.push(
          mk(
            'ESPERTO_CATEGORIA',
            level,
            level
              ? `L'esperto ${m.name} è inquadrato in ${levelText(m.inquadramento!)}, pari o superiore alla categoria ${ctx.category} del posto`
              : `L'esperto ${m.name} (${m.inquadramento ? levelText(m.inquadramento) : 'inquadramento non indicato'}) non è inquadrato nella categoria ${ctx.category} del posto o in una superiore`,
            C.art119Expert,
            m.id,
          ),
        );
        const cv = m.selectedOnCv === true && m.designatedBy === 'RESP_HR';
        checks.push(
          mk(
            'ESPERTO_CURRICULUM',
            cv,
            cv
              ? `L'esperto ${m.name} è stato selezionato in base al curriculum vitae dal Responsabile del Servizio Risorse Umane`
              : `L'esperto ${m.name} deve essere selezionato in base al curriculum vitae dal Responsabile del Servizio Risorse Umane`,
            C.art119Expert,
            m.id,
          ),
        );
        break;
      }
      case 'RESP_ALTRO_SERVIZIO': {
        const rule = row.members.find((s) => s.seat === m.seat);
        if (!rule) break;
        const problems: string[] = [];
        if (!hasText(m.headOfService)) problems.push('non è Responsabile di Servizio');
        if (m.employer !== 'COMUNE') problems.push('non è dipendente del Comune');
        if (m.id === ctx.hiringServiceHeadId)
          problems.push("è il Responsabile del Servizio interessato all'assunzione");
        if (m.id === ctx.respHrId) problems.push('è il Responsabile del Servizio Gestione Risorse Umane');
        checks.push(
          mk(
            'ALTRO_SERVIZIO',
            problems.length === 0,
            problems.length === 0
              ? `${m.name} è Responsabile di altro Servizio Comunale (${m.headOfService!.trim()})`
              : `${m.name} non può sedere come Responsabile di altro Servizio Comunale: ${problems.join('; ')}`,
            rule.citation,
            m.id,
          ),
        );
        break;
      }
      case 'ESPERTO_ALBO': {
        if (!row.members.some((s) => s.seat === m.seat)) break;
        checks.push(
          mk(
            'ALBO_ESPERTI',
            m.fromAlboEsperti === true,
            m.fromAlboEsperti
              ? `${m.name} è scelto dall'Albo degli esperti`
              : `${m.name} non risulta scelto dall'Albo degli esperti`,
            C.allNBoard,
            m.id,
          ),
        );
        break;
      }
      default:
        break;
    }
  }
}

function checkSecretary(row: CompositionRow, ctx: BoardContext, found: BoardMember[], checks: CompositionCheck[]) {
  if (found.length !== 1) return; // the seat check already failed
  const s = found[0];
  const rule = row.secretary;
  if (rule.permanent || rule.comuneEmployee) {
    const problems: string[] = [];
    if (rule.permanent && s.permanent !== true) problems.push('non è dipendente di ruolo');
    if (rule.comuneEmployee && s.employer !== 'COMUNE') problems.push("non è dipendente dell'amministrazione comunale");
    checks.push(
      mk(
        'SEGRETARIO_RUOLO',
        problems.length === 0,
        problems.length === 0
          ? `Il segretario ${s.name} è dipendente di ruolo${rule.comuneEmployee ? " dell'amministrazione comunale" : ''}`
          : `Il segretario ${s.name} ${problems.join(' e ')}`,
        rule.citation,
        s.id,
      ),
    );
  }
  if (rule.designatedBy) {
    const ok = s.designatedBy === rule.designatedBy;
    checks.push(
      mk(
        'SEGRETARIO_DESIGNAZIONE',
        ok,
        ok
          ? `Il segretario ${s.name} è designato ${DESIGNATOR_LABELS[rule.designatedBy]}`
          : `Il segretario ${s.name} deve essere designato ${DESIGNATOR_LABELS[rule.designatedBy]}`,
        rule.citation,
        s.id,
      ),
    );
  }
  if (rule.minInquadramento) {
    const min = rule.minInquadramento === 'POST' ? ctx.category : rule.minInquadramento;
    const ok = atLeast(s.inquadramento, min);
    const ofPost = rule.minInquadramento === 'POST' ? ' del posto' : '';
    checks.push(
      mk(
        'SEGRETARIO_CATEGORIA',
        ok,
        ok
          ? `Il segretario ${s.name} è inquadrato in ${levelText(s.inquadramento!)}, non inferiore alla categoria ${min}${ofPost}`
          : `Il segretario ${s.name} (${s.inquadramento ? levelText(s.inquadramento) : 'inquadramento non indicato'}) deve essere inquadrato almeno nella categoria ${min}${ofPost}`,
        rule.citation,
        s.id,
      ),
    );
  }
}

/** Women among the components (president and members; reading R2), or the recorded exception. */
function genderCheck(board: Board, rule: GenderRule): CompositionCheck {
  const components = board.members.filter(isComponent);
  const n = components.length;
  const women = components.filter((m) => m.gender === 'F').length;
  const required = Math.ceil((n * rule.numerator) / rule.denominator);
  const counts = `componenti donne ${women} su ${n}, minimo ${required} (un terzo arrotondato per eccesso)`;
  if (women >= required) return mk('GENERE', true, `Equilibrio di genere rispettato: ${counts}`, rule.citation);
  const motivation = board.genderException?.motivation.trim() ?? '';
  if (!rule.exceptionAllowed) {
    return mk(
      'GENERE',
      false,
      `Equilibrio di genere non rispettato: ${counts}; la regola non ammette eccezioni`,
      rule.citation,
    );
  }
  if (motivation === '') {
    return mk(
      'GENERE',
      false,
      board.genderException
        ? `Equilibrio di genere non rispettato: ${counts}; l'eccezione registrata è priva di motivazione`
        : `Equilibrio di genere non rispettato: ${counts}, e non è registrata una motivata impossibilità`,
      rule.citation,
    );
  }
  const act = board.genderException?.act ? ` (${board.genderException.act})` : '';
  return mk(
    'GENERE',
    true,
    `Equilibrio di genere derogato per motivata impossibilità${act}: «${motivation}»; ${counts}`,
    rule.citation,
  );
}

// ------------------------------------------------------------------------------------ declarations

export interface DeclarationRule {
  kind: DeclarationKind;
  /** Italian: what the person declares. */
  label: string;
  /** Italian: the bar the declaration excludes, when someone declares it. */
  bar: string;
  /** When it is owed: on accepting the appointment, or once the admitted list exists. */
  moment: 'NOMINA' | 'ELENCO_AMMESSI';
  roles: readonly BoardRole[];
  citation: Citation;
  /** The source that brings the secretary in, where it is not the main one (reading R5). */
  secretaryCitation?: Citation;
  /** Other sources that state the same duty. */
  alsoCited: readonly Citation[];
}

const EVERYONE: readonly BoardRole[] = ['PRESIDENTE', 'COMPONENTE', 'MEMBRO_AGGIUNTO', 'SEGRETARIO'];
const COMPONENTS: readonly BoardRole[] = ['PRESIDENTE', 'COMPONENTE', 'MEMBRO_AGGIUNTO'];

export const DECLARATION_RULES: Readonly<Record<DeclarationKind, DeclarationRule>> = {
  CONDANNE_PENALI: {
    kind: 'CONDANNE_PENALI',
    label:
      'dichiarazione di non aver riportato condanne, anche con sentenza non passata in giudicato, per i reati contro la Pubblica Amministrazione (Capo I, Titolo II, Libro II del codice penale)',
    bar: 'condanna, anche non definitiva, per reati contro la Pubblica Amministrazione',
    moment: 'NOMINA',
    roles: EVERYONE,
    citation: C.art35bis,
    alsoCited: [C.lucca35bis, C.luccaDeclaration, C.nuxisReplacement],
  },
  INCOMPATIBILITA: {
    kind: 'INCOMPATIBILITA',
    label:
      'dichiarazione di non essere amministratore comunale, titolare di cariche politiche, rappresentante sindacale o designato da organizzazioni sindacali o associazioni professionali',
    bar: 'carica o designazione che esclude dalle commissioni esaminatrici',
    moment: 'NOMINA',
    roles: COMPONENTS,
    citation: C.art119c4,
    alsoCited: [C.art80e],
  },
  RAPPORTI_AMMINISTRATORI: {
    kind: 'RAPPORTI_AMMINISTRATORI',
    label:
      'dichiarazione di insussistenza di rapporti di parentela o professionali con gli amministratori, i dirigenti e i responsabili di servizio o loro familiari stretti',
    bar: 'rapporti di parentela o professionali con amministratori, dirigenti o responsabili di servizio',
    moment: 'NOMINA',
    roles: COMPONENTS,
    citation: C.massaAcceptance,
    alsoCited: [],
  },
  CONFLITTO_CANDIDATI: {
    kind: 'CONFLITTO_CANDIDATI',
    label:
      'dichiarazione di insussistenza di rapporti di parentela, di lavoro o professionali e di conflitti di interesse, anche potenziali, con i candidati ammessi',
    bar: 'rapporti di parentela, di lavoro o professionali o conflitto di interessi con un candidato ammesso',
    moment: 'ELENCO_AMMESSI',
    roles: EVERYONE,
    citation: C.massaInsediamento,
    secretaryCitation: C.massaConflictForms,
    alsoCited: [C.nuxisConflict, C.massaAbstention],
  },
};

/**
 * The declarations an entity requires. The Massa-Carrara acceptance declaration about administrators
 * (000:L284) is that entity's own measure: add 'RAPPORTI_AMMINISTRATORI' where an entity adopts it.
 */
export const DEFAULT_DECLARATION_POLICY: readonly DeclarationKind[] = [
  'CONDANNE_PENALI',
  'INCOMPATIBILITA',
  'CONFLITTO_CANDIDATI',
];

export interface CandidateRef {
  id: string;
  name?: string;
}

export type DeclarationState = 'RESA' | 'MANCANTE' | 'SUSSISTENZA' | 'NON_VERITIERA';

export interface RequiredDeclaration {
  memberId: string;
  memberName: string;
  role: BoardRole;
  kind: DeclarationKind;
  state: DeclarationState;
  /** CONFLITTO_CANDIDATI: the admitted candidates the person has not yet declared about. */
  missingCandidateIds?: string[];
  /** CONFLITTO_CANDIDATI with SUSSISTENZA: the candidates the conflict concerns. */
  conflictCandidateIds?: string[];
  /** Italian, ending with the citation. */
  reason: string;
  citation: Citation;
}

export interface DeclarationStatus {
  admittedListExists: boolean;
  /** One entry per person and declaration owed at this stage. */
  required: RequiredDeclaration[];
  missing: RequiredDeclaration[];
  /** A bar declared or found: the person must be replaced (000:L176; 003:L497). */
  barred: RequiredDeclaration[];
  /** Declarations not yet owed: the conflict declarations wait for the admitted list. */
  notYetDue: { kind: DeclarationKind; reason: string; citation: Citation }[];
  complete: boolean;
}

const accepted = (d: Declaration) => d.verification?.outcome !== 'NON_VERITIERA';

/**
 * The declarations each person on the board owes now: at appointment (35-bis for everyone; art. 119 c.4
 * for the components), and — once the admitted list exists — about every admitted candidate. Only the
 * current members count: a replacement owes them all afresh (spec R-COM-04).
 */
export function declarationStatus(
  board: Board,
  admittedCandidates?: readonly CandidateRef[],
  policy: readonly DeclarationKind[] = DEFAULT_DECLARATION_POLICY,
): DeclarationStatus {
  const required: RequiredDeclaration[] = [];
  const notYetDue: DeclarationStatus['notYetDue'] = [];
  const listExists = admittedCandidates !== undefined;
  const seen = new Set<string>();
  for (const kind of policy) {
    const rule = DECLARATION_RULES[kind];
    if (rule.moment === 'ELENCO_AMMESSI' && !listExists) {
      notYetDue.push({
        kind,
        reason: cited(
          `La ${rule.label} sarà dovuta da ciascun componente e dal segretario quando sarà formato l'elenco dei candidati ammessi`,
          rule.citation,
        ),
        citation: rule.citation,
      });
      continue;
    }
    for (const m of board.members) {
      const role = SEAT_ROLE[m.seat];
      const key = `${kind}|${m.id}`;
      if (!rule.roles.includes(role) || seen.has(key)) continue;
      seen.add(key);
      const citation = role === 'SEGRETARIO' && rule.secretaryCitation ? rule.secretaryCitation : rule.citation;
      const mine = board.declarations.filter((d) => d.memberId === m.id && d.kind === kind);
      const who = `${m.name} (${ROLE_LABELS[role]})`;
      const entry = (state: DeclarationState, text: string, extra: Partial<RequiredDeclaration> = {}) =>
        required.push({
          memberId: m.id,
          memberName: m.name,
          role,
          kind,
          state,
          ...extra,
          reason: cited(text, citation),
          citation,
        });
      if (rule.moment === 'NOMINA') {
        const positive = mine.find((d) => d.outcome === 'SUSSISTENZA');
        const untrue = mine.find((d) => d.outcome === 'INSUSSISTENZA' && !accepted(d));
        const made = mine.find((d) => d.outcome === 'INSUSSISTENZA' && accepted(d));
        if (positive) {
          entry(
            'SUSSISTENZA',
            `${who} ha dichiarato il ${positive.date} una causa ostativa (${rule.bar}): si deve procedere alla sostituzione`,
          );
        } else if (untrue) {
          entry(
            'NON_VERITIERA',
            `La ${rule.label} di ${who} è risultata non veritiera al controllo del ${untrue.verification!.date}: si deve procedere alla sostituzione`,
          );
        } else if (made) {
          entry('RESA', `${who} ha reso la ${rule.label} il ${made.date}`);
        } else {
          entry('MANCANTE', `${who} non ha ancora reso la ${rule.label}`);
        }
        continue;
      }
      // ELENCO_AMMESSI: per candidate (reading R6).
      const admitted = admittedCandidates ?? [];
      if (admitted.length === 0) continue;
      const admittedIds = new Set(admitted.map((c) => c.id));
      const conflicts = [
        ...new Set(
          mine
            .filter((d) => d.outcome === 'SUSSISTENZA' || !accepted(d))
            .flatMap((d) => (d.candidateIds ?? []).filter((id) => admittedIds.has(id))),
        ),
      ];
      const covered = new Set(
        mine.filter((d) => d.outcome === 'INSUSSISTENZA' && accepted(d)).flatMap((d) => d.candidateIds ?? []),
      );
      const missingIds = admitted.map((c) => c.id).filter((id) => !covered.has(id) && !conflicts.includes(id));
      const names = (ids: string[]) => ids.map((id) => admitted.find((c) => c.id === id)?.name ?? id).join(', ');
      if (conflicts.length > 0) {
        entry(
          'SUSSISTENZA',
          `${who} si trova in una situazione di conflitto o di parentela con ${conflicts.length === 1 ? 'il candidato' : 'i candidati'} ${names(conflicts)}: deve astenersi e si deve procedere alla sostituzione`,
          { conflictCandidateIds: conflicts, missingCandidateIds: missingIds },
        );
      } else if (missingIds.length > 0) {
        entry(
          'MANCANTE',
          missingIds.length === admitted.length
            ? `${who} non ha ancora reso la ${rule.label} (${admitted.length} ammessi)`
            : `${who} deve integrare la ${rule.label} per ${missingIds.length === 1 ? 'il candidato' : 'i candidati'} ${names(missingIds)}`,
          { missingCandidateIds: missingIds },
        );
      } else {
        entry('RESA', `${who} ha reso la ${rule.label} per tutti i ${admitted.length} candidati ammessi`, {
          missingCandidateIds: [],
        });
      }
    }
  }
  const missing = required.filter((r) => r.state === 'MANCANTE');
  const barred = required.filter((r) => r.state === 'SUSSISTENZA' || r.state === 'NON_VERITIERA');
  return {
    admittedListExists: listExists,
    required,
    missing,
    barred,
    notYetDue,
    complete: missing.length === 0 && barred.length === 0,
  };
}

// ---------------------------------------------------------------------------------- board may act

export type BoardAct = 'CALENDARIO_PROVE' | 'CRITERI_VALUTAZIONE' | 'VALUTAZIONE_TITOLI' | 'VOTI';

export const BOARD_ACT_LABELS: Readonly<Record<BoardAct, string>> = {
  CALENDARIO_PROVE: 'fissare il calendario delle prove',
  CRITERI_VALUTAZIONE: 'stabilire i criteri di valutazione',
  VALUTAZIONE_TITOLI: 'valutare i titoli',
  VOTI: 'attribuire i voti',
};

export interface BoardMayActResult {
  allowed: boolean;
  /** Italian: one sentence per obstacle, each ending with its citation; empty when allowed. */
  reasons: string[];
  /** Italian: the reasons together, or that the board may proceed. */
  reason: string;
  composition: CompositionResult;
  declarations: DeclarationStatus;
}

/**
 * The guard of every board act (reading R6): a regular board, every appointment declaration in and
 * clean, the admitted list formed and every person's declaration about each admitted candidate in and
 * clean. Otherwise the act is refused with the Italian reasons.
 */
export function boardMayAct(
  board: Board,
  ctx: BoardContext,
  act: BoardAct,
  admittedCandidates?: readonly CandidateRef[],
  policy: readonly DeclarationKind[] = DEFAULT_DECLARATION_POLICY,
): BoardMayActResult {
  const composition = checkComposition(board, ctx);
  const declarations = declarationStatus(board, admittedCandidates, policy);
  const verb = BOARD_ACT_LABELS[act];
  const obstacles: string[] = [];
  for (const c of composition.checks) if (!c.passed) obstacles.push(c.reason);
  if (!declarations.admittedListExists && policy.includes('CONFLITTO_CANDIDATI')) {
    obstacles.push(
      cited(
        "L'elenco dei candidati ammessi non è ancora formato: ciascun componente e il segretario devono prima dichiarare di non trovarsi in rapporti di parentela, di lavoro o professionali con alcun ammesso",
        DECLARATION_RULES.CONFLITTO_CANDIDATI.citation,
      ),
    );
  }
  for (const r of declarations.missing) obstacles.push(r.reason);
  for (const r of declarations.barred) obstacles.push(r.reason);
  const reasons = obstacles.map((o) => `Non è possibile ${verb}: ${o}`);
  return {
    allowed: reasons.length === 0,
    reasons,
    reason:
      reasons.length === 0
        ? `La commissione può ${verb}: è regolarmente composta e tutte le dichiarazioni dovute sono state rese.`
        : reasons.join(' '),
    composition,
    declarations,
  };
}

// ------------------------------------------------------------------------------------- replacement

export type ReplacementCheckId = 'SOSTITUZIONE_RUOLO' | 'SOSTITUZIONE_PERSONA';

export interface ReplacementResult {
  valid: boolean;
  /** The board after the replacement; persist it only when valid. */
  board: Board;
  checks: (BoardCheck<ReplacementCheckId> | CompositionCheck)[];
  composition: CompositionResult;
  /** Italian, for the minutes (spec R-COM-04): who replaces whom and why, ending with the citation. */
  record: string;
}

const CAUSE_LABELS: Readonly<Record<ReplacementCause, string>> = {
  CONDANNA: 'condanna per reati contro la Pubblica Amministrazione',
  CONFLITTO_INTERESSI: 'conflitto di interessi o rapporti con i candidati',
  INCOMPATIBILITA: 'causa di esclusione dalle commissioni',
  DIMISSIONI: 'dimissioni',
  DECADENZA: 'decadenza',
  IMPEDIMENTO: 'impedimento',
};

const CAUSE_CITATIONS: Readonly<Partial<Record<ReplacementCause, Citation>>> = {
  CONDANNA: C.nuxisReplacement,
  CONFLITTO_INTERESSI: C.massaAbstention,
  INCOMPATIBILITA: C.art119c4,
  DIMISSIONI: C.art121c6,
  DECADENZA: C.art119c6,
};

/** Causes that bar the person from coming back on this board. */
const BARRING: readonly ReplacementCause[] = ['CONDANNA', 'CONFLITTO_INTERESSI', 'INCOMPATIBILITA', 'DECADENZA'];

/**
 * Replaces a member: the replacement takes the same role, is a new person (not someone removed from this
 * board for a bar), and the board must stay valid (seats, qualifications, gender third, …). The
 * replacement owes every declaration afresh; the outgoing member is kept in `formerMembers` (art. 121 c.6).
 */
export function replaceMember(
  board: Board,
  memberId: string,
  replacement: BoardMember,
  reason: ReplacementReason,
  ctx: BoardContext,
): ReplacementResult {
  const outgoing = board.members.find((m) => m.id === memberId);
  if (!outgoing) throw new RangeError(`No member ${memberId} on the board`);
  if (reason.text.trim() === '') throw new RangeError('The replacement needs a reason');
  if (
    reason.sessionsAttended !== undefined &&
    (!Number.isInteger(reason.sessionsAttended) || reason.sessionsAttended < 0)
  ) {
    throw new RangeError('sessionsAttended must be a non-negative integer');
  }
  const seatCitation =
    outgoing.seat === 'MEMBRO_AGGIUNTO'
      ? C.art119c3
      : (() => {
          const row = compositionRow(ctx.procedureType, ctx.category);
          if (row.kind === 'delegated') throw new RangeError(`The ${row.id} board is checked by ${row.checkedBy}`);
          return expectedSeats(row, ctx).find((s) => s.seat === outgoing.seat)?.citation ?? row.president.citation;
        })();

  const checks: ReplacementResult['checks'] = [];
  const sameRole = SEAT_ROLE[replacement.seat] === SEAT_ROLE[outgoing.seat];
  checks.push(
    mk(
      'SOSTITUZIONE_RUOLO',
      sameRole,
      sameRole
        ? `${replacement.name} subentra a ${outgoing.name} nello stesso ruolo (${ROLE_LABELS[SEAT_ROLE[outgoing.seat]]})`
        : `${replacement.name} deve subentrare a ${outgoing.name} nello stesso ruolo (${ROLE_LABELS[SEAT_ROLE[outgoing.seat]]}), non come ${ROLE_LABELS[SEAT_ROLE[replacement.seat]]}`,
      seatCitation,
      replacement.id,
    ),
  );
  const onBoard = board.members.find((m) => m.id === replacement.id);
  const removed = (board.formerMembers ?? []).find(
    (f) => f.member.id === replacement.id && BARRING.includes(f.reason.cause),
  );
  const personProblem = onBoard
    ? onBoard.id === outgoing.id
      ? `${replacement.name} è il componente da sostituire`
      : `${replacement.name} fa già parte della commissione (${SEAT_LABELS[onBoard.seat]})`
    : removed
      ? `${replacement.name} è uscito da questa commissione il ${removed.reason.date} per ${CAUSE_LABELS[removed.reason.cause]} e non può rientrarvi`
      : undefined;
  const personCitation = removed ? (CAUSE_CITATIONS[removed.reason.cause] ?? seatCitation) : seatCitation;
  checks.push(
    mk(
      'SOSTITUZIONE_PERSONA',
      personProblem === undefined,
      personProblem ?? `${replacement.name} non fa parte della commissione né ne è uscito per una causa ostativa`,
      personCitation,
      replacement.id,
    ),
  );

  const next: Board = {
    ...board,
    members: board.members.map((m) => (m.id === memberId ? replacement : m)),
    formerMembers: [...(board.formerMembers ?? []), { member: outgoing, reason, replacedBy: replacement.id }],
  };
  const composition = checkComposition(next, ctx);
  checks.push(...composition.checks);
  const causeCitation = CAUSE_CITATIONS[reason.cause] ?? seatCitation;
  const act = reason.act ? ` con ${reason.act}` : '';
  return {
    valid: checks.every((c) => c.passed),
    board: next,
    checks,
    composition,
    record: cited(
      `${replacement.name} sostituisce ${outgoing.name} (${SEAT_LABELS[outgoing.seat]})${act} dal ${reason.date} per ${CAUSE_LABELS[reason.cause]}: ${reason.text.trim()}; il nuovo componente deve rendere tutte le dichiarazioni prima che la commissione prosegua`,
      causeCitation,
    ),
  };
}

// -------------------------------------------------------------------------------------------- fees

/** Art. 121 as data, in euro cents (DECISIONS D1: numbers are data, not literals in code). */
export const ART_121_FEES = {
  flatCents: {
    internal: { a: 12000, b: 25000, c: 30000 },
    external: { a: 25000, b: 35000, c: 45000 },
  },
  /** c.2: per paper or candidate examined. */
  extraCents: { jobCentre: 40, upToC: 50, higher: 60 },
  /** c.5: letters b) and c) of c.1 and c.3, selections "per titoli ed esami". */
  titlesIncreasePercent: 20,
  /** c.4. */
  secretaryCutPercent: 10,
} as const;

export type FeeLetter = 'a' | 'b' | 'c';

/** "fino alla categoria B" (a), "fino alla categoria C" (b), "D o superiore" (c). */
export function feeLetter(category: Category): FeeLetter {
  return LEVEL[category] <= LEVEL.B3 ? 'a' : category === 'C' ? 'b' : 'c';
}

export interface FeeSelection {
  procedureType: BoardProcedureType;
  category: Category;
  competitionType?: CompetitionType;
  /** Papers or candidates examined (c.2): the default for every recipient. */
  examined: number;
  /** Sessions the board held (c.6), needed when someone left. */
  sessionsHeld?: number;
}

export interface FeeRecipient {
  memberId: string;
  name?: string;
  role: BoardRole;
  /** An employee of the Comune ("componente interno", c.1); otherwise external (c.3; reading R10). */
  internal: boolean;
  /** c.7: a municipal employee who does the work within working hours. */
  duringWorkingHours?: boolean;
  /** c.6: resigned or lapsed, with the sessions attended. */
  left?: { cause: 'DIMISSIONI' | 'DECADENZA'; sessionsAttended: number };
  /** Papers or candidates this person examined, when not the board's count. */
  examined?: number;
}

export type Reimbursement = 'SPESE_VIAGGIO_VITTO_DOCUMENTATE' | 'SPESE_VIAGGIO' | 'BUONO_PASTO';

export interface FeeStep {
  /** Italian, ending with the citation. */
  text: string;
  citation: Citation;
}

export interface FeeLine {
  memberId: string;
  role: BoardRole;
  internal: boolean;
  /** Euro, after the c.5 increase. */
  flat: number;
  /** Euro, c.2. */
  extra: number;
  /** Euro taken off by c.4 (0 for others). */
  secretaryCut: number;
  proportion?: { attended: number; held: number };
  /** Euro due. */
  fee: number;
  reimbursements: Reimbursement[];
  steps: FeeStep[];
}

export interface BoardFees {
  applicable: boolean;
  regime: FeeRegime;
  lines: FeeLine[];
  /** Euro, the sum of the lines: the amount to commit. */
  total: number;
  /** Italian, ending with the citation: the regime and who commits the expense. */
  reason: string;
  citation: Citation;
}

function euro(cents: number): string {
  const [int, dec] = (cents / 100).toFixed(2).split('.');
  return `€ ${int.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${dec}`;
}

function count(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${what} must be a non-negative integer`);
}

/**
 * Art. 121 fees for each recipient (reading R9, R10): flat fee by category and internal/external
 * (c.1, c.3), +20% on letters b) and c) for "titoli ed esami" (c.5), the extra per paper or candidate
 * for internal members and the secretary (c.2), −10% for the secretary (c.4), in proportion to sessions
 * attended for who resigned or lapsed (c.6), nothing but travel and meal voucher for municipal employees
 * working within their hours (c.7). Rounded to the cent once, half up.
 */
export function boardFees(selection: FeeSelection, recipients: readonly FeeRecipient[]): BoardFees {
  count(selection.examined, 'examined');
  const row = compositionRow(selection.procedureType, selection.category);
  if (row.feeRegime !== 'ART_121') {
    const reason =
      row.feeRegime === 'DPCM_23_03_1995'
        ? "Ai componenti della commissione per la progressione di carriera spettano i compensi del D.P.C.M. 23/03/95, non quelli dell'art. 121"
        : "Per la commissione della mobilità in entrata il regolamento prevede solo che il membro esperto esterno non comporti oneri aggiunti: i compensi non sono disciplinati dall'art. 121";
    return {
      applicable: false,
      regime: row.feeRegime,
      lines: [],
      total: 0,
      reason: cited(reason, row.feeCitation),
      citation: row.feeCitation,
    };
  }
  const letter = feeLetter(selection.category);
  const lines = recipients.map((r) => feeLine(selection, letter, r));
  const totalCents = lines.reduce((s, l) => s + Math.round(l.fee * 100), 0);
  return {
    applicable: true,
    regime: 'ART_121',
    lines,
    total: totalCents / 100,
    reason: cited(
      `Compensi della commissione ai sensi dell'art. 121, in totale ${euro(totalCents)}; la spesa è impegnata con determinazione del responsabile del servizio che cura gli affari del personale`,
      C.art121c8,
    ),
    citation: C.art121c8,
  };
}

function feeLine(selection: FeeSelection, letter: FeeLetter, r: FeeRecipient): FeeLine {
  const steps: FeeStep[] = [];
  const step = (text: string, citation: Citation) => steps.push({ text: cited(text, citation), citation });
  const isSecretary = r.role === 'SEGRETARIO';

  if (r.duringWorkingHours) {
    if (!r.internal) throw new RangeError(`${r.memberId}: art. 121 c.7 applies only to municipal employees`);
    step(
      "Dipendente comunale che svolge l'attività nell'orario di lavoro: nessun compenso, spetta solo l'eventuale rimborso delle spese di viaggio e il buono pasto",
      C.art121c7,
    );
    return {
      memberId: r.memberId,
      role: r.role,
      internal: true,
      flat: 0,
      extra: 0,
      secretaryCut: 0,
      fee: 0,
      reimbursements: ['SPESE_VIAGGIO', 'BUONO_PASTO'],
      steps,
    };
  }

  // Flat fee: c.1 for internal members and every secretary, c.3 for external members (reading R10).
  const internalRate = r.internal || isSecretary;
  const flatBase = ART_121_FEES.flatCents[internalRate ? 'internal' : 'external'][letter];
  const flatCitation = internalRate
    ? { a: C.art121c1a, b: C.art121c1b, c: C.art121c1c }[letter]
    : { a: C.art121c3a, b: C.art121c3b, c: C.art121c3c }[letter];
  step(
    `Compenso forfettario ${internalRate ? (isSecretary ? 'del segretario' : 'del componente interno') : 'del componente esterno'}: ${euro(flatBase)}`,
    flatCitation,
  );
  let flat = flatBase;
  if (selection.competitionType === 'PER_TITOLI_ED_ESAMI') {
    if (letter === 'a') {
      step("Selezione per titoli ed esami: l'aumento del 20% non si applica alla lettera a)", C.art121c5);
    } else {
      flat = (flatBase * (100 + ART_121_FEES.titlesIncreasePercent)) / 100;
      step(`Selezione per titoli ed esami: compenso forfettario aumentato del 20%, ${euro(flat)}`, C.art121c5);
    }
  }

  // Extra per paper or candidate: internal members and the secretary only (c.2).
  let extra = 0;
  if (internalRate) {
    const n = r.examined ?? selection.examined;
    count(n, `${r.memberId}: examined`);
    const jobCentre = selection.procedureType === 'LISTE_COLLOCAMENTO';
    const rate = jobCentre
      ? ART_121_FEES.extraCents.jobCentre
      : letter === 'c'
        ? ART_121_FEES.extraCents.higher
        : ART_121_FEES.extraCents.upToC;
    extra = rate * n;
    step(
      `Compenso integrativo: ${n} ${jobCentre ? 'candidati esaminati' : 'elaborati o candidati esaminati'} × ${euro(rate)} = ${euro(extra)}`,
      jobCentre ? C.art121c2a : letter === 'c' ? C.art121c2c : C.art121c2b,
    );
  } else {
    step(
      'Il compenso integrativo per elaborato o candidato spetta solo ai componenti interni e al segretario',
      C.art121c2External,
    );
  }

  // Exact arithmetic as a fraction of cents, rounded once at the end.
  let num = flat + extra;
  let den = 1;
  let secretaryCut = 0;
  if (isSecretary) {
    secretaryCut = ((flat + extra) * ART_121_FEES.secretaryCutPercent) / 100;
    num *= 100 - ART_121_FEES.secretaryCutPercent;
    den *= 100;
    step(`Compenso del segretario ridotto del 10%: ${euro(flat + extra)} − ${euro(secretaryCut)}`, C.art121c4);
  }
  let proportion: FeeLine['proportion'];
  if (r.left) {
    const held = selection.sessionsHeld;
    if (held === undefined) throw new RangeError('sessionsHeld is required when a member left');
    count(held, 'sessionsHeld');
    count(r.left.sessionsAttended, `${r.memberId}: sessionsAttended`);
    if (held === 0 || r.left.sessionsAttended > held)
      throw new RangeError(`${r.memberId}: attended more sessions than held`);
    proportion = { attended: r.left.sessionsAttended, held };
    num *= r.left.sessionsAttended;
    den *= held;
    step(
      `${r.left.cause === 'DIMISSIONI' ? 'Dimissioni' : 'Decadenza'}: compenso in proporzione alle sedute, ${r.left.sessionsAttended} su ${held}`,
      C.art121c6,
    );
  }
  const feeCents = Math.floor((2 * num + den) / (2 * den));
  const reimbursements: Reimbursement[] = internalRate ? [] : ['SPESE_VIAGGIO_VITTO_DOCUMENTATE'];
  if (!internalRate) step('Oltre al compenso, rimborso delle spese documentate di viaggio e vitto', C.art121c3Expenses);
  step(`Compenso dovuto: ${euro(feeCents)}`, flatCitation);
  return {
    memberId: r.memberId,
    role: r.role,
    internal: r.internal,
    flat: flat / 100,
    extra: extra / 100,
    secretaryCut: secretaryCut / 100,
    ...(proportion ? { proportion } : {}),
    fee: feeCents / 100,
    reimbursements,
    steps,
  };
}

/**
 * The fee recipients of a board: current members and the former members whose attended sessions are
 * known (art. 121 c.6; reading R11). Internal = employed by the Comune.
 */
export function feeRecipientsOf(board: Board): FeeRecipient[] {
  const current = board.members.map((m) => ({
    memberId: m.id,
    name: m.name,
    role: SEAT_ROLE[m.seat],
    internal: m.employer === 'COMUNE',
    ...(m.duringWorkingHours ? { duringWorkingHours: true } : {}),
  }));
  const former = (board.formerMembers ?? [])
    .filter((f) => f.reason.sessionsAttended !== undefined)
    .map((f) => ({
      memberId: f.member.id,
      name: f.member.name,
      role: SEAT_ROLE[f.member.seat],
      internal: f.member.employer === 'COMUNE',
      ...(f.member.duringWorkingHours ? { duringWorkingHours: true } : {}),
      left: {
        cause: f.reason.cause === 'DIMISSIONI' ? ('DIMISSIONI' as const) : ('DECADENZA' as const),
        sessionsAttended: f.reason.sessionsAttended!,
      },
    }));
  return [...current, ...former];
}
