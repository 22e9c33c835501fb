import type { Citation } from '../../../shared/calendar/terms';
import { ENTITIES } from '../../../shared/entities/entities';
import { italianDate } from '../../../shared/notify/email';
import {
  CATEGORIES,
  CATEGORY_AREAS,
  CONTRACT_CLAUSES,
  CONTRACT_ELEMENTS,
  type ContractClauseId,
  type ContractTerms,
  changedElements,
  contractTermsSchema,
  InvalidContractError,
  PROBATION_MONTHS,
  renderContract,
  validateContract,
} from '../../../shared/procedures/contract/document';

// The individual contract of P7 (recruitment.md §9.1): art. 110 c.2 a–g (L1822–L1828), the part-time
// elements of art. 72 c.1 a–e (L1229–L1233) via art. 110 c.3 (L1830), the clauses of c.5 (L1834) and the
// anticorruption clauses of the plans (R-ASS-01…03).

const stresa = ENTITIES.find((e) => e.id === 'stresa')!;
const SEED = '004_29fc22527282130e.txt';

/** A permanent, full-time category C hire from a concorso. */
const permanent = (): ContractTerms => ({
  worker: {
    name: 'Carlo Esposito',
    taxCode: 'SPSCRL82C15L746R',
    birthPlace: 'Verbania',
    birthDate: '1982-03-15',
    residence: 'Via Roma 12, 28838 Stresa (VB)',
  },
  relationshipType: { duration: 'TEMPO_INDETERMINATO', workingTime: 'TEMPO_PIENO' },
  startDate: '2025-09-01',
  category: 'C',
  profile: 'Istruttore amministrativo',
  initialPayLevel: 'posizione economica C1',
  duties: 'Istruttoria dei procedimenti anagrafici e di stato civile; rilascio di certificazioni',
  probationMonths: 6,
  workplace: 'Servizi demografici, Piazza Matteotti 6, Stresa',
  sourceProcedure: {
    id: 'stresa-concorso-2025-01',
    kind: 'concorso',
    title: 'Concorso pubblico per esami per 1 posto di Istruttore amministrativo',
    concludingAct: { type: 'determinazione del Responsabile del Servizio', number: '123', date: '2025-07-15' },
  },
  employerSignatory: { name: 'Antonio Greco', role: 'RESP_HR', office: 'Servizio Gestione Risorse Umane' },
});

/** A fixed-term, part-time category B1 hire, part-time to work elsewhere. */
const fixedPartTime = (): ContractTerms => ({
  ...permanent(),
  relationshipType: { duration: 'TEMPO_DETERMINATO', workingTime: 'TEMPO_PARZIALE' },
  endDate: '2026-08-31',
  category: 'B1',
  profile: 'Esecutore tecnico',
  initialPayLevel: 'posizione economica B1',
  probationMonths: 2,
  partTime: {
    type: 'VERTICALE',
    weeklyHours: 18,
    schedule: {
      day: 'dalle 8.00 alle 14.00',
      week: 'lunedì, mercoledì e venerdì',
      month: 'tutte le settimane del mese',
      year: 'tutti i mesi dell’anno',
    },
    proRataPay: 'il 50% del trattamento economico tabellare del tempo pieno',
    effectiveDate: '2025-09-01',
    forOtherWork: true,
    conflictLimits: 'divieto di incarichi professionali per soggetti che hanno rapporti con il Servizio tecnico',
  },
});

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const render = (terms: ContractTerms, version = 1) => renderContract(terms, { entity: stresa, version });

/** The value is in the plain text as is and in the HTML escaped. */
function expectInBoth(doc: { html: string; text: string }, value: string) {
  expect(doc.text).toContain(value);
  expect(doc.html).toContain(escapeHtml(value));
}
function expectInNeither(doc: { html: string; text: string }, value: string) {
  expect(doc.text).not.toContain(value);
  expect(doc.html).not.toContain(escapeHtml(value));
}

/** Deletes a dotted path from a deep copy. */
function without(terms: ContractTerms, path: string): unknown {
  const copy = structuredClone(terms) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, copy);
  delete parent[keys[keys.length - 1]];
  return copy;
}
function withValue(terms: ContractTerms, path: string, value: unknown): unknown {
  const copy = structuredClone(terms) as Record<string, unknown>;
  const keys = path.split('.');
  const parent = keys.slice(0, -1).reduce((o, k) => o[k] as Record<string, unknown>, copy);
  parent[keys[keys.length - 1]] = value;
  return copy;
}

