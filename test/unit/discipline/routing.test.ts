/**
 * Routing, recidivism and sanction checks of the procedimento disciplinare: fixtures FX-REC-01…07,
 * FX-PD-09, FX-PD-20, FX-PD-21 of spec disciplinary-mobility-other.md §13, plus the rules of §2.3, §2.5,
 * §2.19 (V-PD-02, V-PD-09, V-PD-13, V-PD-14) under both rule sets (DECISIONS D1, D4).
 */
import { INFRACTIONS } from '../../../shared/procedures/discipline/catalogue';
import {
  agreedSanctionAllowed,
  type ChargeInput,
  type Classification,
  checkSanction,
  classify,
  conciliationAllowed,
  countsForRecidivism,
  type SanctionRecord,
} from '../../../shared/procedures/discipline/routing';

const stresa = { regime: 'stresa-rous' as const };
const nat = { regime: 'national' as const };
const charge = (infractionId: string, factDate: string, extra: Partial<ChargeInput> = {}): ChargeInput => ({
  infractionId,
  factDate,
  ...extra,
});
const rec = (
  caseId: string,
  sanctionCode: SanctionRecord['sanctionCode'],
  irrogationDate: string,
  infractionIds: string[],
  quantity?: number,
  unit?: SanctionRecord['unit'],
): SanctionRecord => ({ caseId, sanctionCode, irrogationDate, infractionIds, quantity, unit });

/** Each explanation sentence ends with its citation: a seed line or the national law. */
function expectCitedSentences(c: Classification) {
  expect(c.explanation.length).toBeGreaterThan(0);
  for (const s of c.explanation) {
    expect(s).toMatch(/\)\.$/);
    expect(s).toMatch(/L\d{4}|D\.Lgs\. 165\/2001/);
  }
}

// FX-REC-01/02 history: MU of 4 hours for INF-4a irrogated 2023-02-01.
const MAX_FINE = [rec('PD-2023-01', 'MU', '2023-02-01', ['INF-4a'], 4, 'HOURS')];

