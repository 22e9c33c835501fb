/** Request bodies for tests: a complete bando and candidates with valid tax codes. */
import { checkCharacter } from '../../shared/validation/codice-fiscale';

export function bando(entityId = 'stresa', overrides: Record<string, unknown> = {}) {
  return {
    entityId,
    title: 'Concorso pubblico per esami per 2 posti di Istruttore amministrativo contabile (area Istruttori)',
    competitionType: 'PER_ESAMI',
    indizione: { number: 'DET-2026-112', date: '2026-01-15' },
    posts: [
      {
        count: 2,
        category: 'C',
        profile: 'Istruttore amministrativo contabile',
        pay: 'CCNL Funzioni locali 2019-2021, area Istruttori',
      },
    ],
    partTimeConvertible: false,
    reservedPercentages: [{ category: 'Volontari delle Forze Armate (D.Lgs. 66/2010)', percentage: 30 }],
    requirements: {
      general: ['cittadinanza italiana o di uno Stato UE', 'godimento dei diritti politici'],
      specific: ['diploma di scuola secondaria di secondo grado'],
    },
    blindnessImpediment: false,
    submissionMethods: ['ONLINE', 'RACCOMANDATA_AR', 'PEC'],
    requiredDeclarations: ['assenza di condanne penali'],
    requiredAttachments: ['curriculum vitae', 'ricevuta della tassa di concorso'],
    writtenOralSubjects: ['diritto amministrativo', 'ordinamento degli enti locali', 'contabilità pubblica'],
    oralAdmissionMinScore: 21,
    applicationFee: 10.33,
    responsibleOfficer: { name: 'Maria Rossi', email: 'maria.rossi@comune.stresa.example' },
    ...overrides,
  };
}

const SURNAMES = ['RSS', 'BNC', 'VRD', 'NRE', 'GLL', 'FRR', 'RMN', 'CST'];

/** A distinct, valid tax code for each n (surname code + n in the birth data). */
export function taxCodeFor(n: number): string {
  const first15 = `${SURNAMES[n % SURNAMES.length]}MRA${String(80 + (n % 20)).padStart(2, '0')}A${String(1 + (n % 28)).padStart(2, '0')}F${String(200 + (Math.floor(n / 8) % 800)).padStart(3, '0')}`;
  return first15 + checkCharacter(first15);
}

export function candidate(n: number, overrides: Record<string, unknown> = {}) {
  return {
    firstName: `Candidato${n}`,
    lastName: 'Esempio',
    taxCode: taxCodeFor(n),
    birthDate: '1990-05-10',
    birthPlace: 'Verbania',
    citizenship: 'IT',
    email: `candidato${n}@example.org`,
    electoralListMunicipality: 'Stresa',
    notDismissedFromPA: true,
    studyTitle: { name: 'Diploma di ragioneria', institution: 'ITC Ferrini, Verbania', obtainedOn: '2009-07-10' },
    residence: { street: 'Corso Italia 1', postalCode: '28838', municipality: 'Stresa', province: 'VB' },
    commitsToReportChanges: true,
    truthfulnessDeclared: true,
    // The signed list (art. 84): the CV and what the fixture bando prescribes, so admission finds it complete.
    attachments: [
      { kind: 'CURRICULUM', description: 'Curriculum vitae', answers: 'curriculum vitae', form: 'ORIGINALE' },
      {
        kind: 'DOCUMENTO_BANDO',
        description: 'Ricevuta del versamento della tassa di concorso',
        answers: 'ricevuta della tassa di concorso',
        form: 'ORIGINALE',
      },
    ],
    ...overrides,
  };
}
