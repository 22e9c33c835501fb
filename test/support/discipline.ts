/**
 * Shared fixtures for disciplinary tests against a local runtime: the bodies of the case's opening and
 * of its acts (disciplinary-mobility-other.md §2.18; shared/procedures/discipline/schemas.ts), and a
 * small client bound to one runtime that reads the case's version before every act, moves the clock to
 * a legal date and sweeps.
 */
import { taxCodeFor } from './fixtures';
import { type ApiOptions, type ApiResponse, api, setClock, sweep } from './local';

export const SEGRETARIO = 'segretario.stresa';
export const RESP = 'resp.stresa';
export const EMPLOYEE = 'dip.stresa';
/** The UPD of Stresa: the Segretario presides, four members (shared/entities/entities.ts). */
export const UPD_MEMBERS = ['segretario.stresa', 'upd1.stresa', 'upd2.stresa', 'upd3.stresa', 'upd4.stresa'];
export const EMPLOYEE_NAME = 'Carlo Esposito';
export const EMPLOYEE_PEC = 'carlo.esposito@pec.example.org';
/** Words of the facts and of the charge: an alert or a courtesy e-mail must never carry them (§2.14). */
export const FACTS_TEXT = 'Espressioni offensive rivolte alla signora Bianchi allo sportello anagrafe';
export const CHARGE_TEXT = 'Espressioni offensive rivolte alla signora Bianchi il giorno del fatto';

export type RuleSet = 'stresa-rous@1' | 'national@1';

export interface Charge {
  infractionId: string;
  factDate: string;
}

let taxSeq = 300;
/** A valid tax code not used by another case of the run: every case starts with a clean sanctions register. */
export const freshTaxCode = () => taxCodeFor(taxSeq++);

/** The body of POST /api/v1/discipline/cases. */
export function openCaseBody(o: {
  ruleSet: RuleSet;
  charges: Charge[];
  firstAcquisitionDate: string;
  authorityKnowledgeDate: string;
  updOtherwiseAcquiredDate?: string;
  /** national@1 only: the head's report reached the UPD (art. 55-bis c.4). */
  reportedToUpdOn?: string;
  taxCode?: string;
  verbalOnly?: boolean;
  source?: string;
}) {
  return {
    entityId: 'stresa',
    ruleSet: o.ruleSet,
    employee: {
      userId: EMPLOYEE,
      name: EMPLOYEE_NAME,
      taxCode: o.taxCode ?? freshTaxCode(),
      category: 'C',
      profile: 'Istruttore amministrativo',
      service: 'Servizi demografici',
      pec: EMPLOYEE_PEC,
      address: 'Via Roma 10, 28838 Stresa',
    },
    notizia: {
      source: o.source ?? 'RESP_SERVIZIO',
      facts: FACTS_TEXT,
      firstAcquisitionDate: o.firstAcquisitionDate,
      authorityKnowledgeDate: o.authorityKnowledgeDate,
      ...(o.updOtherwiseAcquiredDate ? { updOtherwiseAcquiredDate: o.updOtherwiseAcquiredDate } : {}),
      ...(o.reportedToUpdOn ? { reportedToUpdOn: o.reportedToUpdOn } : {}),
    },
    charges: o.charges.map((c) => ({ ...c, factDescription: FACTS_TEXT })),
    ...(o.verbalOnly ? { verbalOnly: true } : {}),
  };
}

export type Channel = 'PEC' | 'CONSEGNA_A_MANO' | 'RACCOMANDATA_AR';

/** The body of the contest act (without expectedVersion): contestation and convocation in one act. */
export function contestBody(legalDate: string, hearingDate: string, channel: Channel = 'PEC') {
  return {
    legalDate,
    addebito: CHARGE_TEXT,
    normsViolated: 'art. 3 Allegato H al ROUS; codice di comportamento',
    evidence: 'Relazione del responsabile del servizio; dichiarazione della signora Bianchi',
    hearing: { date: hearingDate, time: '10:00', place: 'Municipio di Stresa, sala riunioni' },
    channel,
    visto: { by: 'Franco Galli', date: legalDate },
  };
}

export function reconveneBody(legalDate: string, hearingDate: string, channel: Channel = 'PEC') {
  return {
    legalDate,
    hearing: { date: hearingDate, time: '10:00', place: 'Municipio di Stresa, sala riunioni' },
    channel,
  };
}

export function deliveryBody(communicationId: string, deliveredOn: string) {
  return {
    communicationId,
    deliveredOn,
    evidence: { kind: 'RICEVUTA_FIRMATA', reference: `Ricevuta firmata del ${deliveredOn}` },
  };
}

export function deferralRequestBody(receivedOn: string) {
  return {
    receivedOn,
    reason: 'Ricovero ospedaliero programmato, certificato allegato (grave ed oggettivo impedimento).',
  };
}

export function deferralDecisionBody(
  legalDate: string,
  granted: boolean,
  newHearingDate?: string,
  channel: Channel = 'CONSEGNA_A_MANO',
) {
  return {
    legalDate,
    granted,
    ...(newHearingDate ? { newHearingDate } : {}),
    motivation: granted ? 'Impedimento documentato.' : 'Impedimento non documentato.',
    channel,
  };
}