describe('recidivism and routing (§13.3)', () => {
  it('FX-REC-01: c.4 recidivism after the maximum fine → INF-6a, SO10, PD-MIN (Segretario)', () => {
    const c = classify([charge('INF-4a', '2024-10-01')], MAX_FINE, stresa);
    expect(c.charges).toEqual([
      expect.objectContaining({
        infractionId: 'INF-4a',
        appliedInfractionId: 'INF-6a',
        range: { min: 'SO10', max: 'SO10' },
      }),
    ]);
    expect(c.charges[0].escalation).toMatchObject({
      rule: 'art. 3 c. 6, lett. a)',
      priorCaseIds: ['PD-2023-01'],
      citation: { source: 'seed', lines: 'L3554' },
    });
    expect(c).toMatchObject({
      track: 'PD_MIN',
      authority: 'SEGRETARIO',
      maxSanction: 'SO10',
      dismissalPossible: false,
    });
    expect(c.explanation.some((s) => s.includes('INF-6a') && s.endsWith('L3554).'))).toBe(true);
    expectCitedSentences(c);
  });

  it('FX-REC-02: the same prior more than two years before the fact is ignored → INF-4a, RV…MU', () => {
    const c = classify([charge('INF-4a', '2025-03-01')], MAX_FINE, stresa);
    expect(c.charges).toEqual([
      { infractionId: 'INF-4a', appliedInfractionId: 'INF-4a', range: { min: 'RV', max: 'MU' } },
    ]);
    expect(c).toMatchObject({ track: 'PD_MIN', authority: 'SEGRETARIO', maxSanction: 'MU' });
    expect(c.explanation.some((s) => s.includes('fuori dal biennio') && s.includes('PD-2023-01'))).toBe(true);
  });

  it('A-6 anchor: a prior counts up to the same calendar date two years earlier, not a day more', () => {
    expect(classify([charge('INF-4a', '2025-02-01')], MAX_FINE, stresa).charges[0].appliedInfractionId).toBe('INF-6a');
    expect(classify([charge('INF-4a', '2025-02-02')], MAX_FINE, stresa).charges[0].appliedInfractionId).toBe('INF-4a');
    // A sanction irrogated after the fact is no recidivism.
    expect(classify([charge('INF-4a', '2023-01-31')], MAX_FINE, stresa).charges[0].appliedInfractionId).toBe('INF-4a');
  });

  it('FX-REC-03: c.6 recidivism within two years after the maximum suspension → INF-7a, SO6M, PD-MAJ (UPD)', () => {
    const history = [rec('PD-2024-01', 'SO10', '2024-01-15', ['INF-6g'], 10, 'DAYS')];
    const c = classify([charge('INF-6g', '2025-06-01')], history, stresa);
    expect(c.charges[0]).toMatchObject({ appliedInfractionId: 'INF-7a', range: { min: 'SO6M', max: 'SO6M' } });
    expect(c.charges[0].escalation?.rule).toBe('art. 3 c. 7, lett. a)');
    expect(c).toMatchObject({ track: 'PD_MAJ', authority: 'UPD', maxSanction: 'SO6M' });
    // Nine days is not the maximum: no requalification, only the aggravation within c.6.
    const lighter = classify([charge('INF-6g', '2025-06-01')], [{ ...history[0], quantity: 9 }], stresa);
    expect(lighter).toMatchObject({ track: 'PD_MIN', maxSanction: 'SO10' });
    expect(lighter.charges[0].appliedInfractionId).toBe('INF-6g');
  });

  describe('FX-REC-04: three sanctioned c.6 infractions in the rolling 365 days → INF-10a, LCP, PD-MAJ', () => {
    const three = [
      rec('PD-A', 'SO10', '2024-01-11', ['INF-6c'], 3, 'DAYS'),
      rec('PD-B', 'SO10', '2024-06-01', ['INF-6g'], 5, 'DAYS'),
      rec('PD-C', 'SO10', '2024-09-01', ['INF-4a', 'INF-6a'], 2, 'DAYS'),
    ];

    it('FX-REC-04', () => {
      const c = classify([charge('INF-6i', '2025-01-10')], three, stresa);
      expect(c.charges[0]).toMatchObject({ appliedInfractionId: 'INF-10a', range: { min: 'LCP', max: 'LCP' } });
      expect(c.charges[0].escalation).toMatchObject({
        rule: 'art. 3 c. 10, lett. a)',
        priorCaseIds: ['PD-A', 'PD-B', 'PD-C'],
      });
      expect(c).toMatchObject({ track: 'PD_MAJ', authority: 'UPD', maxSanction: 'LCP', dismissalPossible: true });
    });

    it('FX-REC-04 boundary: the first prior exactly 365 days before counts, 366 days does not', () => {
      expect(classify([charge('INF-6i', '2025-01-10')], three, stresa).charges[0].appliedInfractionId).toBe('INF-10a');
      const c = classify([charge('INF-6i', '2025-01-11')], three, stresa);
      expect(c.charges[0].appliedInfractionId).toBe('INF-6i');
      expect(c.track).toBe('PD_MIN');
    });

    it('FX-REC-04 counts cases, not infractions: one case with two c.6 charges is one time', () => {
      const two = [rec('PD-A', 'SO10', '2024-03-01', ['INF-6c', 'INF-6g'], 3, 'DAYS'), three[1]];
      expect(classify([charge('INF-6i', '2025-01-10')], two, stresa).charges[0].appliedInfractionId).toBe('INF-6i');
    });
  });

  it('FX-REC-05: INF-4a + INF-6g in one procedure → the most serious, SO10, PD-MIN', () => {
    const c = classify([charge('INF-4a', '2024-05-02'), charge('INF-6g', '2024-05-02')], [], stresa);
    expect(c.charges.map((x) => x.range)).toEqual([
      { min: 'RV', max: 'MU' },
      { min: 'SO10', max: 'SO10' },
    ]);
    expect(c).toMatchObject({ track: 'PD_MIN', authority: 'SEGRETARIO', maxSanction: 'SO10' });
    expect(c.explanation.some((s) => s.includes('più grave') && s.endsWith('L3534).'))).toBe(true);
    expectCitedSentences(c);
  });

  it('FX-REC-06: refusal to testify in a pending disciplinary case → INF-COLL (C-10), SO15-COLL, PD-MAJ', () => {
    const c = classify([charge('INF-6f', '2024-05-02', { refusalToCollaborate: true })], [], stresa);
    expect(c.charges[0]).toMatchObject({
      infractionId: 'INF-6f',
      appliedInfractionId: 'INF-COLL',
      range: { min: 'SO15-COLL', max: 'SO15-COLL' },
      escalation: { rule: 'C-10', citation: { lines: 'L3683' } },
    });
    expect(c).toMatchObject({ track: 'PD_MAJ', authority: 'UPD', maxSanction: 'SO15-COLL' });
    // Charged directly as INF-COLL: the same route (A-7: the special range goes by its maximum).
    expect(classify([charge('INF-COLL', '2024-05-02')], [], stresa)).toMatchObject({ track: 'PD_MAJ' });
    // Testimony that is not a refusal to collaborate stays INF-6f (C-10).
    expect(classify([charge('INF-6f', '2024-05-02')], [], stresa)).toMatchObject({
      track: 'PD_MIN',
      maxSanction: 'SO10',
    });
    expect(() => classify([charge('INF-4a', '2024-05-02', { refusalToCollaborate: true })], [], stresa)).toThrow();
  });

  it('FX-REC-07: a prior verbal reprimand is not counted (R-REC-4) → INF-4a, RV…MU', () => {
    const history = [rec('PD-V-1', 'RV', '2024-05-01', ['INF-4a'])];
    const c = classify([charge('INF-4a', '2024-09-01')], history, stresa);
    expect(c.charges).toEqual([
      { infractionId: 'INF-4a', appliedInfractionId: 'INF-4a', range: { min: 'RV', max: 'MU' } },
    ]);
    expect(c.explanation.some((s) => s.includes('R-REC-4') && s.endsWith('L3519).'))).toBe(true);
    // The same prior as a written reprimand counts: art. 3 c.2 asks for a more serious c.4 sanction.
    const written = classify([charge('INF-4a', '2024-09-01')], [{ ...history[0], sanctionCode: 'RS' }], stresa);
    expect(written.charges[0]).toMatchObject({
      appliedInfractionId: 'INF-4a',
      range: { min: 'MU', max: 'MU' },
      escalation: { rule: 'art. 3 c. 2', priorCaseIds: ['PD-V-1'] },
    });
  });
});

