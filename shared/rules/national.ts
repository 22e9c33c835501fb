/**
 * Rule set `national` v1 (DECISIONS D1): current national law where it overrides the local regulation.
 * Default for disciplinary procedures.
 *
 * Discipline: art. 55-bis D.Lgs. 165/2001 as amended by D.Lgs. 75/2017 replaces Allegato H's two
 * tracks (minor: Segretario, major: UPD, 20/10/60 days doubled) with one: the UPD is competent for
 * every sanction above the verbal reprimand (c.2, c.4), so there is no minor/major split here and the
 * terms carry no track in their id. The head of the structure reports to the UPD within 10 days; the
 * UPD contests within 30 days of the report or of its full knowledge, with a hearing notice of at
 * least 20 days, and concludes within 120 days of the contestation. Only the contestation and the
 * conclusion terms are peremptory (c.9-ter): other breaches do not lapse the action while the right of
 * defence is not irreparably compromised, hence 'escalate'. A deferral of the hearing (once only)
 * extends the conclusion term by its length, with no threshold (c.4): no deferralThreshold term here.
 * Anchors follow DECISIONS D4 where national law has the same ambiguity (A-4: the contestation act
 * date; A-5: adoption of the act).
 *
 * Concorso: the oral-exam notice of D.P.R. 487/1994 (as amended by D.P.R. 82/2023), which the ROUS
 * applies through its referral too (art. 81 c.2, L1343).
 *
 * Entries from outside the seeds carry `source: 'external'`. Terms national law leaves as Allegato H
 * (or the ROUS referral) has them are the very objects of stresa-rous@1, imported below and marked
 * "shared". Reminders follow the scheme documented in stresa-rous.ts (D4).
 */
import { stresaRousV1 } from './stresa-rous';

const LAW_165 = 'D.Lgs. 165/2001 (come modificato dal D.Lgs. 75/2017)';
/** A fresh array per term: the raw data shares no mutable part between terms. */
const toAuthority = (...days: number[]) =>
  days.map((daysBefore) => ({ daysBefore, to: 'procedureAuthority' as const }));

const shared = stresaRousV1.terms;

