/**
 * Italian labels for mobility's codes (shared/procedures/mobility/{model,schemas,rules}.ts). Unknown codes
 * are shown as they are; the phases come in Italian from the API (`phaseLabel`).
 */

export const VARIANTS = {
  OUT: 'Mobilità in uscita verso altro ente (art. 74)',
  IN: 'Mobilità in entrata da altra amministrazione (art. 107bis)',
  INT: 'Mobilità interna tra servizi (art. 76)',
};

/** The posts art. 107bis opens to incoming mobility, with the category each one has. */
export const INCOMING_POST_KINDS = [
  ['D3_TECNICO', 'Cat. D3 giuridica — Funzionario Tecnico', 'D3'],
  ['D1_AMM_CONT', 'Cat. D1 — Istruttore Direttivo Amministrativo/Contabile', 'D1'],
  ['D1_VIGILANZA', 'Cat. D1 — Istruttore Direttivo Vigilanza', 'D1'],
  ['C_AMM', 'Cat. C — Istruttore amministrativo', 'C'],
];

export const CONCORSO_EXCEPTIONS = [
  ['POSTO_RICOPRIBILE', 'Posto immediatamente ricopribile'],
  ['INTERSCAMBIO', "Corrispondente trasferimento di personale dall'ente di destinazione"],
  ['GRADUATORIA_VALIDA', 'Graduatoria concorsuale in corso di validità'],
];

export const OUTGOING_OUTCOMES = [
  ['AUTORIZZATA', 'Autorizzata'],
  ['RESPINTA', 'Respinta'],
];

export const INTERNAL_OUTCOMES = [
  ['DISPOSTA', 'Trasferimento disposto'],
  ['RESPINTA', 'Respinta'],
];

export const INTERNAL_MODES = { RICHIESTA: 'Su richiesta del dipendente', UFFICIO: "D'ufficio" };

/** The four communications due before an internal transfer takes effect (art. 76 c.6, L1287). */
export const RECIPIENTS = [
  ['DIPENDENTE', 'Dipendente interessato'],
  ['SINDACO', 'Sindaco'],
  ['GIUNTA', 'Giunta comunale'],
  ['OOSS', 'Organizzazioni sindacali'],
];

export const BOARD_ROLES = {
  SEGRETARIO_GENERALE: 'Segretario Generale',
  RESP_RU: 'Responsabile del Servizio Gestione Risorse Umane',
  RESP_SERVIZIO_ASSUNZIONE: "Responsabile del Servizio interessato all'assunzione",
  ESPERTO_ESTERNO: 'Membro esperto esterno (Responsabile di Servizio della medesima area di altra PA)',
  RESP_AREA_AFFINE: "Responsabile di Servizio di altra area affine dell'Amministrazione",
  SEGRETARIO_VERBALIZZANTE: 'Segretario verbalizzante',
};

/** The terms mobility's acts are bound by (shared/rules: mobility.*). */
export const MOBILITY_TERMS = {
  applications: ['mobility.incomingNoticePublication'],
  consent: ['mobility.homeConsent'],
};

/** Why an incoming mobility ended without a hire (shared/procedures/mobility/schemas.ts NEGATIVE_OUTCOMES). */
export const NEGATIVE_OUTCOMES = [
  ['NESSUNA_DOMANDA', "Nessuna domanda pervenuta entro il termine dell'avviso"],
  ['NESSUN_IDONEO', 'Nessun candidato ammesso o ritenuto idoneo'],
  ['ASSENSO_NEGATO', "Assenso negato dall'amministrazione di appartenenza"],
];