describe('more rungs of the ladder (R-REC-2)', () => {
  it('climbs more than one rung: c.4 after the maximum fine, with a c.6 maximum suspension in the biennio → INF-7a', () => {
    const history = [...MAX_FINE, rec('PD-2023-02', 'SO10', '2023-09-01', ['INF-4b', 'INF-6a'], 10, 'DAYS')];
    const c = classify([charge('INF-4c', '2024-10-01')], history, stresa);
    expect(c.charges[0]).toMatchObject({ appliedInfractionId: 'INF-7a', range: { min: 'SO6M', max: 'SO6M' } });
    expect(c.charges[0].escalation?.rule).toBe('art. 3 c. 6, lett. a) + art. 3 c. 7, lett. a)');
    expect(c.charges[0].escalation?.priorCaseIds).toEqual(['PD-2023-01', 'PD-2023-02']);
    expect(c.track).toBe('PD_MAJ');
  });

  it('INF-7c repeated → INF-10b (LCP)', () => {
    const c = classify(
      [charge('INF-7c', '2025-01-10')],
      [rec('X', 'SO6M', '2024-02-01', ['INF-7c'], 2, 'MONTHS')],
      stresa,
    );
    expect(c.charges[0]).toMatchObject({ appliedInfractionId: 'INF-10b', range: { min: 'LCP', max: 'LCP' } });
  });

  it('c.6/c.7 recidivism after six months of suspension → INF-10a', () => {
    const c = classify(
      [charge('INF-7b', '2025-01-10')],
      [rec('X', 'SO6M', '2024-02-01', ['INF-7e'], 6, 'MONTHS')],
      stresa,
    );
    expect(c.charges[0].appliedInfractionId).toBe('INF-10a');
  });

  it('third recidivism of physical violence in the biennio → INF-11a (LSP), which prevails over INF-10a', () => {
    const history = ['2023-03-01', '2023-09-01', '2024-06-01'].map((d, i) =>
      rec(`V${i}`, 'SO10', d, ['INF-6h'], 4, 'DAYS'),
    );
    const c = classify([charge('INF-6h', '2024-10-01')], history, stresa);
    expect(c.charges[0]).toMatchObject({ appliedInfractionId: 'INF-11a', range: { min: 'LSP', max: 'LSP' } });
    expect(classify([charge('INF-6h', '2024-10-01')], history.slice(1), stresa).charges[0].appliedInfractionId).toBe(
      'INF-6h',
    );
  });

  it('INF-CERT repeated → dismissal (art. 11 c.4)', () => {
    const c = classify([charge('INF-CERT', '2025-01-10')], [rec('X', 'RS', '2024-02-01', ['INF-CERT'])], stresa);
    expect(c.charges[0]).toMatchObject({ appliedInfractionId: 'INF-CERT', range: { min: 'LD', max: 'LD' } });
    expect(c.dismissalPossible).toBe(true);
  });
});

