/**
 * The disciplinary catalogue against spec disciplinary-mobility-other.md §2.2 (sanction scale) and §2.4
 * (infraction table), and every citation against the seed's own text (004_29fc22527282130e.txt).
 * The expected tables are copied from the spec, not derived from the module.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  codesInRange,
  findInfraction,
  INFRACTIONS,
  infraction,
  inRange,
  SANCTION_CODES,
  SANCTIONS,
  type SanctionCode,
  severity,
} from '../../../shared/procedures/discipline/catalogue';
import seedLinesFixture from '../../fixtures/seed-004-discipline-lines.json';

const SEED_FILE = '004_29fc22527282130e.txt';
// The cited lines are copied verbatim in a fixture, so the test runs on a clean clone; where the handbook
// is mounted beside the repository (/work/shared/seeds), the fixture itself is checked against the seed.
const SEED_PATH = resolve(__dirname, '../../../../shared/seeds', SEED_FILE);
const fixture = (seedLinesFixture as { lines: Record<string, string> }).lines;
/** 'L3538' → the text of line 3538 (1-based). */
const seedLine = (n: number) => fixture[String(n)] ?? '';

describe('seed line fixture', () => {
  it('holds non-empty seed lines, verbatim where the handbook is mounted', () => {
    expect(Object.keys(fixture).length).toBeGreaterThan(50);
    const seed = existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8').split('\n') : undefined;
    for (const [n, text] of Object.entries(fixture)) {
      expect(`${n}: ${text.trim() === '' ? '(empty)' : 'text'}`).toBe(`${n}: text`);
      if (seed) expect(`${n}: ${seed[Number(n) - 1]}`).toBe(`${n}: ${text}`);
    }
  });
});

