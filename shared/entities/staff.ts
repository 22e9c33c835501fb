/**
 * The staff register an entity keeps (its personnel office's records): who is on staff, in which
 * category and profile, since when. Mobility and contract checks read it (the 4-year bar runs from the
 * contract's signature, L1265; the 3-year rule from the start of service of concorso hires, L1840); a
 * request from someone not on it is refused. Seeded for the demo and the fixtures; on AWS it comes
 * from the entity's HR system.
 */

export type Category = 'A' | 'B1' | 'B3' | 'C' | 'D1' | 'D3';

export interface StaffMember {
  entityId: string;
  /** The user id they sign in with (employees file their own requests). */
  userId: string;
  name: string;
  taxCode: string;
  email: string;
  pec?: string;
  category: Category;
  profile: string;
  /** Organisational area (ROUS art. 10): mobility compares areas and profiles. */
  area: string;
  service: string;
  /** Signature of the individual contract with the entity (L1265). */
  contractSignedOn: string;
  serviceStartOn: string;
  /** Hired permanently through a concorso pubblico (L1840). */
  hiredByConcorso: boolean;
  isResponsabileServizio: boolean;
}

export const STAFF: readonly StaffMember[] = [
  {
    entityId: 'stresa',
    userId: 'dip.stresa',
    name: 'Carlo Esposito',
    taxCode: 'SPSCRL82C15L746R',
    email: 'carlo.esposito@example.org',
    pec: 'carlo.esposito@pec.example.org',
    category: 'C',
    profile: 'Istruttore amministrativo',
    area: 'Amministrativa',
    service: 'Servizi demografici',
    contractSignedOn: '2020-09-01',
    serviceStartOn: '2020-09-01',
    hiredByConcorso: true,
    isResponsabileServizio: false,
  },
  {
    entityId: 'stresa',
    userId: 'dip2.stresa',
    name: 'Lucia Fontana',
    taxCode: 'FNTLCU90M52F952F',
    email: 'lucia.fontana@example.org',
    category: 'C',
    profile: 'Istruttore amministrativo contabile',
    area: 'Economico-finanziaria',
    service: 'Ragioneria',
    contractSignedOn: '2022-10-01',
    serviceStartOn: '2022-10-01',
    hiredByConcorso: true,
    isResponsabileServizio: false,
  },
  {
    entityId: 'stresa',
    userId: 'resp.stresa',
    name: 'Antonio Greco',
    taxCode: 'GRCNTN75B10L746S',
    email: 'antonio.greco@comune.stresa.example',
    category: 'D1',
    profile: 'Istruttore direttivo amministrativo',
    area: 'Amministrativa',
    service: 'Servizi demografici',
    contractSignedOn: '2010-03-01',
    serviceStartOn: '2010-03-01',
    hiredByConcorso: true,
    isResponsabileServizio: true,
  },
];

export function staffMember(entityId: string, userId: string): StaffMember | undefined {
  return STAFF.find((s) => s.entityId === entityId && s.userId === userId);
}
