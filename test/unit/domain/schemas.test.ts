/** The domanda's schema (art. 83, L1405–L1423): what a form sends is read the way a clerk would read it. */
import { applicationSchema, paperApplicationSchema } from '../../../shared/procedures/concorso/schemas';
import { candidate } from '../../support/fixtures';

describe('applicationSchema', () => {
  test('optional fields left empty mean "not given"', () => {
    const r = applicationSchema.safeParse({ ...candidate(1), pec: '', phone: '', disabilityAids: '' });
    expect(r.success).toBe(true);
    expect(r.data).not.toHaveProperty('pec', '');
    expect(r.data?.pec).toBeUndefined();
  });

  test('a given optional field is still validated', () => {
    const r = applicationSchema.safeParse({ ...candidate(1), pec: 'non-una-pec' });
    expect(r.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['pec', 'Indirizzo PEC non valido.']]);
  });

  test('the tax code is read in capitals; electoral list or the reason for not being enrolled is required (b.4, L1414)', () => {
    const lower = applicationSchema.safeParse({ ...candidate(1), taxCode: candidate(1).taxCode.toLowerCase() });
    expect(lower.data?.taxCode).toBe(candidate(1).taxCode);
    const neither = applicationSchema.safeParse({ ...candidate(1), electoralListMunicipality: '' });
    expect(neither.error?.issues[0].path).toEqual(['electoralListMunicipality']);
    expect(
      applicationSchema.safeParse({ ...candidate(1), electoralListMunicipality: '', notEnrolledReason: 'Cittadino UE' })
        .success,
    ).toBe(true);
  });

  test('unknown fields are refused, not ignored', () => {
    const r = applicationSchema.safeParse({ ...candidate(1), deadline: '2099-01-01' });
    expect(r.error?.issues[0].code).toBe('unrecognized_keys');
  });

  test('a paper domanda cannot be received before it was sent (art. 85 c.3, L1447)', () => {
    const r = paperApplicationSchema.safeParse({
      ...candidate(2),
      channel: 'RACCOMANDATA_AR',
      sentDate: '2026-03-10',
      receivedDate: '2026-03-09',
    });
    expect(r.error?.issues[0].path).toEqual(['sentDate']);
  });
});