/** 'L3636, L3643' / 'L3624–L3629' / spec style 'L3624-3629' → [3636, 3643] / [3624, …, 3629]. */
function lineNumbers(lines: string): number[] {
  return lines.split(/,\s*/).flatMap((part) => {
    const m = /^L(\d+)(?:[–-]L?(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`bad line reference ${part}`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  });
}

// §2.2: code, Italian label (L3504-3511 and the specials' table), bounds, dismissal, line, a keyword of that line.
const SCALE: [SanctionCode, string, [number, string, number, string] | null, boolean, string, string][] = [
  ['RV', 'rimprovero verbale', null, false, 'L3504', 'rimprovero verbale'],
  ['RS', 'rimprovero scritto (censura)', null, false, 'L3505', 'rimprovero scritto (censura)'],
  ['MU', 'multa', [1, 'HOURS', 4, 'HOURS'], false, 'L3506', 'multa di importo fino ad un massimo di 4 ore'],
  ['SO10', 'sospensione', [1, 'DAYS', 10, 'DAYS'], false, 'L3507', 'fino a un massimo di dieci giorni'],
  ['SO6M', 'sospensione', [11, 'DAYS', 6, 'MONTHS'], false, 'L3508', 'da 11 giorni fino ad un massimo di sei mesi'],
  ['LCP', 'licenziamento con preavviso', null, true, 'L3509', 'licenziamento con preavviso'],
  ['LSP', 'licenziamento senza preavviso', null, true, 'L3510', 'licenziamento senza preavviso'],
  ['LD', 'licenziamento disciplinare', null, true, 'L3511', 'licenziamento disciplinare'],
  ['SO15-COLL', 'quindici giorni', [1, 'DAYS', 15, 'DAYS'], false, 'L3683', 'fino ad un massimo di quindici giorni'],
  ['SO3M-DANNO', 'tre giorni', [3, 'DAYS', 3, 'MONTHS'], false, 'L3745', 'da un minimo di tre giorni'],
  ['DISPONIBILITA', 'disponibilità', null, false, 'L3746', 'collocato in disponibilità'],
  ['SO3M-OMESSA', 'tre mesi', [1, 'DAYS', 3, 'MONTHS'], false, 'L3749', 'Il mancato esercizio o la decadenza'],
  ['DECADENZA-IMPIEGO', "decadenza dall'impiego", null, false, 'L5817', "a pena di decadenza dall'impiego"],
];

type SpecTrack = 'V/MIN' | 'MIN' | 'MAJ' | 'per facts';
// §2.4 fixture table, row by row: id, range (min, max), track, line(s) as written in the spec, and
// words of the seed's first cited line. Ranges the spec writes in words are encoded as:
//  INF-10d "LCP (or SO6M if service resumed)" → SO6M…LCP; INF-CERT "disciplinary offence; LD if
//  repeated", INF-INC and INF-PUBBL "per criteria" → RS…SO6M (the scale short of dismissal, c.12 L3633).
const TABLE: [string, SanctionCode, SanctionCode, SpecTrack, string, string][] = [
  ['INF-4a', 'RV', 'MU', 'V/MIN', 'L3538', 'inosservanza delle disposizioni di servizio'],
  ['INF-4b', 'RV', 'MU', 'V/MIN', 'L3540', 'condotta non conforme ai principi di correttezza'],
  ['INF-4c', 'RV', 'MU', 'V/MIN', 'L3542', "negligenza nell'esecuzione dei compiti assegnati"],
  ['INF-4d', 'RV', 'MU', 'V/MIN', 'L3544', 'prevenzione degli infortuni'],
  ['INF-4e', 'RV', 'MU', 'V/MIN', 'L3546', 'visite personali'],
  ['INF-4f', 'RV', 'MU', 'V/MIN', 'L3548', 'insufficiente rendimento'],
  ['INF-6a', 'SO10', 'SO10', 'MIN', 'L3554', 'recidiva nelle mancanze previste dal comma 4'],
  ['INF-6b', 'SO10', 'SO10', 'MIN', 'L3556', 'particolare gravità delle mancanze previste al comma 4'],
  ['INF-6c', 'SO10', 'SO10', 'MIN', 'L3558', 'assenza ingiustificata dal servizio fino a 10 giorni'],
  ['INF-6d', 'SO10', 'SO10', 'MIN', 'L3560', 'a trasferirsi nella sede assegnata'],
  ['INF-6e', 'SO10', 'SO10', 'MIN', 'L3562', 'recupero psico-fisico'],
  ['INF-6f', 'SO10', 'SO10', 'MIN', 'L3564', 'testimonianza falsa o reticente'],
  ['INF-6g', 'SO10', 'SO10', 'MIN', 'L3566', 'comportamenti minacciosi'],
  ['INF-6h', 'SO10', 'SO10', 'MIN', 'L3568', 'alterchi con vie di fatto'],
  ['INF-6i', 'SO10', 'SO10', 'MIN', 'L3570', "manifestazioni ingiuriose nei confronti dell'ente"],
  ['INF-6j', 'SO10', 'SO10', 'MIN', 'L3572', 'lesivi della dignità della persona'],
  ['INF-6k', 'SO10', 'SO10', 'MIN', 'L3574', 'violazione di obblighi di comportamento'],
  ['INF-6l', 'SO10', 'SO10', 'MIN', 'L3576', 'persecuzione psicologica'],
  ['INF-7a', 'SO6M', 'SO6M', 'MAJ', 'L3580', 'recidiva nel biennio delle mancanze previste nel comma precedente'],
  ['INF-7b', 'SO6M', 'SO6M', 'MAJ', 'L3582', 'fino ad un massimo di 15'],
  ['INF-7c', 'SO6M', 'SO6M', 'MAJ', 'L3584', 'occultamento'],
  ['INF-7d', 'SO6M', 'SO6M', 'MAJ', 'L3586', 'persistente insufficiente rendimento'],
  ['INF-7e', 'SO6M', 'SO6M', 'MAJ', 'L3588', 'escluderlo dal contesto lavorativo'],
  ['INF-7f', 'SO6M', 'SO6M', 'MAJ', 'L3590', 'di particolare gravità che siano lesivi della dignità'],
  ['INF-10a', 'LCP', 'LCP', 'MAJ', 'L3598', "recidiva plurima, almeno tre volte nell'anno"],
  ['INF-10b', 'LCP', 'LCP', 'MAJ', 'L3600', "recidiva nell'infrazione di cui al comma 7, lettera c)"],
  ['INF-10c', 'LCP', 'LCP', 'MAJ', 'L3602', 'ingiustificato rifiuto del trasferimento'],
  ['INF-10d', 'SO6M', 'LCP', 'MAJ', 'L3604', 'mancata ripresa del servizio nel termine prefissato'],
  ['INF-10e', 'LCP', 'LCP', 'MAJ', 'L3606', 'perdurare di una situazione di insufficiente rendimento'],
  ['INF-10f', 'LCP', 'LCP', 'MAJ', 'L3608', 'recidiva nel biennio, anche nei confronti di persona diversa'],
  ['INF-10g', 'LCP', 'LCP', 'MAJ', 'L3610', 'recidiva nel biennio di atti, comportamenti o molestie'],
  ['INF-10h', 'LCP', 'LCP', 'MAJ', 'L3612', 'commesso fuori dal servizio'],
  ['INF-10i', 'LCP', 'LCP', 'MAJ', 'L3614', 'da non consentire la prosecuzione del rapporto di lavoro'],
  ['INF-10j', 'LCP', 'LCP', 'MAJ', 'L3616', 'reiterati comportamenti ostativi'],
  ['INF-11a', 'LSP', 'LSP', 'MAJ', 'L3620', 'terza recidiva nel biennio'],
  ['INF-11b', 'LSP', 'LSP', 'MAJ', 'L3622', 'documenti falsi'],
  ['INF-11c', 'LSP', 'LSP', 'MAJ', 'L3624-3629', 'condanna passata in giudicato'],
  ['INF-11d', 'LSP', 'LSP', 'MAJ', 'L3630', 'interdizione perpetua dai pubblici uffici'],
  ['INF-11e', 'LSP', 'LSP', 'MAJ', 'L3631', 'non ne consenta neanche provvisoriamente la prosecuzione'],
  ['INF-11f', 'LSP', 'LSP', 'MAJ', 'L3632', 'violazioni intenzionali degli obblighi'],
  ['INF-14a', 'LD', 'LD', 'MAJ', 'L3636, L3643', 'falsa attestazione della presenza in servizio'],
  ['INF-14b', 'LD', 'LD', 'MAJ', 'L3637', "superiore a tre nell'arco di un biennio"],
  ['INF-14c', 'LD', 'LD', 'MAJ', 'L3638', 'ingiustificato rifiuto del trasferimento'],
  ['INF-14d', 'LD', 'LD', 'MAJ', 'L3639', 'falsità documentali o dichiarative'],
  ['INF-14e', 'LD', 'LD', 'MAJ', 'L3640', 'gravi condotte aggressive'],
  ['INF-14f', 'LD', 'LD', 'MAJ', 'L3641', 'condanna penale definitiva'],
  ['INF-15', 'LD', 'LD', 'MAJ', 'L3642', 'insufficiente rendimento'],
  ['INF-COLL', 'SO15-COLL', 'SO15-COLL', 'MAJ', 'L3683-3685', 'rifiuta, senza giustificato motivo, la collaborazione'],
  ['INF-DANNO', 'SO3M-DANNO', 'SO3M-DANNO', 'MAJ', 'L3745', 'risarcimento del danno'],
  ['INF-INEFF', 'DISPONIBILITA', 'DISPONIBILITA', 'MAJ', 'L3746', 'inefficienza o incompetenza professionale'],
  ['INF-OMESSA', 'SO3M-OMESSA', 'SO3M-OMESSA', 'MAJ', 'L3749-3751', 'Il mancato esercizio o la decadenza'],
  ['INF-CERT', 'RS', 'SO6M', 'MAJ', 'L3737', 'trasmissione per via telematica della certificazione medica'],
  ['INF-INC', 'RS', 'SO6M', 'per facts', 'L5817-5818', 'senza la prevista autorizzazione altra attività'],
  ['INF-PUBBL', 'RS', 'SO6M', 'per facts', 'L2900', 'costituisce illecito disciplinare'],
];

// art. 3 c.16 (L3643): c.14 lett. a), d), e), f) without notice; the others (and c.15) with notice.
const NOTICE: Record<string, 'CON_PREAVVISO' | 'SENZA_PREAVVISO'> = {
  'INF-14a': 'SENZA_PREAVVISO',
  'INF-14b': 'CON_PREAVVISO',
  'INF-14c': 'CON_PREAVVISO',
  'INF-14d': 'SENZA_PREAVVISO',
  'INF-14e': 'SENZA_PREAVVISO',
  'INF-14f': 'SENZA_PREAVVISO',
  'INF-15': 'CON_PREAVVISO',
};

describe('sanction scale (§2.2, art. 1 Allegato H L3500-3511, specials)', () => {
  it('has exactly the spec codes, ordinary a)-h) in the order of art. 1', () => {
    expect([...SANCTION_CODES].sort()).toEqual(SCALE.map(([code]) => code).sort());
    const ordinary = SANCTION_CODES.filter((c) => SANCTIONS[c].kind === 'ordinary');
    expect(ordinary).toEqual(['RV', 'RS', 'MU', 'SO10', 'SO6M', 'LCP', 'LSP', 'LD']);
    expect(ordinary.map((c) => SANCTIONS[c].letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });

  it.each(SCALE)(
    '%s: label, bounds, dismissal flag and seed line %s',
    (code, label, bounds, dismissal, line, keyword) => {
      const def = SANCTIONS[code];
      expect(def.code).toBe(code);
      expect(def.label).toContain(label);
      expect(def.dismissal).toBe(dismissal);
      if (bounds) {
        const [minQ, minU, maxQ, maxU] = bounds;
        expect(def.bounds?.min).toEqual({ quantity: minQ, unit: minU });
        expect(def.bounds?.max).toEqual({ quantity: maxQ, unit: maxU });
      } else {
        expect(def.bounds).toBeUndefined();
      }
      expect(def.citation).toMatchObject({ source: 'seed', file: SEED_FILE });
      const [first] = lineNumbers(def.citation.lines!);
      expect(`L${first}`).toBe(line);
      expect(seedLine(first)).toContain(keyword);
    },
  );

  it('orders severity from the verbal reprimand to dismissal', () => {
    const ladder: SanctionCode[] = ['RV', 'RS', 'MU', 'SO10', 'SO6M', 'LCP', 'LSP', 'LD'];
    for (let i = 1; i < ladder.length; i++) expect(severity(ladder[i])).toBeGreaterThan(severity(ladder[i - 1]));
    // the specials that straddle ten days are more than SO10 (UPD) and less than SO6M.
    for (const s of ['SO15-COLL', 'SO3M-DANNO', 'SO3M-OMESSA'] as const) {
      expect(severity(s)).toBeGreaterThan(severity('SO10'));
      expect(severity(s)).toBeLessThan(severity('SO6M'));
    }
  });

  it('admits special sanctions only where a range names them', () => {
    expect(codesInRange({ min: 'RV', max: 'MU' })).toEqual(['RV', 'RS', 'MU']);
    expect(codesInRange({ min: 'RS', max: 'SO6M' })).toEqual(['RS', 'MU', 'SO10', 'SO6M']);
    expect(codesInRange({ min: 'SO15-COLL', max: 'SO15-COLL' })).toEqual(['SO15-COLL']);
    expect(inRange('SO10', { min: 'SO15-COLL', max: 'SO15-COLL' })).toBe(false);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(SANCTIONS)).toBe(true);
    expect(Object.isFrozen(SANCTIONS.MU)).toBe(true);
    expect(Object.isFrozen(SANCTIONS.MU.bounds?.max)).toBe(true);
    expect(Object.isFrozen(SANCTIONS.RV.citation)).toBe(true);
  });
});

describe('infraction table (§2.4, art. 3 Allegato H L3521-3643 and related articles)', () => {
  it(`holds exactly the ${TABLE.length} rows of the spec table, in its order`, () => {
    expect(TABLE).toHaveLength(54);
    expect(INFRACTIONS.map((i) => i.id)).toEqual(TABLE.map(([id]) => id));
  });

  it.each(TABLE)('%s: range %s…%s (%s), line %s', (id, min, max, _track, lines, keyword) => {
    const row = infraction(id);
    expect(row.range).toEqual({ min, max });
    expect(row.label.length).toBeGreaterThan(10);
    expect(row.citation).toMatchObject({ source: 'seed', file: SEED_FILE });
    expect(lineNumbers(row.citation.lines!)).toEqual(lineNumbers(lines));
    const [first] = lineNumbers(row.citation.lines!);
    expect(seedLine(first).trim()).not.toBe('');
    expect(seedLine(first)).toContain(keyword);
    // Lettered rows of art. 3: the seed line opens with that letter, and the citation names it.
    const letter = /^INF-\d+([a-l])$/.exec(id)?.[1];
    if (letter) {
      expect(seedLine(first).trim()).toMatch(new RegExp(`^(- )?${letter}\\)`));
      expect(row.citation.paragraph).toBe(`c. ${id.slice(4, -1)}, lett. ${letter})`);
    }
    expect(row.dismissalNotice).toBe(NOTICE[id]);
  });

  it('is frozen and rejects unknown ids', () => {
    expect(Object.isFrozen(INFRACTIONS)).toBe(true);
    expect(Object.isFrozen(INFRACTIONS[0])).toBe(true);
    expect(Object.isFrozen(INFRACTIONS[0].range)).toBe(true);
    expect(findInfraction('INF-99z')).toBeUndefined();
    expect(() => infraction('INF-99z')).toThrow('INF-99z');
  });
});