describe('validateContract: mandatory elements (art. 110 c.2, L1820–L1828)', () => {
  it('accepts a complete permanent full-time contract and a complete fixed-term part-time one', () => {
    expect(validateContract(permanent())).toEqual([]);
    expect(validateContract(fixedPartTime())).toEqual([]);
  });

  it.each([
    ['relationshipType', 'Manca la tipologia del rapporto di lavoro', 'art. 110 c.2 lett. a, L1822'],
    ['startDate', 'Manca la data di inizio del rapporto di lavoro', 'art. 110 c.2 lett. b, L1823'],
    ['category', 'Manca la categoria di inquadramento professionale', 'art. 110 c.2 lett. c, L1824'],
    ['profile', 'Manca il profilo professionale di inquadramento', 'art. 110 c.2 lett. c, L1824'],
    ['initialPayLevel', 'Manca il livello retributivo iniziale', 'art. 110 c.2 lett. c, L1824'],
    ['duties', 'Mancano le mansioni esigibili', 'art. 110 c.2 lett. d, L1825'],
    ['probationMonths', 'Manca la durata del periodo di prova', 'art. 110 c.2 lett. e, L1826'],
    ['workplace', "Manca la sede di destinazione dell'attività lavorativa", 'art. 110 c.2 lett. f, L1827'],
    ['sourceProcedure', 'Manca la procedura di reclutamento che costituisce il presupposto', 'art. 110 c.5, L1834'],
    ['sourceProcedure.id', "Manca l'identificativo della procedura di reclutamento", 'art. 110 c.5, L1834'],
    ['sourceProcedure.kind', 'Manca o non è valido il tipo della procedura', 'art. 110 c.5, L1834'],
    ['employerSignatory', "Manca il sottoscrittore per l'Ente", 'art. 110 c.4, L1832'],
    ['employerSignatory.role', "Il contratto è stipulato per l'Ente dal Responsabile", 'art. 110 c.4, L1832'],
  ])('refuses a contract without %s: "%s (%s)"', (field, text, citation) => {
    const issues = validateContract(without(permanent(), field));
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe(field);
    expect(issues[0].message).toContain(text);
    expect(issues[0].message).toMatch(new RegExp(`\\(${citation.replace(/\./g, '\\.')}\\)$`));
  });

  it('names the letter and the line in the message, as "Manca la data di inizio … (art. 110 c.2 lett. b, L1823)"', () => {
    expect(validateContract(without(permanent(), 'startDate'))).toEqual([
      { field: 'startDate', message: 'Manca la data di inizio del rapporto di lavoro (art. 110 c.2 lett. b, L1823)' },
    ]);
  });

  it('treats blank text as missing', () => {
    expect(validateContract(withValue(permanent(), 'duties', '   '))).toEqual([
      { field: 'duties', message: 'Mancano le mansioni esigibili (art. 110 c.2 lett. d, L1825)' },
    ]);
    expect(validateContract(withValue(permanent(), 'workplace', ''))).toEqual([
      {
        field: 'workplace',
        message: "Manca la sede di destinazione dell'attività lavorativa (art. 110 c.2 lett. f, L1827)",
      },
    ]);
  });

  it('reports every missing element in one pass', () => {
    const fields = validateContract({}).map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'worker',
        'relationshipType',
        'startDate',
        'category',
        'profile',
        'initialPayLevel',
        'duties',
        'probationMonths',
        'workplace',
        'sourceProcedure',
        'employerSignatory',
      ]),
    );
  });

  it('reports cross-field rules even when other fields are missing', () => {
    const input = without(fixedPartTime(), 'endDate') as Record<string, unknown>;
    delete input.partTime;
    delete input.duties;
    const fields = validateContract(input).map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['duties', 'endDate', 'partTime.type']));
  });

  it('refuses an invalid relationship type, category and date', () => {
    expect(validateContract(withValue(permanent(), 'relationshipType.duration', 'STAGIONALE'))).toEqual([
      {
        field: 'relationshipType.duration',
        message:
          'Tipologia del rapporto di lavoro: indicare tempo indeterminato o tempo determinato (art. 110 c.2 lett. a, L1822)',
      },
    ]);
    expect(validateContract(withValue(permanent(), 'category', 'E'))[0].message).toContain('L1824');
    expect(validateContract(withValue(permanent(), 'startDate', '2025-02-30'))[0].message).toContain('data non valida');
  });

  it('refuses an invalid tax code and unexpected fields', () => {
    expect(validateContract(withValue(permanent(), 'worker.taxCode', 'SPSCRL82C15L746X'))).toEqual([
      { field: 'worker.taxCode', message: 'Codice fiscale del/della dipendente non valido' },
    ]);
    expect(validateContract({ ...permanent(), salary: 1 })[0].message).toBe('Campi non previsti: salary');
  });
});

describe('validateContract: end date if and only if fixed-term (art. 110 c.2 lett. g, L1828)', () => {
  it('requires the end date of a fixed-term contract', () => {
    expect(validateContract(without(fixedPartTime(), 'endDate'))).toEqual([
      {
        field: 'endDate',
        message: 'Manca il termine finale del contratto a tempo determinato (art. 110 c.2 lett. g, L1828)',
      },
    ]);
  });

  it('refuses an end date on a permanent contract', () => {
    expect(validateContract({ ...permanent(), endDate: '2026-08-31' })).toEqual([
      {
        field: 'endDate',
        message: 'Il termine finale si indica solo nel contratto a tempo determinato (art. 110 c.2 lett. g, L1828)',
      },
    ]);
  });

  it.each(['2025-09-01', '2025-08-31'])('refuses an end date (%s) not after the start', (endDate) => {
    expect(validateContract({ ...fixedPartTime(), endDate })).toEqual([
      {
        field: 'endDate',
        message:
          'Il termine finale deve essere successivo alla data di inizio del rapporto di lavoro (art. 110 c.2 lett. g, L1828)',
      },
    ]);
  });
});