export function hearingBody(legalDate: string, attended = true) {
  return {
    legalDate,
    attended,
    minutes: attended ? 'Il dipendente espone le sue difese.' : 'Il dipendente non si presenta.',
  };
}

export const CRITERIA = {
  a: 'Comportamento intenzionale.',
  b: 'Obblighi di correttezza verso il pubblico.',
  c: 'Addetto allo sportello.',
  d: 'Disservizio e danno all’immagine.',
  e: 'Nessun precedente nel biennio.',
  f: 'Nessun concorso di altri lavoratori.',
};

export interface Sanction {
  code: string;
  quantity?: number;
  unit?: 'HOURS' | 'DAYS' | 'MONTHS';
}

export function decisionBody(
  legalDate: string,
  sanction: Sanction | undefined,
  o: { membersPresent?: string[]; channel?: Channel } = {},
) {
  return {
    legalDate,
    outcome: sanction ? 'SANZIONE' : 'ARCHIVIAZIONE',
    ...(sanction ? { sanction } : {}),
    criteria: CRITERIA,
    motivation: 'Fatto accertato nel contraddittorio.',
    ...(o.membersPresent ? { membersPresent: o.membersPresent } : {}),
    channel: o.channel ?? 'CONSEGNA_A_MANO',
  };
}

export function criminalSuspensionBody(legalDate: string) {
  return {
    legalDate,
    proceedingRef: 'RGNR 1234/2024 Procura della Repubblica di Verbania',
    complexity: 'Accertamento del fatto di particolare complessità (perizia contabile in corso).',
    insufficientElements: "All'esito dell'istruttoria non vi sono elementi sufficienti a motivare la sanzione.",
  };
}

export interface DeadlineRow {
  id: string;
  termId: string;
  dueDate: string;
  status: string;
  rolledForward?: boolean;
  anchorDate?: string;
  trace?: { kind: string; date?: string; text: string }[];
}

// biome-ignore lint/suspicious/noExplicitAny: tests assert on bodies rather than type them
export type CaseView = any;

/** A client of the disciplinary API of one runtime. Acts read the case's current version first. */
export function disciplineClient(baseUrl: () => string) {
  const call = (path: string, options: ApiOptions = {}) =>
    api(path, { user: SEGRETARIO, ...options, baseUrl: baseUrl() });
  const client = {
    /** The clock at 09:00 UTC of a day: the same date in Rome, so legal dates up to that day are accepted. */
    day: (date: string) => setClock(`${date}T09:00:00.000Z`, baseUrl()),
    sweep: () => sweep<{ due: number; pecReceipts: number; expired: number }>(undefined, baseUrl()),
    open: (body: ReturnType<typeof openCaseBody>, user = SEGRETARIO) =>
      call('/api/v1/discipline/cases', { user, body }),
    /** Opens and answers the id, failing loudly if the opening is refused. */
    async openId(body: ReturnType<typeof openCaseBody>, user = SEGRETARIO): Promise<string> {
      const r = await client.open(body, user);
      if (r.status !== 201) throw new Error(`opening refused: ${r.status} ${r.text}`);
      return r.json.id as string;
    },
    async get(id: string, user = SEGRETARIO): Promise<CaseView> {
      const r = await call(`/api/v1/discipline/cases/${id}`, { user });
      if (r.status !== 200) throw new Error(`GET ${id}: ${r.status} ${r.text}`);
      return r.json;
    },
    getRaw: (id: string, user = SEGRETARIO) => call(`/api/v1/discipline/cases/${id}`, { user }),
    async audit(id: string, user = SEGRETARIO): Promise<{ type: string; legalDate?: string; payload: CaseView }[]> {
      return (await call(`/api/v1/discipline/cases/${id}/audit`, { user })).json.events;
    },
    async act(id: string, name: string, body: Record<string, unknown>, user = SEGRETARIO): Promise<ApiResponse> {
      const version = (await client.get(id)).version as number;
      return call(`/api/v1/discipline/cases/${id}/acts/${name}`, { user, body: { expectedVersion: version, ...body } });
    },
    /** The act must be accepted: anything else fails the test with the problem's text. */
    async ok(id: string, name: string, body: Record<string, unknown>, user = SEGRETARIO): Promise<void> {
      const r = await client.act(id, name, body, user);
      if (r.status !== 200) throw new Error(`${name} refused: ${r.status} ${r.text}`);
    },
  };
  return client;
}

export type DisciplineClient = ReturnType<typeof disciplineClient>;

export const term = (c: CaseView, id: string): DeadlineRow | undefined =>
  (c.deadlines as DeadlineRow[]).find((d) => d.id === id);

/** The communication of a kind (the last one, if several). */
export const communication = (c: CaseView, kind: string) =>
  (c.data.communications as { id: string; kind: string; status: string; deliveredOn?: string }[])
    .filter((x) => x.kind === kind)
    .at(-1);

/** Everything a problem says: detail and field messages, for asserting reasons and citations. */
export const problemText = (r: ApiResponse) =>
  [
    r.json?.detail ?? '',
    ...((r.json?.errors ?? []) as { field: string; message: string }[]).map((e) => `${e.field}: ${e.message}`),
  ].join('\n');