export const nationalV1 = {
  id: 'national',
  version: 1,
  label:
    'Normativa nazionale prevalente sul regolamento locale (D.Lgs. 165/2001 come modificato dal D.Lgs. 75/2017; D.P.R. 487/1994 come modificato dal D.P.R. 82/2023)',
  terms: {
    // Shared: stresa-rous@1 already applies D.P.R. 487/1994 art. 6 through the ROUS referral.
    'concorso.oralNotice': shared['concorso.oralNotice'],

    // --- discipline, art. 55-bis c.4 ---
    // Not peremptory (c.9-ter): a late report is a breach to escalate, not a lapse of the action.
    'discipline.reportToUpd': {
      id: 'discipline.reportToUpd',
      label:
        "Segnalazione dei fatti all'Ufficio per i procedimenti disciplinari da parte del responsabile della struttura",
      anchor: 'HEAD_KNOWLEDGE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 10,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: toAuthority(3, 0),
      citation: { source: 'external', law: LAW_165, article: 'art. 55-bis', paragraph: 'c. 4' },
    },
    // Peremptory (c.9-ter). Runs from the UPD's receipt of the report or its earlier full knowledge.
    'discipline.contestation': {
      id: 'discipline.contestation',
      label: "Contestazione scritta dell'addebito da parte dell'Ufficio per i procedimenti disciplinari",
      anchor: 'UPD_KNOWLEDGE',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: toAuthority(7, 3, 1, 0),
      citation: { source: 'external', law: LAW_165, article: 'art. 55-bis', paragraph: 'c. 4' },
    },
    // Counted back from the hearing. Not peremptory (c.9-ter): a short notice invalidates that hearing,
    // which is reconvened within the conclusion term.
    'discipline.hearingNotice': {
      id: 'discipline.hearingNotice',
      label: "Preavviso minimo della convocazione per l'audizione in contraddittorio a difesa",
      anchor: 'HEARING_DATE',
      kind: 'minimumNotice',
      procedures: ['discipline'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: toAuthority(3, 0),
      citation: { source: 'external', law: LAW_165, article: 'art. 55-bis', paragraph: 'c. 4' },
    },
    // Peremptory (c.9-ter). From the contestation (A-4: the act date), not from the first knowledge as
    // in Allegato H art. 5 c.8.
    'discipline.conclusion': {
      id: 'discipline.conclusion',
      label: "Conclusione del procedimento con l'atto di archiviazione o di irrogazione della sanzione",
      anchor: 'CONTESTATION_ACT',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 120,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: toAuthority(7, 3, 1, 0),
      citation: { source: 'external', law: LAW_165, article: 'art. 55-bis', paragraph: 'c. 4' },
    },

    // --- discipline, shared with stresa-rous@1 (Allegato H reproduces the unchanged national rule) ---
    // Shared: art. 55 c.3 (conciliation within 30 days of the contestation).
    'discipline.conciliation': shared['discipline.conciliation'],
    // Shared: art. 55-ter c.2 (request within six months of the irrevocable acquittal).
    'discipline.reopeningRequest': shared['discipline.reopeningRequest'],
    // Shared: art. 55-ter c.4 (resumption or reopening within 60 days, by renewing the contestation).
    'discipline.resumption': shared['discipline.resumption'],
    'discipline.reopening': shared['discipline.reopening'],
    // Shared: the five-year limit of the cautionary suspension is a CCNL rule that D.Lgs. 75/2017 does
    // not touch (the current CCNL Funzioni Locali keeps it; verify on each renewal).
    'discipline.cautionarySuspensionMax': shared['discipline.cautionarySuspensionMax'],

    // Not shared: art. 55-ter c.4 as amended runs the resumed or reopened case on the 55-bis terms anew
    // ("integrale nuova decorrenza"): 120 days from the renewed contestation instead of Allegato H's
    // 180 days, and peremptory like the conclusion term (c.9-ter). [EXT: to confirm with the legal owner.]
    'discipline.resumedConclusion': {
      id: 'discipline.resumedConclusion',
      label: 'Conclusione del procedimento disciplinare ripreso o riaperto',
      anchor: 'RENEWED_CONTESTATION',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 120,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: true,
      onExpiry: 'lapse',
      reminders: toAuthority(7, 3, 1, 0),
      citation: { source: 'external', law: LAW_165, article: 'art. 55-ter', paragraph: 'c. 4' },
    },
  },
};

/**
 * national@2: what v1 missed of art. 55-bis c.4 as amended by D.Lgs. 75/2017, published as a new version
 * (D1): cases pinned to v1 keep its terms. The acts that start and conclude the case are communicated to
 * the Ispettorato per la funzione pubblica within twenty days of their adoption, the employee's name
 * replaced by a code. The deferral rule stays as v1 has it: the hearing "differita, per una sola volta,
 * con proroga del termine per la conclusione del procedimento in misura corrispondente" — no threshold
 * (the ten days of L3651 are the 2009 text). [EXT: verify both on Normattiva with the legal owner.]
 */
export const nationalV2 = {
  ...nationalV1,
  version: 2,
  terms: {
    ...nationalV1.terms,
    'discipline.inspectorateStartCommunication': {
      id: 'discipline.inspectorateStartCommunication',
      label: "Comunicazione dell'atto di avvio (contestazione) all'Ispettorato per la funzione pubblica",
      anchor: 'CONTESTATION_ACT',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: toAuthority(3, 0),
      citation: { source: 'external', law: LAW_165, article: 'art. 55-bis', paragraph: 'c. 4' },
    },
    // Not peremptory (c.9-ter): the communication of the concluding act to the Ispettorato per la funzione
    // pubblica (c.4, last period) is a duty whose breach is escalated, not a lapse of the action.
    'discipline.inspectorateCommunication': {
      id: 'discipline.inspectorateCommunication',
      label: "Comunicazione dell'atto conclusivo all'Ispettorato per la funzione pubblica",
      anchor: 'DECISION_ACT',
      kind: 'deadline',
      procedures: ['discipline'],
      quantity: 20,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: toAuthority(3, 0),
      citation: { source: 'external', law: LAW_165, article: 'art. 55-bis', paragraph: 'c. 4' },
    },
  },
};

/** The concorso terms of the local regulation, which national law leaves as they are (see national@3). */
const concorsoTerms = Object.fromEntries(Object.entries(shared).filter(([id]) => id.startsWith('concorso.')));

/**
 * national@3: national@2 made usable for a concorso, with the precondition national law puts before it.
 * Art. 30 c.2-bis D.Lgs. 165/2001: "prima di procedere all'espletamento di procedure concorsuali,
 * finalizzate alla copertura di posti vacanti in organico, devono attivare le procedure di mobilità di
 * cui al comma 1" (recruitment.md §18, [EXT: verify]). The concorso terms are the ROUS's (stresa-rous@1:
 * national law, through the referral of art. 81 c.2, sets none of them differently here); the D.P.R.
 * 82/2023 preference list is not modelled yet, so rankings still use Allegato M. The temporary
 * derogations (art. 3 c.8 L. 56/2019 and its extensions) are not hard-coded: they are the documented
 * exemption the concorso records instead of an attempt.
 */
export const nationalV3 = {
  ...nationalV2,
  version: 3,
  terms: { ...concorsoTerms, ...nationalV2.terms },
  preconditions: {
    'concorso.priorMobility': {
      id: 'concorso.priorMobility',
      label:
        'Procedura di mobilità (art. 30 c.1) attivata e conclusa senza copertura del posto, o esenzione documentata, prima di indire il concorso',
      procedures: ['concorso'],
      citation: {
        source: 'external',
        law: 'D.Lgs. 165/2001',
        article: 'art. 30',
        paragraph: 'c. 2-bis',
        quote:
          "prima di procedere all'espletamento di procedure concorsuali, finalizzate alla copertura di posti vacanti in organico, devono attivare le procedure di mobilità di cui al comma 1",
      },
    },
  },
};