describe('validateContract: part-time elements if and only if part-time (art. 110 c.3, L1830; art. 72 c.1)', () => {
  it('requires every art. 72 element when the contract is part-time and none is given', () => {
    const issues = validateContract(without(fixedPartTime(), 'partTime'));
    expect(issues.map((i) => i.field)).toEqual([
      'partTime.type',
      'partTime.weeklyHours',
      'partTime.schedule',
      'partTime.proRataPay',
      'partTime.effectiveDate',
      'partTime.forOtherWork',
    ]);
    const lines = ['L1229', 'L1230', 'L1230', 'L1231', 'L1232', 'L1233'];
    issues.forEach((issue, i) => {
      expect(issue.message).toContain(`art. 72 c.1 lett. ${'abbcde'[i]}, ${lines[i]}`);
      expect(issue.message).toContain("richiamato dall'art. 110 c.3, L1830");
    });
  });

  it.each([
    ['partTime.type', 'Manca la tipologia di tempo parziale', 'lett. a, L1229'],
    ['partTime.weeklyHours', 'Manca la durata della prestazione lavorativa in ore settimanali', 'lett. b, L1230'],
    [
      'partTime.schedule',
      'Manca la collocazione della prestazione lavorativa con riferimento al giorno, alla settimana',
      'lett. b, L1230',
    ],
    [
      'partTime.schedule.day',
      'Manca la collocazione della prestazione lavorativa con riferimento al giorno (',
      'lett. b, L1230',
    ],
    ['partTime.schedule.week', 'con riferimento alla settimana', 'lett. b, L1230'],
    ['partTime.schedule.month', 'con riferimento al mese', 'lett. b, L1230'],
    ['partTime.schedule.year', "con riferimento all'anno", 'lett. b, L1230'],
    ['partTime.proRataPay', 'Manca la retribuzione rapportata alla durata della prestazione', 'lett. c, L1231'],
    ['partTime.effectiveDate', 'Manca la data di decorrenza del tempo parziale', 'lett. d, L1232'],
    [
      'partTime.forOtherWork',
      "Indicare se il tempo parziale è finalizzato allo svolgimento di un'altra attività",
      'lett. e, L1233',
    ],
    [
      'partTime.conflictLimits',
      'Mancano le limitazioni alla libertà di accettare incarichi professionali',
      'lett. e, L1233',
    ],
  ])('refuses a part-time contract without %s', (field, text, where) => {
    const issues = validateContract(without(fixedPartTime(), field));
    expect(issues).toHaveLength(1);
    expect(issues[0].field).toBe(field);
    expect(issues[0].message).toContain(text);
    expect(issues[0].message).toContain(`art. 72 c.1 ${where}`);
  });

  it('refuses part-time elements on a full-time contract', () => {
    const { partTime } = fixedPartTime();
    expect(validateContract({ ...permanent(), partTime })).toEqual([
      {
        field: 'partTime',
        message:
          'Gli elementi del tempo parziale si indicano solo nel contratto a tempo parziale (art. 110 c.3, L1830)',
      },
    ]);
  });

  it('asks for the limits on other work only when the part-time is for other work (lett. e)', () => {
    const notForOtherWork = withValue(fixedPartTime(), 'partTime.forOtherWork', false);
    expect(validateContract(notForOtherWork)[0]).toEqual({
      field: 'partTime.conflictLimits',
      message: expect.stringContaining('si indicano solo se il tempo parziale è finalizzato'),
    });
    expect(validateContract(without(notForOtherWork as ContractTerms, 'partTime.conflictLimits'))).toEqual([]);
  });

  it.each([
    [36, 'meno di 36 ore settimanali'],
    [10, 'almeno il 30% del tempo pieno'],
  ])('refuses %d weekly hours (art. 70 c.2, L1201; art. 71 c.4, L1211)', (hours, text) => {
    const notForOtherWork = without(
      withValue(fixedPartTime(), 'partTime.forOtherWork', false) as ContractTerms,
      'partTime.conflictLimits',
    );
    const issues = validateContract(withValue(notForOtherWork as ContractTerms, 'partTime.weeklyHours', hours));
    expect(issues).toHaveLength(1);
    expect(issues[0].message).toContain(text);
    expect(issues[0].message).toContain('L1201');
  });

  it('refuses more than half time when the part-time is for other work (art. 71 c.4, L1211)', () => {
    expect(validateContract(withValue(fixedPartTime(), 'partTime.weeklyHours', 24))).toEqual([
      { field: 'partTime.weeklyHours', message: expect.stringContaining('non può superare il 50% del tempo pieno') },
    ]);
    const notForOtherWork = without(
      withValue(fixedPartTime(), 'partTime.forOtherWork', false) as ContractTerms,
      'partTime.conflictLimits',
    );
    expect(validateContract(withValue(notForOtherWork as ContractTerms, 'partTime.weeklyHours', 24))).toEqual([]);
  });

  it('refuses a part-time effective date outside the relationship (lett. d, L1232)', () => {
    expect(validateContract(withValue(fixedPartTime(), 'partTime.effectiveDate', '2025-08-01'))[0].message).toBe(
      "La decorrenza del tempo parziale non può precedere l'inizio del rapporto di lavoro (art. 72 c.1 lett. d, L1232, richiamato dall'art. 110 c.3, L1830)",
    );
    expect(validateContract(withValue(fixedPartTime(), 'partTime.effectiveDate', '2026-09-01'))[0].message).toContain(
      'non può seguire il termine finale',
    );
  });
});