describe('tracks and authorities (§2.3)', () => {
  // The track column of the §2.4 table: V/MIN and MIN → PD-MIN, MAJ and "per facts" (default: by the maximum) → PD-MAJ.
  const SPEC_TRACK: Record<string, 'PD_MIN' | 'PD_MAJ'> = Object.fromEntries(
    INFRACTIONS.map((i) => [i.id, /^INF-[46][a-l]$/.test(i.id) ? 'PD_MIN' : 'PD_MAJ']),
  );

  it.each(INFRACTIONS.map((i) => i.id))('stresa-rous: %s routes to its spec track', (id) => {
    const c = classify([charge(id, '2024-05-02')], [], stresa);
    expect(c.track).toBe(SPEC_TRACK[id]);
    expect(c.authority).toBe(SPEC_TRACK[id] === 'PD_MIN' ? 'SEGRETARIO' : 'UPD');
  });

  it.each(INFRACTIONS.map((i) => i.id))(
    'national: %s routes to the UPD unless only a verbal reprimand is intended',
    (id) => {
      const c = classify([charge(id, '2024-05-02')], [], nat);
      expect(c).toMatchObject({ regime: 'national', track: 'UPD', authority: 'UPD' });
      expect(c.explanation.at(-1)).toContain('art. 55-bis c. 2 D.Lgs. 165/2001 (come modificato dal D.Lgs. 75/2017)');
      const verbal = classify([charge(id, '2024-05-02')], [], { ...nat, verbalOnly: true });
      expect(verbal.track).toBe(/^INF-4[a-f]$/.test(id) ? 'PD_V' : 'UPD');
    },
  );

  it('verbal reprimand: the Responsabile del servizio, or the Segretario for a Responsabile di Servizio (L3519)', () => {
    const c = classify([charge('INF-4b', '2024-05-02')], [], { ...stresa, verbalOnly: true });
    expect(c).toMatchObject({ track: 'PD_V', authority: 'RESP_SERVIZIO' });
    expect(c.explanation.at(-1)).toMatch(/L3519\)\.$/);
    const head = classify([charge('INF-4b', '2024-05-02')], [], {
      ...stresa,
      verbalOnly: true,
      employeeIsResponsabileServizio: true,
    });
    expect(head).toMatchObject({ track: 'PD_V', authority: 'SEGRETARIO' });
    const national = classify([charge('INF-4b', '2024-05-02')], [], { ...nat, verbalOnly: true });
    expect(national).toMatchObject({ track: 'PD_V', authority: 'RESP_SERVIZIO' });
    expect(national.explanation.at(-1)).toContain('art. 55-bis c. 1');
  });

  it('verbalOnly is refused when a charge does not provide RV', () => {
    const c = classify([charge('INF-4a', '2024-05-02'), charge('INF-6g', '2024-05-02')], [], {
      ...stresa,
      verbalOnly: true,
    });
    expect(c.track).toBe('PD_MIN');
    expect(c.explanation.some((s) => s.startsWith('Il solo rimprovero verbale non è applicabile: per INF-6g'))).toBe(
      true,
    );
  });

  it('C-8: a statutory dismissal supersedes the contractual grading of the same absence', () => {
    const c = classify([charge('INF-6c', '2024-05-02'), charge('INF-14b', '2024-05-02')], [], stresa);
    expect(c).toMatchObject({ maxSanction: 'LD', track: 'PD_MAJ' });
    expect(c.explanation.some((s) => s.includes('superata') && s.endsWith('L3635).'))).toBe(true);
  });

  it('rejects an empty case and unknown infractions', () => {
    expect(() => classify([], [], stresa)).toThrow();
    expect(() => classify([charge('INF-99z', '2024-05-02')], [], stresa)).toThrow('INF-99z');
    expect(() => classify([charge('INF-4a', '2024-02-30')], [], stresa)).toThrow();
  });
});

