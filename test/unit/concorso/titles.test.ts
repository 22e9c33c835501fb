/**
 * Titles evaluation (Allegato I of the Stresa ROUS) against spec/recruitment.md §16.2: one test per
 * fixture, named with its id, the expected value copied from the spec table (F-T15 under DECISIONS D3 Q8,
 * F-T2 under D3 Q9). Then the rules the fixtures do not reach (caps, summing, overlap, ten years, cutoff)
 * with values worked out by hand from the cited lines, and every citation against the seed's own text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  ALLEGATO_I_CITATIONS,
  categoriesBelow,
  type DeclaredTitles,
  evaluateTitles,
  formatDuration,
  formatPoints,
  periodDuration,
  type ServicePeriod,
  type StudyScheme,
  type StudyTitles,
  type TitlesResult,
  titleLines,
} from '../../../shared/procedures/concorso/titles';

const study = (s: StudyTitles, scheme: StudyScheme = 'DEGREE_REQUIRED') => evaluateTitles({ study: s }, { scheme });
const service = (periods: ServicePeriod[], extra: { cutoffDate?: string; requiredServiceMonths?: number } = {}) =>
  evaluateTitles({ service: periods }, { scheme: 'DEGREE_REQUIRED', ...extra });
const tenured = (from: string, to: string | undefined, categoriesBelow = 0): ServicePeriod => ({
  from,
  to,
  tenured: true,
  categoriesBelow,
});
const nonTenured = (from: string, to: string, categoriesBelow = 0): ServicePeriod => ({
  from,
  to,
  tenured: false,
  categoriesBelow,
});
const lines = (t: TitlesResult) => titleLines(t);
const cited = (t: TitlesResult) => lines(t).map((l) => l.citation.lines);

describe('§16.2 titles fixtures (Allegato I)', () => {
  it('F-T1: degree-required competition, degree 99/110 → 0', () => {
    const t = study({ requiredDegree: { mark: 99, outOf: 110 } });
    expect(t.study.points).toBe(0);
    expect(t.total).toBe(0);
    // Below 100/110 the required degree is not a title at all (L4169), and nothing is flagged.
    expect(cited(t)).toEqual(['L4169']);
    expect(t.flags).toEqual([]);
  });

  it('F-T2: degree 100/110 → 0 (no band, §17 Q9), flagged for the ranking explanation (D3 Q9)', () => {
    const t = study({ requiredDegree: { mark: 100, outOf: 110 } });
    expect(t.study.points).toBe(0);
    expect(t.flags).toHaveLength(1);
    expect(t.flags[0].code).toBe('D3-Q9');
    expect(t.flags[0].text).toMatch(/100\/110.*D3 Q9/);
    expect(t.flags[0].citation.lines).toBe('L4179–L4189');
  });

  it('F-T3: degree 101/110 → 0.25', () => {
    const t = study({ requiredDegree: { mark: 101, outOf: 110 } });
    expect(t.study.points).toBe(0.25);
    expect(cited(t)).toEqual(['L4179, L4185']);
  });

  it('F-T4: degree 95/100 → 0.50', () => {
    const t = study({ requiredDegree: { mark: 95, outOf: 100 } });
    expect(t.study.points).toBe(0.5);
    expect(cited(t)).toEqual(['L4181, L4187']);
  });

  it('F-T5: degree 110/110 cum laude → 0.75', () => {
    const t = study({ requiredDegree: { mark: 110, outOf: 110, cumLaude: true } });
    expect(t.study.points).toBe(0.75);
    expect(cited(t)).toEqual(['L4183, L4189']);
  });

  it('F-T6: degree 108/110 + another degree + two specialisation courses (claimed 2.0) + abilitazione → 3.25', () => {
    const t = study({
      requiredDegree: { mark: 108, outOf: 110 },
      degrees: ['Laurea in Giurisprudenza'],
      specialisationCourses: [
        { description: 'Master in appalti pubblici', points: 1 },
        { description: 'Corso di perfezionamento in diritto amministrativo', points: 1 },
      ],
      abilitazione: 'Abilitazione alla professione forense',
    });
    expect(t.study.points).toBe(3.25);
    expect(t.study.capped).toBe(false);
    const courses = lines(t).find((l) => l.item === 'study.specialisationCourses')!;
    expect(courses.points).toBe(1.5);
    expect(courses.text).toContain('dichiarati 2');
  });

  it('F-T7: degree 110/110 + another degree + courses 1.50 + abilitazione → 3.50 (cap)', () => {
    const t = study({
      requiredDegree: { mark: 110, outOf: 110 },
      degrees: ['Laurea in Economia'],
      specialisationCourses: [{ description: 'Master', points: 1.5 }],
      abilitazione: 'Abilitazione a dottore commercialista',
    });
    expect(t.study.points).toBe(3.5);
    expect(t.study.cap).toBe(3.5);
  });

  it('F-T8: diploma-required competition: degree + another diploma + specialisation + an 80-hour course → 3.50', () => {
    const t = study(
      {
        degrees: ['Laurea in Scienze politiche'],
        otherDiplomas: ['Diploma di ragioneria'],
        specialisationCourses: [{ description: 'Corso di specializzazione con esame finale' }],
        otherCourses: [{ description: 'Corso di contabilità pubblica', hours: 80 }],
      },
      'DIPLOMA_REQUIRED',
    );
    expect(t.study.points).toBe(3.5);
    expect(lines(t).map((l) => l.points)).toEqual([1, 0.75, 1.25, 0.5]);
  });

  it('F-T9: no-diploma competition: degree + diploma + specialisation + other course → 3.50', () => {
    const t = study(
      {
        degrees: ['Laurea'],
        otherDiplomas: ['Diploma'],
        specialisationCourses: [{ description: 'Specializzazione' }],
        otherCourses: [{ description: 'Corso' }],
      },
      'NO_DIPLOMA_REQUIRED',
    );
    expect(t.study.points).toBe(3.5);
    expect(lines(t).map((l) => l.points)).toEqual([1.25, 0.75, 1, 0.5]);
  });

  it('F-T10: service, 6 years tenured, same category → 2.40', () => {
    const t = service([tenured('2016-01-01', '2021-12-31')]);
    expect(t.service.points).toBe(2.4);
    expect(cited(t)).toEqual(['L4209, L4211']);
  });

  it('F-T11: service, 3 years tenured, one category lower → 1.08', () => {
    const t = service([tenured('2019-01-01', '2021-12-31', 1)]);
    expect(t.service.points).toBe(1.08);
    expect(cited(t)).toEqual(['L4213']);
  });

  it('F-T12: service, 2 years tenured, two categories lower → 0.64', () => {
    expect(service([tenured('2020-01-01', '2021-12-31', 2)]).service.points).toBe(0.64);
  });

  it('F-T13: service, 5 years non-tenured, same category → 1.80', () => {
    const t = service([nonTenured('2017-01-01', '2021-12-31')]);
    expect(t.service.points).toBe(1.8);
    expect(cited(t)).toEqual(['L4215']);
  });

  it('F-T14: service, 12 years tenured, same category → 4.00 (10 years counted)', () => {
    const t = service([tenured('2010-01-01', '2021-12-31')]);
    expect(t.service.points).toBe(4);
    expect(cited(t)).toContain('L4243, L4245');
  });

  it('F-T15: service, 7 years 8 months, same category → 3.00 (interpretation B, D3 Q8), not 3.20', () => {
    const t = service([tenured('2015-01-01', '2022-08-31')]);
    expect(t.service.points).toBe(3);
    expect(t.service.points).not.toBe(3.2);
    expect(lines(t)[0].text).toContain('7 anni e 8 mesi');
    expect(lines(t)[0].text).toContain('D3 Q8');
  });

  it('F-T16: service, two overlapping periods (4 years tenured, 4 years non-tenured, same dates) → 1.60', () => {
    const t = service([tenured('2018-01-01', '2021-12-31'), nonTenured('2018-01-01', '2021-12-31')]);
    expect(t.service.points).toBe(1.6);
    expect(cited(t)).toContain('L4219');
  });

  it('F-T17: service without an end date → 0', () => {
    const t = service([tenured('2015-01-01', undefined)]);
    expect(t.service.points).toBe(0);
    expect(cited(t)).toEqual(['L4221']);
  });

  it('F-T18: higher-duty role, 7 quarters → 0.35 (within the discretionary 2.5)', () => {
    const t = evaluateTitles(
      { misc: { higherDuties: [{ from: '2023-01-01', to: '2024-09-30', description: 'Determina 12/2023' }] } },
      { scheme: 'DEGREE_REQUIRED' },
    );
    expect(t.misc.points).toBe(0.35);
    expect(cited(t)).toEqual(['L4235, L4237']);
  });

  it('F-T19: CV, relevant services 3 years 7 months → 1.00 (a fraction over 6 months counts)', () => {
    const t = evaluateTitles(
      { misc: { cvRelevantServices: [{ from: '2020-01-01', to: '2023-07-31' }] } },
      { scheme: 'DEGREE_REQUIRED' },
    );
    expect(t.misc.points).toBe(1);
    expect(cited(t)).toEqual(['L4239, L4241']);
  });
});

describe('Allegato I rules beyond the fixtures (values worked from the cited lines)', () => {
  it('a mark out of 100 uses the /100 bands: 90/100 is the Q9 gap, 91/100 earns 0.25, 100/100 earns 0.75', () => {
    expect(study({ requiredDegree: { mark: 90, outOf: 100 } }).flags).toHaveLength(1);
    expect(study({ requiredDegree: { mark: 91, outOf: 100 } }).study.points).toBe(0.25);
    expect(study({ requiredDegree: { mark: 100, outOf: 100 } }).study.points).toBe(0.75);
    expect(study({ requiredDegree: { mark: 104, outOf: 110 } }).study.points).toBe(0.25);
    expect(study({ requiredDegree: { mark: 105, outOf: 110 } }).study.points).toBe(0.5);
  });

  it('each line is the maximum for its item (L4171): two further degrees earn 0.75 once', () => {
    const t = study({ degrees: ['Laurea A', 'Laurea B'] });
    expect(t.study.points).toBe(0.75);
  });

  it('the required degree mark and the abilitazione score only where a degree is required (punto 3.1)', () => {
    const t = study({ requiredDegree: { mark: 110, outOf: 110 }, abilitazione: 'Geometra' }, 'DIPLOMA_REQUIRED');
    expect(t.study.points).toBe(0);
    expect(lines(t)).toHaveLength(2);
  });

  it('punto 3.2 scores "altri corsi" only from 80 hours', () => {
    const t = study({ otherCourses: [{ description: 'Corso breve', hours: 79 }] }, 'DIPLOMA_REQUIRED');
    expect(t.study.points).toBe(0);
    expect(lines(t)[0].text).toContain('inferiore a 80 ore');
    expect(lines(t)[0].citation.lines).toBe('L4263–L4265');
  });

  it('several periods of one class are summed before scoring (L4217): 3 + 3 months make one semester', () => {
    const t = service([tenured('2019-01-01', '2019-03-31'), tenured('2020-01-01', '2020-03-31')]);
    expect(t.service.points).toBe(0.2);
    expect(cited(t)).toContain('L4217');
    // Apart, neither period reaches a semester.
    expect(service([tenured('2019-01-01', '2019-03-31')]).service.points).toBe(0);
  });

  it('a partial overlap counts the common period once, in the higher class (L4219)', () => {
    // Tenured 2018–2021 (4 years, 1.60) + non-tenured 2020–2023, of which 2022–2023 remain (2 × 0.40 × 0.90 = 0.72).
    const t = service([tenured('2018-01-01', '2021-12-31'), nonTenured('2020-01-01', '2023-12-31')]);
    expect(t.service.points).toBe(2.32);
  });

  it('semesters of reduced classes: 1 year 6 months non-tenured, two categories lower → (0.40 + 0.20) × 0.80 × 0.90 = 0.432', () => {
    expect(service([nonTenured('2020-01-01', '2021-06-30', 2)]).service.points).toBe(0.432);
  });

  it('five months and 29 days are no full semester (D3 Q8)', () => {
    expect(service([tenured('2020-01-01', '2020-06-28')]).service.points).toBe(0);
    expect(service([tenured('2020-01-01', '2020-06-30')]).service.points).toBe(0.2);
  });

  it('the 10-year limit takes the best-scoring service first: 8 years same + 5 years one lower → 3.20 + 2 × 0.36 = 3.92', () => {
    const t = service([tenured('2008-01-01', '2012-12-31', 1), tenured('2013-01-01', '2020-12-31')]);
    expect(t.service.points).toBe(3.92);
  });

  it('service in categories the seed does not reduce for (three below) is not scored', () => {
    const t = service([tenured('2010-01-01', '2019-12-31', 3)]);
    expect(t.service.points).toBe(0);
    expect(lines(t)[0].citation.lines).toBe('L4213');
  });

  it('military service is scored like civil service by role or rank (L4223)', () => {
    const t = service([{ ...tenured('2015-01-01', '2015-12-31', 1), military: true }]);
    expect(t.service.points).toBe(0.36);
    expect(cited(t)).toContain('L4223');
  });

  it('service after the application deadline is not counted (art. 100 c.1)', () => {
    const t = service([tenured('2020-01-01', '2025-12-31'), tenured('2026-01-01', '2026-12-31')], {
      cutoffDate: '2023-12-31',
    });
    expect(t.service.points).toBe(1.6);
    expect(cited(t).filter((l) => l === 'L1639')).toHaveLength(2);
  });

  it('the seniority required for admission is not scored (L4167): 6 years with 2 required → 1.60', () => {
    const t = service([tenured('2016-01-01', '2021-12-31')], { requiredServiceMonths: 24 });
    expect(t.service.points).toBe(1.6);
    expect(cited(t)).toContain('L4167');
  });

  it('CV: exactly 6 months over the years is no "frazione superiore a 6 mesi"', () => {
    const t = evaluateTitles(
      { misc: { cvRelevantServices: [{ from: '2020-01-01', to: '2023-06-30' }] } },
      { scheme: 'DEGREE_REQUIRED' },
    );
    expect(t.misc.points).toBe(0.75);
  });

  it('category caps: miscellaneous 2.5 (L4165), with the cap shown as a line', () => {
    const t = evaluateTitles(
      {
        misc: {
          publications: [{ description: 'Monografia', points: 2 }],
          cvRelevantServices: [{ from: '2010-01-01', to: '2021-12-31' }],
        },
      },
      { scheme: 'DEGREE_REQUIRED' },
    );
    expect(t.misc.raw).toBe(4.5);
    expect(t.misc.points).toBe(2.5);
    expect(t.misc.capped).toBe(true);
    expect(t.misc.lines.at(-1)!.citation.lines).toBe('L4165');
  });

  it('the three categories add up to at most 10 points', () => {
    const full: DeclaredTitles = {
      study: {
        requiredDegree: { mark: 110, outOf: 110 },
        degrees: ['L'],
        specialisationCourses: [{ description: 'M' }],
        abilitazione: 'A',
      },
      service: [tenured('2000-01-01', '2020-12-31')],
      misc: { other: [{ description: 'Varie', points: 2.5 }] },
    };
    const t = evaluateTitles(full, { scheme: 'DEGREE_REQUIRED' });
    expect([t.study.points, t.service.points, t.misc.points, t.total]).toEqual([3.5, 4, 2.5, 10]);
  });

  it('rejects malformed input instead of guessing', () => {
    expect(() => study({ requiredDegree: { mark: 111, outOf: 110 } })).toThrow(RangeError);
    expect(() => service([tenured('2020-01-01', '2019-01-01')])).toThrow(RangeError);
    expect(() =>
      evaluateTitles({ misc: { other: [{ description: 'x', points: -1 }] } }, { scheme: 'DEGREE_REQUIRED' }),
    ).toThrow(RangeError);
    expect(() =>
      evaluateTitles({ misc: { other: [{ description: 'x', points: 0.0001 }] } }, { scheme: 'DEGREE_REQUIRED' }),
    ).toThrow(RangeError);
  });

  it('helpers: categories below (CCNL 31.3.1999 A–D), durations and Italian points', () => {
    expect(categoriesBelow('D1', 'C')).toBe(1);
    expect(categoriesBelow('D3', 'B1')).toBe(2);
    expect(categoriesBelow('C', 'C')).toBe(0);
    expect(categoriesBelow('B3', 'B1')).toBe(0);
    expect(categoriesBelow('C', 'D1')).toBe(0);
    expect(periodDuration('2015-01-01', '2022-08-31')).toEqual({ months: 92, days: 0 });
    expect(periodDuration('2020-01-15', '2020-02-14')).toEqual({ months: 1, days: 0 });
    expect(periodDuration('2020-01-15', '2020-02-20')).toEqual({ months: 1, days: 6 });
    expect(formatDuration({ months: 92, days: 3 })).toBe('7 anni, 8 mesi e 3 giorni');
    expect(formatPoints(1080)).toBe('1,08');
    expect(formatPoints(4000)).toBe('4');
  });
});

// ---------------------------------------------------------------------------------------------------
// Citations against the seed. The cited lines are copied verbatim below, so the test runs on a clean
// clone; where the handbook is mounted beside the repository, the copy itself is checked against the seed.

const SEED_FILE = '004_29fc22527282130e.txt';
const SEED_PATH = resolve(__dirname, '../../../../shared/seeds', SEED_FILE);
const SEED_LINES: Record<number, string> = {
  1639: "1. I concorrenti che abbiano superato la prova orale dovranno far pervenire alla CITTA' entro il termine perentorio di quindici giorni decorrenti dal giorno successivo a quello in cui hanno sostenuto il colloquio, i documenti in carta semplice attestanti il possesso dei titoli di riserva, preferenza e precedenza, descritti nella *tabella qui allegata sotto la lettera \" M \"* a parità di valutazione e il diritto ad usufruire dell'elevazione del limite massimo di età (solo se esplicitamente richiesto dall'Ente), già indicati nella domanda, dai quali risulti altresì, il possesso del requisito alla data di scadenza del termine utile per la presentazione della domanda di ammissione al concorso.",
  4159: '1. Per la valutazione dei titoli di merito vengono stabiliti n. 10 punti così ripartiti:',
  4161: 'n. 3,5 punti per i titoli di studio',
  4163: 'n. 4,0 punti per i titoli di servizio',
  4165: 'n. 2,5 punti per i titoli vari.',
  4167: "2. L'anzianità di servizio richiesta per la partecipazione al concorso non viene valutata tra i titoli di merito.",
  4169: '3. Il diploma di laurea richiesto per la partecipazione al concorso non viene valutato fra i titoli di merito se di votazione inferiore a 100 punti su 110 oppure a 90 punti su 100. Per punteggi superiori trovano applicazione le norme di cui al successivo punto 3.1',
  4171: '4. Il punteggio massimo attribuibile ai singoli titoli é il seguente:',
  4179: 'con votazione compresa tra 101/110 (91/100) e 104/110 (94/100)',
  4181: 'con votazione compresa tra 105/110 (95/100) e 109/110 (99/100)',
  4183: 'con votazione pari o maggiore a 110/110 (100/100)',
  4185: '*Punti 0,25*',
  4187: '*Punti 0,50*',
  4189: '*Punti 0,75*',
  4191: 'Altro diploma di laurea oltre quello richiesto *Punti 0,75*',
  4193: 'Corsi di specializzazione, o perfezionamento, conclusi con esami, attinenti alla professionalità del posto messo a concorso',
  4195: '*Complessivamente*',
  4197: '*punti 1,50*',
  4199: "Abilitazione all'esercizio della professione affine alla professionalità del posto messo a concorso",
  4201: '*Punti 0,50*',
  4203: '**TOTALE Punti 3,50**',
  4209: '- il servizio di ruolo prestato presso enti pubblici, con lo svolgimento di mansioni riconducibili a quelle della categoria del posto messo a concorso, viene valutato in ragione',
  4211: 'di *punti 0,40 per ogni anno o frazione di sei mesi* e così per un massimo di punti 4;',
  4213: '- il servizio di ruolo prestato presso enti pubblici, con lo svolgimento di mansioni riconducibili a quelle delle categorie inferiori a quelle del posto messo a concorso, sarà valutato come al punto precedente fino ad un massimo di anni 10 e riducendo il punteggio così conseguito del 10% se il servizio sia riconducibile alla categoria immediatamente inferiore a quella del posto messo a concorso; del 20% se sia riconducibile a due categorie inferiori.',
  4215: '- il servizio non di ruolo presso Enti Pubblici sarà valutato come ai punti precedenti applicando però sul totale conseguito una riduzione del 10%;',
  4217: "- i servizi prestati in più periodi saranno sommati prima dell'attribuzione del punteggio;",
  4219: '- in caso di contemporaneità dei servizi sarà valutato il servizio cui compete il maggior punteggio, ritenendosi in esso assorbito quello cui compete il minor punteggio;',
  4221: '- non saranno valutati i servizi per i quali non risulti la data di inizio e di cessazione del servizio;',
  4223: "- i periodi di effettivo servizio militare di leva, di richiamo alle armi, di ferma volontaria e di rafferma, prestati presso le forze armate e nell'Arma dei Carabinieri, valutati come ai punti precedenti a seconda del ruolo e/o grado ricoperto.",
  4227: 'I 2,5 punti relativi ai titoli vari saranno assegnati dalla Commissione esaminatrice a discrezione.',
  4229: 'Fra i titoli dovranno comunque essere valutati:',
  4231: '- le pubblicazioni scientifiche;',
  4233: '- le collaborazioni di elevata professionalità con altri Enti;',
  4235: '- gli incarichi a funzioni superiori formalizzati con regolare atto:',
  4237: '*per trimestre punti 0,05*',
  4239: '- il curriculum professionale presentato dal candidato, costituito da documenti redatti in carta semplice, valutato come specificato qui di seguito:',
  4241: 'servizi attinenti, per ogni anno o frazione superiore a 6 mesi punti 0,25.',
  4243: 'La Commissione inoltre dovrà attenersi ai seguenti ulteriori criteri generali:',
  4245: 'a. il servizio verrà valutato in ragione di un massimo di anni 10;',
  4255: 'Diploma di laurea *punti 1,0*',
  4257: 'altro diploma di scuola media superiore *punti 0,75*',
  4259: 'corsi di specializzazione con superamento di esami attinenti alla professionalità del posto messo a concorso',
  4261: '*punti 1,25*',
  4263: 'altri corsi della durata di almeno 80 ore attinenti alla professionalità del posto messo a concorso',
  4265: '*punti 0,50*',
  4267: '**TOTALE *punti 3,50***',
  4271: 'Si applicano i medesimi criteri fissati per i concorsi per i quali sia richiesto il diploma di laurea (vedi precedente punto 3.1).',
  4275: 'Si applicano i medesimi criteri fissati per i concorsi per i quali sia richiesto il diploma di laurea (vedi precedente punto 3.1).',
  4281: 'diploma di laurea *punti 1,25*',
  4283: 'altro diploma di scuola media superiore *punti 0,75*',
  4285: 'corsi di specializzazione con superamento di esami attinenti alla professionalità del posto messo a concorso',
  4287: '*punti 1,00*',
  4289: 'altri corsi *punti 0,50*',
  4291: '**TOTALE *punti 3,50***',
  4295: 'Si applicano i medesimi criteri fissati per i concorsi per i quali sia richiesto il diploma di laurea (vedi precedente punto 3.1).',
  4299: 'Si applicano i medesimi criteri fissati per i concorsi per i quali sia richiesto il diploma di laurea (vedi precedente punto 3.1).',
};

function lineNumbers(ref: string): number[] {
  return ref.split(/,\s*/).flatMap((part) => {
    const m = /^L(\d+)(?:–L(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`bad line reference ${part}`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

describe('titles citations match the seed text', () => {
  it('the copied lines are verbatim where the handbook is mounted', () => {
    expect(Object.keys(SEED_LINES).length).toBeGreaterThan(40);
    const seed = existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8').split('\n') : undefined;
    for (const [n, text] of Object.entries(SEED_LINES)) {
      expect(text.trim()).not.toBe('');
      if (seed) expect(`${n}: ${seed[Number(n) - 1]}`).toBe(`${n}: ${text}`);
    }
  });

  it.each(Object.entries(ALLEGATO_I_CITATIONS))('%s: quote found verbatim in its cited lines', (_key, citation) => {
    expect(citation.source).toBe('seed');
    expect(citation.file).toBe(SEED_FILE);
    expect(['All. I', 'art. 100']).toContain(citation.article);
    const numbers = lineNumbers(citation.lines!);
    // The ends of a range, and every single line, are real (non-blank) lines of the annex.
    for (const n of [numbers[0], numbers[numbers.length - 1]])
      expect({ n, found: n in SEED_LINES }).toEqual({ n, found: true });
    const text = numbers.map((n) => SEED_LINES[n] ?? '');
    for (const fragment of citation.quote!.split('…').map((f) => f.trim())) {
      expect({ fragment, found: text.some((t) => t.includes(fragment)) }).toEqual({ fragment, found: true });
    }
  });

  it('every line of an evaluation cites one of those citations', () => {
    const known = new Set(Object.values(ALLEGATO_I_CITATIONS));
    const all: TitlesResult[] = [
      study({
        requiredDegree: { mark: 100, outOf: 110 },
        degrees: ['x'],
        otherDiplomas: ['y'],
        otherCourses: [{ description: 'c' }],
      }),
      study(
        { degrees: ['x'], otherDiplomas: ['y'], specialisationCourses: [{ description: 's' }] },
        'NO_DIPLOMA_REQUIRED',
      ),
      service([
        tenured('2000-01-01', '2020-12-31'),
        nonTenured('2010-01-01', '2012-12-31', 1),
        tenured('2021-01-01', undefined),
      ]),
    ];
    for (const t of all) for (const l of lines(t)) expect(known.has(l.citation)).toBe(true);
  });
});