describe('validateContract: probation by category (art. 110 c.2 lett. e, L1826; CCNL 16.11.2022)', () => {
  it('sets 2 months for Operatori and Operatori esperti (A, B1, B3), 6 for the other areas', () => {
    expect(PROBATION_MONTHS).toEqual({ A: 2, B1: 2, B3: 2, C: 6, D1: 6, D3: 6 });
  });

  it.each(CATEGORIES.map((c) => [c, PROBATION_MONTHS[c]] as const))(
    'category %s: accepts %d months and refuses any other length',
    (category, months) => {
      const base = { ...permanent(), category };
      expect(validateContract({ ...base, probationMonths: months })).toEqual([]);
      for (const wrong of [months === 2 ? 6 : 2, months + 1, 1]) {
        expect(validateContract({ ...base, probationMonths: wrong })).toEqual([
          {
            field: 'probationMonths',
            message: `Durata del periodo di prova non conforme: per la categoria ${category} (${CATEGORY_AREAS[category]}) è di ${months} mesi, indicati ${wrong} ${wrong === 1 ? 'mese' : 'mesi'} (art. 110 c.2 lett. e, L1826; CCNL Funzioni Locali 16.11.2022 art. 25)`,
          },
        ]);
      }
    },
  );

  it('names the CCNL area of each category', () => {
    expect(CATEGORY_AREAS).toEqual({
      A: 'Area degli Operatori',
      B1: 'Area degli Operatori esperti',
      B3: 'Area degli Operatori esperti',
      C: 'Area degli Istruttori',
      D1: "Area dei Funzionari e dell'Elevata Qualificazione",
      D3: "Area dei Funzionari e dell'Elevata Qualificazione",
    });
  });

  it('refuses a fractional probation length', () => {
    expect(validateContract({ ...permanent(), probationMonths: 5.5 })[0].message).toBe(
      'Durata del periodo di prova non valida: indicare un numero intero di mesi (art. 110 c.2 lett. e, L1826)',
    );
  });
});

describe('validateContract: the signatory (art. 110 c.4, L1832)', () => {
  it('refuses a signatory other than the HR head or their substitute', () => {
    expect(validateContract(withValue(permanent(), 'employerSignatory.role', 'SINDACO'))).toEqual([
      {
        field: 'employerSignatory.role',
        message:
          "Il contratto è stipulato per l'Ente dal Responsabile del Servizio gestione risorse umane o da chi lo sostituisce (art. 110 c.4, L1832)",
      },
    ]);
  });

  it('requires the substitution act when a substitute signs', () => {
    const substitute = withValue(permanent(), 'employerSignatory.role', 'SOSTITUTO_RESP_HR');
    expect(validateContract(substitute)).toEqual([
      {
        field: 'employerSignatory.substitutionAct',
        message:
          "Indicare l'atto che attribuisce la sostituzione del Responsabile del Servizio gestione risorse umane (art. 110 c.4, L1832)",
      },
    ]);
    const withAct = withValue(
      substitute as ContractTerms,
      'employerSignatory.substitutionAct',
      'decreto sindacale n. 4/2025',
    );
    expect(validateContract(withAct)).toEqual([]);
    expect(render(contractTermsSchema.parse(withAct)).text).toContain(
      'Antonio Greco, in sostituzione del Responsabile del Servizio Gestione Risorse Umane (decreto sindacale n. 4/2025)',
    );
  });
});