describe('sanction checks (§2.19)', () => {
  const minor = classify([charge('INF-4a', '2024-05-02'), charge('INF-6g', '2024-05-02')], [], stresa);
  const major = classify([charge('INF-7b', '2024-05-02')], [], stresa);

  it('FX-PD-21 (a): a fine of 5 hours is rejected, maximum 4 hours (V-PD-09)', () => {
    const errors = checkSanction({ code: 'MU', quantity: 5, unit: 'HOURS' }, minor);
    expect(errors).toEqual([
      { field: 'quantity', message: expect.stringContaining('non può superare 4 ore di retribuzione (V-PD-09; ') },
    ]);
    expect(errors[0].message).toMatch(/L3506\)\.$/);
    expect(checkSanction({ code: 'MU', quantity: 4, unit: 'HOURS' }, minor)).toEqual([]);
  });

  it('FX-PD-21 (b): a suspension of 12 days under SO10 is rejected, maximum 10 days (V-PD-09)', () => {
    const errors = checkSanction({ code: 'SO10', quantity: 12, unit: 'DAYS' }, minor);
    expect(errors).toEqual([{ field: 'quantity', message: expect.stringContaining('non può superare 10 giorni') }]);
    expect(errors[0].message).toMatch(/L3507\)\.$/);
    expect(checkSanction({ code: 'SO10', quantity: 10, unit: 'DAYS' }, minor)).toEqual([]);
  });

  it('FX-PD-21 (c): SO6M of 10 days is rejected, minimum 11 days (V-PD-09)', () => {
    const errors = checkSanction({ code: 'SO6M', quantity: 10, unit: 'DAYS' }, major);
    expect(errors).toEqual([
      { field: 'quantity', message: expect.stringContaining('non può essere inferiore a 11 giorni') },
    ]);
    expect(errors[0].message).toMatch(/L3508\)\.$/);
    expect(checkSanction({ code: 'SO6M', quantity: 11, unit: 'DAYS' }, major)).toEqual([]);
  });

  it('SO6M in months and days: six months (or 184 days, the longest six-month span) at most', () => {
    expect(checkSanction({ code: 'SO6M', quantity: 6, unit: 'MONTHS' }, major)).toEqual([]);
    expect(checkSanction({ code: 'SO6M', quantity: 184, unit: 'DAYS' }, major)).toEqual([]);
    expect(checkSanction({ code: 'SO6M', quantity: 185, unit: 'DAYS' }, major)).toHaveLength(1);
    expect(checkSanction({ code: 'SO6M', quantity: 7, unit: 'MONTHS' }, major)[0].message).toContain('6 mesi');
    expect(checkSanction({ code: 'SO6M', quantity: 2, unit: 'HOURS' }, major)[0].field).toBe('unit');
    expect(checkSanction({ code: 'SO6M', quantity: 2.5, unit: 'MONTHS' }, major)[0].field).toBe('quantity');
    expect(checkSanction({ code: 'SO6M' }, major).map((e) => e.field)).toEqual(['unit', 'quantity']);
  });

  it('V-PD-02: the Segretario imposes only RS, MU, SO10; RV only in PD-V; the UPD may go lower (G-6)', () => {
    expect(checkSanction({ code: 'RS' }, minor)).toEqual([]);
    expect(checkSanction({ code: 'RV' }, minor)).toEqual([
      { field: 'code', message: expect.stringMatching(/^Il rimprovero verbale .*\(V-PD-02; .*L3519\)\.$/) },
    ]);
    const verbal = classify([charge('INF-4a', '2024-05-02')], [], { ...stresa, verbalOnly: true });
    expect(checkSanction({ code: 'RV' }, verbal)).toEqual([]);
    expect(checkSanction({ code: 'RS' }, verbal)[0].message).toContain('V-PD-02');
    const mixed = classify([charge('INF-6g', '2024-05-02'), charge('INF-7b', '2024-05-02')], [], stresa);
    expect(mixed.track).toBe('PD_MAJ');
    expect(checkSanction({ code: 'SO10', quantity: 5, unit: 'DAYS' }, mixed)).toEqual([]);
    expect(checkSanction({ code: 'RV' }, mixed)[0].field).toBe('code');
  });

  it('V-PD-09: the kind must be provided for a charge', () => {
    const errors = checkSanction({ code: 'LCP' }, minor);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining('V-PD-02'),
      expect.stringMatching(
        /^La sanzione licenziamento con preavviso non è prevista .*\(V-PD-09; .*L3538; .*L3566\)\.$/,
      ),
    ]);
    expect(checkSanction({ code: 'LD', quantity: 3 }, major).map((e) => e.field)).toEqual(['code', 'quantity']);
  });

  it('national regime: the UPD imposes any written sanction of the range', () => {
    const c = classify([charge('INF-4a', '2024-05-02')], [], nat);
    expect(checkSanction({ code: 'RS' }, c)).toEqual([]);
    expect(checkSanction({ code: 'RV' }, c)[0].message).toContain('art. 55-bis c. 1');
  });
});

