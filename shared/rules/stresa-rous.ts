/**
 * Rule set `stresa-rous` v1 (DECISIONS D1): the Stresa ROUS as written, seed 004_29fc22527282130e.txt.
 * Concorso pubblico terms of recruitment.md §3.5 (T1, T2, T5, T8, T10). Quotes are verbatim from the
 * cited line ('…' marks an omission). Raw data: validated by loadRuleSet when the registry loads.
 */
const SEED = '004_29fc22527282130e.txt';

export const stresaRousV1 = {
  id: 'stresa-rous',
  version: 1,
  label: "Regolamento sull'ordinamento degli uffici e dei servizi della Città di Stresa",
  terms: {
    // T1. The candidate's term: peremptory, rolls forward to the next open day if it ends on a closed one (D2).
    'concorso.applicationDeadline': {
      id: 'concorso.applicationDeadline',
      label: 'Termine per la presentazione delle domande di ammissione al concorso',
      anchor: 'GURI_PUBLICATION',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'close',
      reminders: [
        { daysBefore: 7, to: 'responsibleOfficer' },
        { daysBefore: 3, to: 'responsibleOfficer' },
        { daysBefore: 1, to: 'responsibleOfficer' },
        { daysBefore: 0, to: 'responsibleOfficer' },
      ],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 85',
        paragraph: 'c. 1',
        lines: 'L1441',
        quote:
          "Le domande di ammissione al concorso devono essere indirizzate e presentate direttamente od a mezzo raccomandata con avviso di ricevimento all'Ufficio Protocollo della CITTA', entro il perentorio termine di trenta giorni dalla data di pubblicazione del bando sulla Gazzetta Ufficiale, ai sensi dell'art. 4 del D.P.R. n. 693/1996",
      },
    },
    // T2. Arrival window for applications posted by the deadline; counted on office days, so it
    // always ends on an open day and never needs rolling.
    'concorso.postalGrace': {
      id: 'concorso.postalGrace',
      label: 'Termine di arrivo delle domande spedite entro la scadenza',
      anchor: 'APPLICATION_DEADLINE',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 5,
      unit: 'workingDays',
      binds: 'privateParty',
      peremptory: true,
      onExpiry: 'close',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 85',
        paragraph: 'c. 2',
        lines: 'L1443',
        quote:
          'Vengono accettate come validamente inviate le domande di ammissione a concorso o selezione pervenute entro cinque giorni lavorativi dal termine di scadenza della presentazione delle stesse, purché spedite entro tale termine.',
      },
    },
    // T8. A floor, not a deadline: the admission determination may not be adopted before this date.
    'concorso.earliestAdmission': {
      id: 'concorso.earliestAdmission',
      label: 'Data a partire dalla quale può essere adottata la determinazione di ammissibilità',
      anchor: 'APPLICATION_DEADLINE',
      kind: 'notBefore',
      procedures: ['concorso'],
      quantity: 5,
      unit: 'workingDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 88',
        paragraph: 'c. 4',
        lines: 'L1477',
        quote:
          'La determinazione di ammissibilità verrà adottata non prima di cinque giorni lavorativi dal termine di scadenza del bando.',
      },
    },
    // T5. Length of the Albo publication; the end triggers the unpublish task.
    'concorso.albo': {
      id: 'concorso.albo',
      label: "Pubblicazione del bando all'albo pretorio",
      anchor: 'ALBO_PUBLICATION',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 30,
      unit: 'calendarDays',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'reminderOnly',
      reminders: [],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 86',
        paragraph: 'c. 1',
        lines: 'L1453',
        quote:
          "Copia del bando o dell'avviso di selezione è pubblicata all'albo della CITTA', per la durata di trenta giorni, ed inserita nel sito Internet della CITTA'.",
      },
    },
    // T10. Not peremptory: a late conclusion must be justified by the board to the Mayor, hence 'escalate'.
    'concorso.maxDuration': {
      id: 'concorso.maxDuration',
      label: 'Conclusione della procedura concorsuale',
      anchor: 'APPLICATION_DEADLINE',
      kind: 'deadline',
      procedures: ['concorso'],
      quantity: 6,
      unit: 'months',
      binds: 'administration',
      peremptory: false,
      onExpiry: 'escalate',
      reminders: [
        { daysBefore: 30, to: 'responsibleOfficer' },
        { daysBefore: 7, to: 'responsibleOfficer' },
      ],
      citation: {
        source: 'seed',
        file: SEED,
        article: 'art. 90',
        paragraph: 'c. 3',
        lines: 'L1493',
        quote:
          "Le procedure concorsuali devono concludersi entro sei mesi dalla data di scadenza del relativo bando. L'inosservanza di tale termine sarà giustificata collegialmente dalla Commissione esaminatrice con motivata relazione da inoltrare al Sindaco.",
      },
    },
  },
};