describe('renderContract: every mandatory element, field by field, in Italian', () => {
  const doc = render(permanent());

  it.each([
    [
      'tipologia (lett. a)',
      'rapporto di lavoro subordinato a tempo indeterminato e a tempo pieno (36 ore settimanali)',
    ],
    ['data di inizio (lett. b)', 'Il rapporto di lavoro ha inizio il 1 settembre 2025'],
    ['categoria (lett. c)', 'inquadrato/a nella categoria C (Area degli Istruttori'],
    ['profilo (lett. c)', 'profilo professionale di Istruttore amministrativo'],
    ['livello retributivo iniziale (lett. c)', 'con livello retributivo iniziale posizione economica C1'],
    [
      'mansioni esigibili (lett. d)',
      'Istruttoria dei procedimenti anagrafici e di stato civile; rilascio di certificazioni',
    ],
    ['periodo di prova (lett. e)', 'periodo di prova della durata di 6 (sei) mesi'],
    [
      'sede (lett. f)',
      "La sede di destinazione dell'attività lavorativa è: Servizi demografici, Piazza Matteotti 6, Stresa.",
    ],
    [
      'procedura presupposto (c.5)',
      'concorso pubblico «Concorso pubblico per esami per 1 posto di Istruttore amministrativo» (identificativo stresa-concorso-2025-01)',
    ],
    ['atto conclusivo (c.5)', 'conclusa con determinazione del Responsabile del Servizio n. 123 del 15 luglio 2025'],
    ['sottoscrittore (c.4)', 'in persona di Antonio Greco, Responsabile del Servizio Gestione Risorse Umane'],
    ['competenza (c.4)', "competente a stipulare ai sensi dell'art. 110, comma 4"],
    [
      'dipendente',
      'Carlo Esposito, nato/a a Verbania il 15 marzo 1982, codice fiscale SPSCRL82C15L746R, residente in Via Roma 12, 28838 Stresa (VB)',
    ],
    ['ente', 'Città di Stresa, con sede in Piazza Matteotti 6, 28838 Stresa (VB)'],
    ['versione', 'Versione 1'],
  ])('states the %s', (_element, expected) => {
    expectInBoth(doc, expected);
  });

  // Each field's own value reaches the document: a changed value shows, the old one does not.
  it.each([
    ['startDate', '2025-10-15', '15 ottobre 2025'],
    ['profile', 'Istruttore contabile', 'Istruttore contabile'],
    ['initialPayLevel', 'livello ZX-9', 'livello ZX-9'],
    ['duties', 'Mansione di prova numero 42', 'Mansione di prova numero 42'],
    ['workplace', 'Sede distaccata di Magognino', 'Sede distaccata di Magognino'],
    ['worker.name', 'Maria Rossi', 'Maria Rossi'],
    ['employerSignatory.name', 'Giulia Verdi', 'Giulia Verdi'],
    ['sourceProcedure.id', 'proc-xyz-77', 'proc-xyz-77'],
  ])('renders %s from the terms', (field, value, shown) => {
    const changed = render(contractTermsSchema.parse(withValue(permanent(), field, value)));
    expectInBoth(changed, shown);
  });

  it('renders the category with its CCNL area and the probation that goes with it', () => {
    const d3 = render({ ...permanent(), category: 'D3' });
    expectInBoth(d3, "categoria D3 (Area dei Funzionari e dell'Elevata Qualificazione");
    const b3 = render({ ...permanent(), category: 'B3', probationMonths: 2 });
    expectInBoth(b3, 'categoria B3 (Area degli Operatori esperti');
    expectInBoth(b3, 'periodo di prova della durata di 2 (due) mesi');
  });

  it('numbers the articles one after the other, one per element and clause', () => {
    const headings = [...doc.text.matchAll(/^Art\. (\d+) – (.+)$/gm)].map((m) => [Number(m[1]), m[2]]);
    expect(headings.map(([n]) => n)).toEqual(headings.map((_, i) => i + 1));
    expect(headings.map(([, h]) => h)).toEqual([
      'Tipologia del rapporto di lavoro',
      'Decorrenza',
      'Inquadramento professionale e trattamento economico',
      'Mansioni',
      'Periodo di prova',
      'Sede di lavoro',
      'Disciplina applicabile, cause di risoluzione e termini di preavviso',
      'Condizione risolutiva',
      'Divieto di pantouflage',
      'Codice di comportamento e prevenzione della corruzione',
      'Dichiarazioni del/della dipendente',
      'Modifiche del contratto',
    ]);
    expect(doc.html.match(/<h2>Art\. \d+ – /g)).toHaveLength(headings.length);
  });

  it('cites the regulation and the law for each article, not the seed lines', () => {
    expectInBoth(
      doc,
      "Riferimenti: Regolamento sull'ordinamento degli uffici e dei servizi: art. 110, c. 2, lett. a).",
    );
    expectInBoth(doc, 'CCNL Funzioni Locali 16.11.2022: art. 25, c. 1.');
    expect(doc.text).not.toMatch(/\bL\d{3,4}\b/);
    expect(doc.text).not.toContain('PIAO');
  });

  it('closes with a signature block for the worker and for the employer’s signatory', () => {
    expect(doc.text).toContain(
      "Letto, confermato e sottoscritto.\nLuogo e data: ______________________\n\nIl/La dipendente\nCarlo Esposito\n______________________\n\nPer l'Amministrazione\nAntonio Greco, Responsabile del Servizio Gestione Risorse Umane\n______________________",
    );
    expect(doc.html).toMatch(
      /<div class="firme"><div class="firma"><p>Il\/La dipendente<\/p><p>Carlo Esposito<\/p>.*<div class="firma"><p>Per l&#39;Amministrazione<\/p><p>Antonio Greco, Responsabile del Servizio Gestione Risorse Umane<\/p>/,
    );
  });

  it('is a self-contained, printable Italian HTML document', () => {
    expect(doc.html.startsWith('<!doctype html><html lang="it"><head><meta charset="utf-8">')).toBe(true);
    expect(doc.html).toContain('<style>@page{size:A4;margin:2cm}');
    expect(doc.html).toContain('@media print');
    expect(doc.html).not.toMatch(/<script|<link|<img|src=|href=|url\(|@import|https?:/i);
    expect(doc.html.endsWith('</body></html>')).toBe(true);
  });

  it('refuses to render an incomplete contract, listing what is missing', () => {
    const incomplete = without(permanent(), 'workplace') as ContractTerms;
    expect(() => render(incomplete)).toThrow(InvalidContractError);
    try {
      render(incomplete);
    } catch (e) {
      expect((e as InvalidContractError).issues).toEqual([
        {
          field: 'workplace',
          message: "Manca la sede di destinazione dell'attività lavorativa (art. 110 c.2 lett. f, L1827)",
        },
      ]);
    }
  });
});

describe('renderContract: part-time and fixed-term elements only where they apply', () => {
  const full = render(permanent());
  const part = render(fixedPartTime());

  it('states the end date of a fixed-term contract (lett. g) and no end date otherwise', () => {
    expectInBoth(part, 'Termine finale');
    expectInBoth(part, 'Il rapporto di lavoro a tempo determinato ha termine il 31 agosto 2026.');
    expectInBoth(part, 'a tempo determinato e a tempo parziale');
    expectInNeither(full, 'Termine finale');
    expectInNeither(full, 'ha termine il');
  });

  it.each([
    ['tipologia (lett. a)', 'a) tipologia di tempo parziale: verticale;'],
    ['durata (lett. b)', 'b) durata della prestazione: 18 ore settimanali, pari al 50% del tempo pieno di 36 ore'],
    ['collocazione nel giorno (lett. b)', 'con riferimento al giorno: dalle 8.00 alle 14.00'],
    ['collocazione nella settimana (lett. b)', 'alla settimana: lunedì, mercoledì e venerdì'],
    ['collocazione nel mese (lett. b)', 'al mese: tutte le settimane del mese'],
    ["collocazione nell'anno (lett. b)", "all'anno: tutti i mesi dell’anno"],
    [
      'retribuzione (lett. c)',
      'c) retribuzione, rapportata alla durata della prestazione: il 50% del trattamento economico tabellare del tempo pieno',
    ],
    ['decorrenza (lett. d)', 'd) data di decorrenza: 1 settembre 2025'],
    [
      'limitazioni (lett. e)',
      "essendo il tempo parziale finalizzato allo svolgimento di un'altra attività di lavoro: divieto di incarichi professionali per soggetti che hanno rapporti con il Servizio tecnico",
    ],
  ])('states the part-time %s', (_element, expected) => {
    expectInBoth(part, expected);
    expectInNeither(full, expected);
  });

  it('gives the part-time article its own number and points to it from the relationship type', () => {
    expectInBoth(part, 'Art. 8 – Rapporto di lavoro a tempo parziale');
    expectInBoth(part, "a tempo determinato e a tempo parziale, secondo gli elementi indicati all'art. 8.");
    expectInNeither(full, 'Rapporto di lavoro a tempo parziale');
    expectInNeither(full, 'ore settimanali, pari al');
  });

  it('says the limits on other work do not apply when the part-time is not for other work', () => {
    const terms = contractTermsSchema.parse(
      without(withValue(fixedPartTime(), 'partTime.forOtherWork', false) as ContractTerms, 'partTime.conflictLimits'),
    );
    const doc = render(terms);
    expectInBoth(doc, "e) limitazioni per lo svolgimento di un'altra attività di lavoro: non ricorrono");
    expectInNeither(doc, 'divieto di incarichi professionali per soggetti');
  });

  it('writes fractional hours and percentages the Italian way', () => {
    const doc = render(contractTermsSchema.parse(withValue(fixedPartTime(), 'partTime.weeklyHours', 15)));
    expectInBoth(doc, '15 ore settimanali, pari al 41,67% del tempo pieno');
    const half = render(contractTermsSchema.parse(withValue(fixedPartTime(), 'partTime.weeklyHours', 12.5)));
    expectInBoth(half, '12,5 ore settimanali, pari al 34,72% del tempo pieno');
  });
});

describe('renderContract: escaping', () => {
  const nasty = '<script>alert("x")</script> & l\'"altro"';

  it.each(['worker.name', 'duties', 'workplace', 'profile', 'sourceProcedure.title', 'employerSignatory.name'])(
    'escapes HTML special characters in %s',
    (field) => {
      const doc = render(contractTermsSchema.parse(withValue(permanent(), field, nasty)));
      expect(doc.html).not.toContain('<script>');
      expect(doc.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;&quot;altro&quot;');
      expect(doc.text).toContain(nasty);
    },
  );

  it('escapes the entity name and its code of conduct', () => {
    const doc = renderContract(permanent(), {
      entity: { name: 'Comune di <Prova> & C.', codeOfConduct: 'Codice "integrativo" <2024>' },
      version: 1,
    });
    expect(doc.html).toContain('Comune di &lt;Prova&gt; &amp; C.');
    expect(doc.html).toContain('Codice &quot;integrativo&quot; &lt;2024&gt;');
    expect(doc.html).not.toMatch(/<Prova>|<2024>/);
  });
});

describe('renderContract: versions (art. 110 c.6, L1836)', () => {
  const v1 = permanent();
  const v2: ContractTerms = {
    ...permanent(),
    category: 'B3',
    profile: 'Collaboratore amministrativo',
    probationMonths: 2,
    workplace: 'Ufficio tributi, Via Principe Tomaso 3, Stresa',
  };
  const doc = renderContract(v2, { entity: stresa, version: 2, previousVersion: { version: 1, terms: v1 } });
  const replacement = doc.text.slice(0, doc.text.indexOf('\nTRA\n'));

  it('states its number and the version it replaces', () => {
    expectInBoth(doc, 'Versione 2 (sostituisce la versione 1)');
    expectInBoth(doc, 'Il presente contratto (versione 2) sostituisce integralmente la versione 1');
    expectInBoth(doc, 'art. 110, comma 6');
  });

  it('lists the changed elements with the old and new values, and only them', () => {
    expect(replacement).toContain(
      '- categoria di inquadramento professionale e livello retributivo iniziale: Versione 1: categoria C (Area degli Istruttori), profilo professionale Istruttore amministrativo, livello retributivo iniziale posizione economica C1; Versione 2: categoria B3 (Area degli Operatori esperti), profilo professionale Collaboratore amministrativo',
    );
    expect(replacement).toContain('- durata del periodo di prova: Versione 1: 6 mesi; Versione 2: 2 mesi');
    expect(replacement).toContain(
      "- sede di destinazione dell'attività lavorativa: Versione 1: Servizi demografici, Piazza Matteotti 6, Stresa; Versione 2: Ufficio tributi, Via Principe Tomaso 3, Stresa",
    );
    expect(replacement).not.toContain('mansioni esigibili');
    expect(replacement).not.toContain('data di inizio');
    expect(doc.html).toContain(
      '<th scope="col">Elemento modificato</th><th scope="col">Versione 1</th><th scope="col">Versione 2</th>',
    );
    expect(doc.html.match(/<tr><td>/g)).toHaveLength(3);
  });

  it('finds the changed elements: a move to part-time changes the type and adds the art. 72 elements', () => {
    const toPartTime: ContractTerms = {
      ...fixedPartTime(),
      relationshipType: { duration: 'TEMPO_INDETERMINATO', workingTime: 'TEMPO_PARZIALE' },
      endDate: undefined,
      category: 'C',
      profile: 'Istruttore amministrativo',
      initialPayLevel: 'posizione economica C1',
      probationMonths: 6,
    };
    expect(changedElements(v1, toPartTime).map((e) => e.id)).toEqual([
      'relationshipType',
      'partTimeType',
      'partTimeSchedule',
      'partTimePay',
      'partTimeEffectiveDate',
      'partTimeLimits',
    ]);
    expect(changedElements(v1, permanent())).toEqual([]);
  });

  it('refuses a new version that changes nothing', () => {
    expect(() =>
      renderContract(v1, { entity: stresa, version: 2, previousVersion: { version: 1, terms: v1 } }),
    ).toThrow(/almeno un suo elemento \(art\. 110 c\.6, L1836\)/);
  });

  it('refuses a later version without the one it replaces, and inconsistent numbers', () => {
    expect(() => renderContract(v2, { entity: stresa, version: 2 })).toThrow(/sostituisce una versione precedente/);
    expect(() =>
      renderContract(v2, { entity: stresa, version: 2, previousVersion: { version: 2, terms: v1 } }),
    ).toThrow(/deve precedere/);
    expect(() => renderContract(v2, { entity: stresa, version: 0 })).toThrow(/versione del contratto non valido/);
  });
});

describe('clauses every contract carries', () => {
  const byId = (id: ContractClauseId) => CONTRACT_CLAUSES.find((c) => c.id === id)!;
  const has = (cs: readonly Citation[], expected: Partial<Citation>) =>
    expect(cs).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));

  it('holds the six clauses', () => {
    expect(CONTRACT_CLAUSES.map((c) => c.id)).toEqual([
      'collectiveAgreements',
      'resolutiveCondition',
      'pantouflage',
      'codeOfConduct',
      'hiringDeclarations',
      'newVersion',
    ]);
  });

  it('collective agreements, including termination causes and notice (art. 110 c.5, L1834)', () => {
    const c = byId('collectiveAgreements');
    has(c.citations, { source: 'seed', file: SEED, article: 'art. 110', paragraph: 'c. 5', lines: 'L1834' });
    expect(c.paragraphs.join(' ')).toContain(
      'anche per le cause di risoluzione del contratto di lavoro e per i termini di preavviso',
    );
  });

  it('resolutive condition on annulment of the recruitment procedure (art. 110 c.5, L1834)', () => {
    const c = byId('resolutiveCondition');
    has(c.citations, { source: 'seed', file: SEED, article: 'art. 110', paragraph: 'c. 5', lines: 'L1834' });
    expect(c.paragraphs.join(' ')).toContain(
      "È condizione risolutiva del presente contratto, senza obbligo di preavviso, l'annullamento della procedura di reclutamento",
    );
  });

  it('pantouflage: three years, authoritative or negotiating powers (art. 53 c.16-ter D.Lgs. 165/2001), with the plans’ wording', () => {
    const c = byId('pantouflage');
    has(c.citations, { source: 'external', law: 'D.Lgs. 165/2001', article: 'art. 53', paragraph: 'c. 16-ter' });
    // R-ASS-01: the clause in every hiring contract (Lucca); R-ASS-02: the commitment at hiring (Nuxis).
    has(c.citations, { source: 'seed', file: '002_0898c035283bb879.txt', lines: 'L1812, L1814' });
    has(c.citations, { source: 'seed', file: '003_4bd16557d3c21ee9.txt', lines: 'L465' });
    const text = c.paragraphs.join(' ');
    expect(text).toContain('negli ultimi tre anni di servizio, hanno esercitato poteri autoritativi o negoziali');
    expect(text).toContain('nei tre anni successivi alla cessazione del rapporto di pubblico impiego');
    expect(text).toContain('presso i soggetti privati destinatari');
    expect(text).toContain('con il proprio apporto decisionale');
    expect(text).toContain('si impegna a rispettarlo');
  });

  it('code of conduct (D.P.R. 62/2013 and the entity’s code) handed over and accepted', () => {
    const c = byId('codeOfConduct');
    has(c.citations, { source: 'external', law: 'D.P.R. 62/2013', article: 'art. 17' });
    has(c.citations, { source: 'seed', file: '003_4bd16557d3c21ee9.txt', lines: 'L1941' });
    has(c.citations, { source: 'seed', file: '000_3067c649771902f9.txt', lines: 'L351' });
    const text = c.paragraphs.join(' ');
    expect(text).toContain('Contestualmente alla sottoscrizione del presente contratto');
    expect(text).toContain('D.P.R. 16 aprile 2013, n. 62');
    expect(text).toContain("Codice di comportamento dell'Ente");
    expect(text).toContain('di accettarne il contenuto');
  });

  it('declarations at hiring: no incompatibility (art. 53 D.Lgs. 165/2001)', () => {
    const c = byId('hiringDeclarations');
    has(c.citations, { source: 'external', law: 'D.Lgs. 165/2001', article: 'art. 53' });
    has(c.citations, { source: 'seed', file: SEED, article: 'art. 108', paragraph: 'c. 3', lines: 'L1799' });
    expect(c.paragraphs.join(' ')).toContain(
      "di non trovarsi in alcuna delle situazioni di incompatibilità richiamate dall'art. 53 del D.Lgs. 30 marzo 2001, n. 165",
    );
  });

  it('a change is a new contract (art. 110 c.6, L1836)', () => {
    has(byId('newVersion').citations, {
      source: 'seed',
      file: SEED,
      article: 'art. 110',
      paragraph: 'c. 6',
      lines: 'L1836',
    });
  });

  it.each([
    ['permanent full-time', permanent()],
    ['fixed-term part-time', fixedPartTime()],
  ])('are all printed, paragraph by paragraph, in a %s contract', (_kind, terms) => {
    const doc = render(terms);
    for (const c of CONTRACT_CLAUSES) {
      expect(doc.text).toMatch(new RegExp(`^Art\\. \\d+ – ${c.heading.replace(/[()/]/g, '\\$&')}$`, 'm'));
      for (const paragraph of c.paragraphs) expectInBoth(doc, paragraph);
    }
  });

  it('print their statutory references', () => {
    const doc = render(permanent());
    expectInBoth(doc, 'Riferimenti: D.Lgs. 165/2001: art. 53, c. 16-ter.');
    expectInBoth(doc, 'Riferimenti: D.P.R. 62/2013: art. 17, c. 2.');
    expectInBoth(doc, "Riferimenti: Regolamento sull'ordinamento degli uffici e dei servizi: art. 110, c. 5.");
    expectInBoth(doc, "Regolamento sull'ordinamento degli uffici e dei servizi: art. 110, c. 6.");
  });

  it('names the entity’s own code of conduct when the entity gives it', () => {
    const doc = renderContract(permanent(), {
      entity: {
        ...stresa,
        codeOfConduct: 'Codice di comportamento dei dipendenti della Città di Stresa (delibera G.C. n. 10/2024)',
      },
      version: 1,
    });
    expectInBoth(
      doc,
      "Il Codice di comportamento dell'Ente è il seguente: Codice di comportamento dei dipendenti della Città di Stresa (delibera G.C. n. 10/2024).",
    );
  });

  it('cite the seed by file and line and the law by name', () => {
    const all = [...CONTRACT_CLAUSES.flatMap((c) => c.citations), ...CONTRACT_ELEMENTS.map((e) => e.citation)];
    for (const c of all) {
      if (c.source === 'seed') {
        expect(c.file).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
        expect(c.lines).toMatch(/^L\d+(, L\d+)*$/);
        expect(c.quote).toBeTruthy();
      } else {
        expect(c.law).toMatch(/^(D\.Lgs\.|D\.P\.R\.|L\.|CCNL) /);
        expect(c.article).toMatch(/^art\. \d+(-\w+)?$/);
      }
    }
  });
});