describe('conciliation (§2.10, V-PD-13, V-PD-14)', () => {
  it('FX-PD-09: conciliation requested for INF-10c is rejected (dismissal possible)', () => {
    const c = classify([charge('INF-10c', '2024-05-02')], [], stresa);
    const result = conciliationAllowed(c);
    expect(result.allowed).toBe(false);
    expect(!result.allowed && result.reason).toMatch(
      /^La conciliazione non è ammessa: per INF-10c .*licenziamento \(V-PD-13; .*L3705\)\.$/,
    );
    expect(conciliationAllowed(classify([charge('INF-10c', '2024-05-02')], [], nat)).allowed).toBe(false);
    expect(conciliationAllowed(classify([charge('INF-6g', '2024-05-02')], [], stresa))).toEqual({ allowed: true });
    // A dismissal anywhere in the case bars it, also when it is not the only charge.
    const mixed = classify([charge('INF-6g', '2024-05-02'), charge('INF-10d', '2024-05-02')], [], stresa);
    expect(conciliationAllowed(mixed).allowed).toBe(false);
  });

  it('V-PD-14: the agreed sanction must be of a kind provided for the infraction', () => {
    const c = classify([charge('INF-6g', '2024-05-02')], [], stresa);
    expect(agreedSanctionAllowed({ code: 'SO10', quantity: 5, unit: 'DAYS' }, c)).toEqual([]);
    expect(agreedSanctionAllowed({ code: 'MU', quantity: 4, unit: 'HOURS' }, c)).toEqual([
      {
        field: 'code',
        message: expect.stringMatching(
          /^La sanzione concordata .*\(V-PD-14; All\. H art\. 8 c\. 3, L3707; .*L3566\)\.$/,
        ),
      },
    ]);
    expect(agreedSanctionAllowed({ code: 'SO10', quantity: 11, unit: 'DAYS' }, c)[0].field).toBe('quantity');
    const dismissal = classify([charge('INF-10c', '2024-05-02')], [], stresa);
    expect(agreedSanctionAllowed({ code: 'LCP' }, dismissal)[0].message).toContain('V-PD-13');
  });
});

describe('verbal reprimand and the personnel file (R-REC-4, G-7)', () => {
  it('FX-PD-20: an RV for INF-4a is never counted for recidivism (no PersonnelSanctionRecord)', () => {
    expect(countsForRecidivism(rec('PD-V', 'RV', '2024-05-01', ['INF-4a']))).toBe(false);
    expect(countsForRecidivism(rec('PD-S', 'RS', '2024-05-01', ['INF-4a']))).toBe(true);
    const c = classify([charge('INF-4a', '2024-05-02')], [], { ...stresa, verbalOnly: true });
    expect(c.track).toBe('PD_V');
    expect(c.explanation.at(-1)).toContain('nessun riscontro scritto figura nel fascicolo personale');
    expect(conciliationAllowed(c).allowed).toBe(false);
  });
});