describe('CONTRACT_ELEMENTS', () => {
  it('lists art. 110 c.2 a–g (L1822–L1828) and art. 72 c.1 a–e (L1229–L1233) in order', () => {
    expect(CONTRACT_ELEMENTS.map((e) => [e.citation.article, e.citation.paragraph, e.citation.lines])).toEqual([
      ['art. 110', 'c. 2, lett. a)', 'L1822'],
      ['art. 110', 'c. 2, lett. b)', 'L1823'],
      ['art. 110', 'c. 2, lett. c)', 'L1824'],
      ['art. 110', 'c. 2, lett. d)', 'L1825'],
      ['art. 110', 'c. 2, lett. e)', 'L1826'],
      ['art. 110', 'c. 2, lett. f)', 'L1827'],
      ['art. 110', 'c. 2, lett. g)', 'L1828'],
      ['art. 72', 'c. 1, lett. a)', 'L1229'],
      ['art. 72', 'c. 1, lett. b)', 'L1230'],
      ['art. 72', 'c. 1, lett. c)', 'L1231'],
      ['art. 72', 'c. 1, lett. d)', 'L1232'],
      ['art. 72', 'c. 1, lett. e)', 'L1233'],
    ]);
  });

  it('formats dates as Italian notices do', () => {
    expect(render(permanent()).text).toContain(italianDate('2025-09-01'));
  });
});
