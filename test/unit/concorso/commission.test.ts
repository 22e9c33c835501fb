/**
 * The examination board (commissione esaminatrice): composition matrix and rules (recruitment.md §12.1,
 * §12.2), declarations at appointment and after the admitted list (anticorruption-massa-carrara.md §1.A,
 * piao-lucca-nuxis.md §1.2), the board-may-act guard, replacement, and the art. 121 fees with every
 * fixture of recruitment.md §16.9 (expected values copied from the spec).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Citation } from '../../../shared/calendar/terms';
import {
  type Board,
  type BoardContext,
  type BoardMember,
  boardFees,
  boardMayAct,
  COMMISSION_CITATIONS,
  COMPOSITION_MATRIX,
  type CompositionCheck,
  type CompositionCheckId,
  checkComposition,
  compositionRow,
  type Declaration,
  declarationStatus,
  feeRecipientsOf,
  NUXIS_GENDER_RULE,
  replaceMember,
} from '../../../shared/procedures/concorso/commission';

// ---------------------------------------------------------------------------------------- fixtures

/** Concorso pubblico, category C, Servizi demografici (area Amministrativa). */
const ctx: BoardContext = {
  procedureType: 'CONCORSO_PUBBLICO',
  category: 'C',
  postArea: 'Amministrativa',
  respHrId: 'rossi',
  hiringServiceHeadId: 'bianchi',
  segretarioGeneraleId: 'galli',
};

const rossi: BoardMember = {
  id: 'rossi',
  name: 'Mario Rossi',
  gender: 'M',
  seat: 'RESP_HR',
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'D3',
  headOfService: 'Gestione Risorse Umane',
  expertise: 'Ordinamento degli enti locali, rapporto di lavoro pubblico',
};
const bianchi: BoardMember = {
  id: 'bianchi',
  name: 'Andrea Bianchi',
  gender: 'M',
  seat: 'RESP_SERVIZIO_INTERESSATO',
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'D1',
  headOfService: 'Servizi demografici',
  expertise: 'Anagrafe, stato civile, elettorale',
};
const verdi: BoardMember = {
  id: 'verdi',
  name: 'Paola Verdi',
  gender: 'F',
  seat: 'ESPERTO_PA',
  employer: 'ALTRA_PA',
  employerName: 'Comune di Baveno',
  permanent: true,
  inquadramento: 'D1',
  area: 'Amministrativa',
  expertise: 'Servizi demografici (curriculum vitae)',
  selectedOnCv: true,
  designatedBy: 'RESP_HR',
};
const neri: BoardMember = {
  id: 'neri',
  name: 'Giulia Neri',
  gender: 'F',
  seat: 'SEGRETARIO',
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'C',
  designatedBy: 'SEGRETARIO_GENERALE',
};

const board = (over: Partial<Board> = {}): Board => ({
  appointedBy: 'GIUNTA',
  appointment: { act: 'D.G.C. n. 45', date: '2025-03-03' },
  members: [rossi, bianchi, verdi, neri],
  declarations: [],
  ...over,
});
/** The base board with one member changed (or replaced when `patch` has a new id). */
const patched = (id: string, patch: Partial<BoardMember>, b: Board = board()): Board => ({
  ...b,
  members: b.members.map((m) => (m.id === id ? { ...m, ...patch } : m)),
});
const adding = (m: BoardMember, b: Board = board()): Board => ({ ...b, members: [...b.members, m] });

const ids = (checks: CompositionCheck[]) => [...new Set(checks.map((c) => c.id))];
const failed = (checks: CompositionCheck[]) => checks.filter((c) => !c.passed);
/** The only failed check, with its id and cited lines. */
function onlyFailure(b: Board, c: BoardContext = ctx): CompositionCheck {
  const r = checkComposition(b, c);
  expect(r.valid).toBe(false);
  const f = failed(r.checks);
  expect(f.map((x) => x.id)).toHaveLength(1);
  return f[0];
}

/** Every reason ends with its citation: "… — art. 119 c. 2 (L1902)." or an external law. */
const CITED = / — [^—]+ \((L\d{3,4}(?:[–,] ?L\d{3,4})*|D\.Lgs\. 165\/2001)\)\.$/;
function expectCited(reasons: string[]) {
  expect(reasons.length).toBeGreaterThan(0);
  for (const r of reasons) expect(r).toMatch(CITED);
}

// Appointment declarations (35-bis for everyone, art. 119 c.4 for the components).
const appointmentDeclarations = (members: BoardMember[], date = '2025-03-05'): Declaration[] =>
  members.flatMap((m) => [
    { memberId: m.id, kind: 'CONDANNE_PENALI' as const, date, outcome: 'INSUSSISTENZA' as const },
    ...(m.seat === 'SEGRETARIO'
      ? []
      : [{ memberId: m.id, kind: 'INCOMPATIBILITA' as const, date, outcome: 'INSUSSISTENZA' as const }]),
  ]);
const admitted = [
  { id: 'cand-1', name: 'Luca Ferri' },
  { id: 'cand-2', name: 'Sara Conti' },
];
const conflictDeclarations = (members: BoardMember[], candidateIds: string[], date = '2025-05-12'): Declaration[] =>
  members.map((m) => ({
    memberId: m.id,
    kind: 'CONFLITTO_CANDIDATI' as const,
    date,
    outcome: 'INSUSSISTENZA' as const,
    candidateIds,
  }));
const fullyDeclared = (b: Board = board()): Board => ({
  ...b,
  declarations: [
    ...appointmentDeclarations([...b.members]),
    ...conflictDeclarations(
      [...b.members],
      admitted.map((c) => c.id),
    ),
  ],
});

// ---------------------------------------------------------------------------------- the matrix

describe('composition matrix (recruitment.md §12.1)', () => {
  it.each([
    ['CONCORSO_PUBBLICO', 'C', 'TI_C_E_SUPERIORI', 'GIUNTA', 'L1901'],
    ['CONCORSO_PUBBLICO', 'D3', 'TI_C_E_SUPERIORI', 'GIUNTA', 'L1901'],
    ['CORSO_CONCORSO', 'D1', 'TI_C_E_SUPERIORI', 'GIUNTA', 'L1901'],
    ['CONCORSO_PUBBLICO', 'B3', 'TI_B3_E_INFERIORI', 'RESP_HR', 'L1703'],
    ['CONCORSO_PUBBLICO', 'A', 'TI_B3_E_INFERIORI', 'RESP_HR', 'L1703'],
    ['LISTE_COLLOCAMENTO', 'B1', 'LISTE_COLLOCAMENTO', 'RESP_HR', 'L1703'],
    ['TEMPO_DETERMINATO', 'D1', 'TEMPO_DETERMINATO', 'RESP_HR', 'L1912'],
    ['PROGRESSIONE_CARRIERA', 'D1', 'PROGRESSIONE_CARRIERA', 'GIUNTA', 'L4676'],
    ['CFL', 'C', 'CFL', 'GIUNTA', 'L5038'],
  ] as const)('%s, category %s → %s, appointed by %s (%s)', (type, category, id, by, lines) => {
    const row = compositionRow(type, category);
    expect(row.id).toBe(id);
    if (row.kind !== 'checked') throw new Error('expected a checked row');
    expect(row.appointedBy).toBe(by);
    expect(row.appointmentCitation.lines).toBe(lines);
  });

  it('chairs, members and secretaries by row, each with its seed lines', () => {
    const summary = COMPOSITION_MATRIX.map((r) =>
      r.kind === 'delegated'
        ? { id: r.id, checkedBy: r.checkedBy, lines: r.citation.lines }
        : {
            id: r.id,
            president: `${r.president.seat} ${r.president.citation.lines}`,
            members: r.members.map((s) => `${s.count}×${s.seat} ${s.citation.lines}`),
            secretary: `${r.secretary.designatedBy ?? '-'} ≥${r.secretary.minInquadramento ?? '-'} ${r.secretary.citation.lines}`,
            fees: r.feeRegime,
          },
    );
    expect(summary).toEqual([
      {
        id: 'TI_C_E_SUPERIORI',
        president: 'RESP_HR L1902',
        members: ['1×RESP_SERVIZIO_INTERESSATO L1902', '1×ESPERTO_PA L1902'],
        secretary: 'SEGRETARIO_GENERALE ≥POST L1907',
        fees: 'ART_121',
      },
      {
        id: 'TI_B3_E_INFERIORI',
        president: 'RESP_HR L1705',
        members: ['1×RESP_SERVIZIO_INTERESSATO L1707', '1×RESP_ALTRO_SERVIZIO L1709'],
        secretary: 'RESP_HR ≥C L1711',
        fees: 'ART_121',
      },
      {
        id: 'LISTE_COLLOCAMENTO',
        president: 'RESP_HR L1705',
        members: ['1×RESP_SERVIZIO_INTERESSATO L1707', '1×RESP_ALTRO_SERVIZIO L1709'],
        secretary: 'RESP_HR ≥C L1711',
        fees: 'ART_121',
      },
      {
        id: 'TEMPO_DETERMINATO',
        president: 'RESP_HR L1913',
        members: ['1×RESP_SERVIZIO_INTERESSATO L1914', '1×RESP_ALTRO_SERVIZIO L1915'],
        secretary: 'RESP_HR ≥C L1916',
        fees: 'ART_121',
      },
      { id: 'MOBILITA_IN', checkedBy: 'shared/procedures/mobility/rules.ts (mobilityBoard)', lines: 'L1773–L1791' },
      {
        id: 'PROGRESSIONE_CARRIERA',
        president: 'SEGRETARIO_COMUNALE L4672',
        members: ['2×ESPERTO_ALBO L4672'],
        secretary: 'SEGRETARIO_GENERALE ≥C L4674',
        fees: 'DPCM_23_03_1995',
      },
      {
        id: 'CFL',
        president: 'PRESIDENTE_CFL L5037',
        members: ['2×COMPONENTE_CFL L5037'],
        secretary: '- ≥- L5040',
        fees: 'ART_121',
      },
    ]);
  });

  it('the incoming-mobility board is checked by the mobility rules, not here', () => {
    expect(() => checkComposition(board(), { ...ctx, procedureType: 'MOBILITA_IN' })).toThrow(/mobilityBoard/);
  });
});

// ------------------------------------------------------------------------ composition, art. 119

describe('checkComposition: concorso, category C and above (art. 119)', () => {
  it('a regular board passes every rule, each reason ending with its citation', () => {
    const r = checkComposition(board(), ctx);
    expect(failed(r.checks)).toEqual([]);
    expect(r).toMatchObject({ valid: true, rowId: 'TI_C_E_SUPERIORI' });
    expect(ids(r.checks).sort()).toEqual(
      [
        'NOMINA',
        'SEGGI',
        'PRESIDENTE',
        'RESP_SERVIZIO',
        'ESPERTO_PA',
        'ESPERTO_AREA',
        'ESPERTO_CATEGORIA',
        'ESPERTO_CURRICULUM',
        'SEGRETARIO_RUOLO',
        'SEGRETARIO_DESIGNAZIONE',
        'SEGRETARIO_CATEGORIA',
        'DISTINTI',
        'COMPETENZA',
        'ESCLUSI',
        'GENERE',
        'DECADENZA',
      ].sort(),
    );
    expectCited(r.checks.map((c) => c.reason));
    const reason = (id: CompositionCheckId) => r.checks.find((c) => c.id === id)!.reason;
    expect(reason('PRESIDENTE')).toBe(
      'Presiede Mario Rossi, Responsabile del Servizio Gestione Risorse Umane — art. 24 c. 5, lett. q) (L696).',
    );
    expect(reason('GENERE')).toBe(
      'Equilibrio di genere rispettato: componenti donne 1 su 3, minimo 1 (un terzo arrotondato per eccesso) — art. 119 c. 5 (L1905).',
    );
  });

  const verdiPatch = (p: Partial<BoardMember>) => patched('verdi', p);
  it.each<[string, CompositionCheckId, () => Board, BoardContext, string, string]>([
    [
      'appointed by the HR head instead of the Giunta',
      'NOMINA',
      () => board({ appointedBy: 'RESP_HR' }),
      ctx,
      'L1901',
      'nominata dalla Giunta Comunale',
    ],
    [
      'the hiring-service seat is empty',
      'SEGGI',
      () => ({ ...board(), members: [rossi, verdi, neri] }),
      ctx,
      'L1902',
      "Posto di Responsabile del Servizio interessato all'assunzione non coperto",
    ],
    [
      'two experts',
      'SEGGI',
      () => adding({ ...verdi, id: 'gatti', name: 'Laura Gatti' }),
      ctx,
      'L1902',
      'Posti di esperto dipendente di Pubblica Amministrazione: 2 persone (Paola Verdi, Laura Gatti) per un solo posto',
    ],
    [
      'a seat this board does not have',
      'SEGGI',
      () => adding({ ...verdi, id: 'sala', name: 'Rita Sala', seat: 'ESPERTO_ALBO', fromAlboEsperti: true }),
      ctx,
      'L1902',
      "il posto di componente scelto dall'Albo degli esperti non è previsto per questa commissione",
    ],
    [
      'no secretary',
      'SEGGI',
      () => ({ ...board(), members: [rossi, bianchi, verdi] }),
      ctx,
      'L1907',
      'Posto di segretario non coperto',
    ],
    [
      'the president is not the HR head',
      'PRESIDENTE',
      () => board(),
      { ...ctx, respHrId: 'someone-else' },
      'L696',
      'non è il Responsabile del Servizio Gestione Risorse Umane',
    ],
    [
      'the hiring-service seat is held by someone else',
      'RESP_SERVIZIO',
      () => board(),
      { ...ctx, hiringServiceHeadId: 'someone-else' },
      'L1902',
      "non è il Responsabile del Servizio interessato all'assunzione",
    ],
    [
      'the expert is not a public employee',
      'ESPERTO_PA',
      () => verdiPatch({ employer: 'ESTERNO' }),
      ctx,
      'L1902',
      'non è dipendente di una Pubblica Amministrazione',
    ],
    [
      'the expert is of another area',
      'ESPERTO_AREA',
      () => verdiPatch({ area: 'Tecnica' }),
      ctx,
      'L1902',
      'non è della medesima area del posto (Amministrativa)',
    ],
    [
      "the post's area is not given",
      'ESPERTO_AREA',
      () => board(),
      { ...ctx, postArea: undefined },
      'L1902',
      'Area del posto non indicata',
    ],
    [
      'the expert is below the post category',
      'ESPERTO_CATEGORIA',
      () => verdiPatch({ inquadramento: 'B3' }),
      ctx,
      'L1902',
      'non è inquadrato nella categoria C del posto o in una superiore',
    ],
    [
      'the expert was not chosen on the CV by the HR head',
      'ESPERTO_CURRICULUM',
      () => verdiPatch({ selectedOnCv: false }),
      ctx,
      'L1902',
      'in base al curriculum vitae',
    ],
    [
      'the secretary is not permanent',
      'SEGRETARIO_RUOLO',
      () => patched('neri', { permanent: false }),
      ctx,
      'L1907',
      'non è dipendente di ruolo',
    ],
    [
      'the secretary is employed by another administration',
      'SEGRETARIO_RUOLO',
      () => patched('neri', { employer: 'ALTRA_PA' }),
      ctx,
      'L1907',
      "non è dipendente dell'amministrazione comunale",
    ],
    [
      'the secretary was designated by the HR head',
      'SEGRETARIO_DESIGNAZIONE',
      () => patched('neri', { designatedBy: 'RESP_HR' }),
      ctx,
      'L1907',
      'designato dal Segretario Generale',
    ],
    [
      'the secretary is below the post category',
      'SEGRETARIO_CATEGORIA',
      () => patched('neri', { inquadramento: 'B3' }),
      ctx,
      'L1907',
      'almeno nella categoria C del posto',
    ],
    [
      'the secretary is also the expert',
      'DISTINTI',
      () => patched('neri', { id: 'verdi' }),
      ctx,
      'L1902',
      'persone distinte',
    ],
    [
      'the expert has no stated competence',
      'COMPETENZA',
      () => verdiPatch({ expertise: '  ' }),
      ctx,
      'L1320',
      'esperti di provata competenza',
    ],
    [
      'the expert holds a political office',
      'ESCLUSI',
      () => verdiPatch({ excludedOffice: 'CARICA_POLITICA' }),
      ctx,
      'L1904',
      'ricopre una carica politica',
    ],
    [
      'the expert is a union representative',
      'ESCLUSI',
      () => verdiPatch({ excludedOffice: 'RAPPRESENTANTE_SINDACALE' }),
      ctx,
      'L1904',
      'è rappresentante sindacale',
    ],
    [
      'no woman among the components',
      'GENERE',
      () => verdiPatch({ gender: 'M' }),
      ctx,
      'L1905',
      'non è registrata una motivata impossibilità',
    ],
    [
      'an added member without a language or subject',
      'MEMBRI_AGGIUNTI',
      () => adding({ ...verdi, id: 'ross', name: 'Emma Ross', seat: 'MEMBRO_AGGIUNTO', addedFor: '' }),
      ctx,
      'L1903',
      'lingua straniera o la materia speciale',
    ],
    [
      'the expert lost the public employment, not confirmed',
      'DECADENZA',
      () => verdiPatch({ employmentEnded: { on: '2025-06-30', confirmedByAdministration: false } }),
      ctx,
      'L1906',
      "decade dall'incarico",
    ],
  ])('fails when %s (%s)', (_what, id, make, c, lines, text) => {
    const f = onlyFailure(make(), c);
    expect(f.id).toBe(id);
    expect(f.citation.lines).toBe(lines);
    expect(f.reason).toContain(text);
    expectCited([f.reason]);
  });

  it('category comparison (R1): a D3 post needs a D3 or dirigente expert and secretary', () => {
    const d3 = { ...ctx, category: 'D3' as const };
    const withD3Secretary = patched('neri', { inquadramento: 'D3' });
    expect(onlyFailure(withD3Secretary, d3)).toMatchObject({ id: 'ESPERTO_CATEGORIA' });
    expect(checkComposition(patched('verdi', { inquadramento: 'DIRIGENTE' }, withD3Secretary), d3).valid).toBe(true);
    expect(onlyFailure(patched('verdi', { inquadramento: 'D3' }), d3)).toMatchObject({
      id: 'SEGRETARIO_CATEGORIA',
      reason: expect.stringContaining('(categoria C) deve essere inquadrato almeno nella categoria D3 del posto'),
    });
  });

  it('a political office of the secretary is not an art. 119 c.4 exclusion (R4): only components are', () => {
    expect(checkComposition(patched('neri', { excludedOffice: 'CARICA_POLITICA' }), ctx).valid).toBe(true);
  });

  it('confirmed by the Administration, a member whose employment ended stays (art. 119 c.6)', () => {
    const b = patched('verdi', { employmentEnded: { on: '2025-06-30', confirmedByAdministration: true } });
    expect(checkComposition(b, ctx).valid).toBe(true);
  });

  it('an added member for a foreign language is allowed (art. 119 c.3)', () => {
    const b = adding({ ...verdi, id: 'ross', name: 'Emma Ross', seat: 'MEMBRO_AGGIUNTO', addedFor: 'Lingua inglese' });
    const r = checkComposition(b, ctx);
    expect(r.valid).toBe(true);
    expect(r.checks.find((c) => c.id === 'MEMBRI_AGGIUNTI')!.reason).toBe(
      'Membri aggiunti: Emma Ross (Lingua inglese) — art. 119 c. 3 (L1903).',
    );
  });

  describe('RESP_HR is also head of the hiring service (art. 119 c.2, last sentence)', () => {
    const sameHead = { ...ctx, hiringServiceHeadId: 'rossi' };
    const ricci: BoardMember = {
      id: 'ricci',
      name: 'Franco Ricci',
      gender: 'M',
      seat: 'SOSTITUTO_RESP_SERVIZIO',
      employer: 'ALTRA_PA',
      employerName: 'Comune di Verbania',
      permanent: true,
      inquadramento: 'D3',
      headOfService: 'Servizi demografici',
      expertise: 'Anagrafe e stato civile',
      designatedBy: 'GIUNTA',
    };
    const substituted = (p: Partial<BoardMember> = {}) => patched('bianchi', { ...ricci, ...p });

    it('another service head of another PA, chosen by the Giunta, takes the seat', () => {
      const r = checkComposition(substituted(), sameHead);
      expect(failed(r.checks)).toEqual([]);
      expect(r.checks.find((c) => c.id === 'SOSTITUTO')).toMatchObject({
        passed: true,
        citation: COMMISSION_CITATIONS.art119Substitute,
      });
    });

    it('keeping the ordinary seat fails: the seat belongs to another head', () => {
      const r = checkComposition(board(), sameHead);
      const f = failed(r.checks);
      expect(f.map((c) => c.id)).toEqual(['SEGGI', 'SEGGI']);
      expect(f[0].reason).toContain(
        "Posto di altro Responsabile di Servizio (in luogo del Responsabile del Servizio interessato all'assunzione) non coperto: il Responsabile del Servizio Risorse Umane è anche",
      );
      expect(f[1].reason).toContain('il posto spetta ad altro Responsabile di Servizio');
      for (const c of f) expect(c.citation).toBe(COMMISSION_CITATIONS.art119Substitute);
    });

    it.each<[string, Partial<BoardMember>, string]>([
      ['chosen by the HR head', { designatedBy: 'RESP_HR' }, 'non è stato scelto dalla Giunta Comunale'],
      [
        'not a public employee',
        { employer: 'ESTERNO' },
        "non appartiene all'Amministrazione né ad altra Pubblica Amministrazione",
      ],
      ['not a service head', { headOfService: undefined }, 'non è Responsabile di Servizio'],
    ])('a substitute %s fails', (_what, p, text) => {
      const f = onlyFailure(substituted(p), sameHead);
      expect(f).toMatchObject({ id: 'SOSTITUTO', citation: { lines: 'L1902' } });
      expect(f.reason).toContain(text);
    });
  });

  describe('corso-concorso (art. 103 c.2)', () => {
    const corso = { ...ctx, procedureType: 'CORSO_CONCORSO' as const };
    it('fails without a course teacher on the board', () => {
      expect(onlyFailure(board(), corso)).toMatchObject({ id: 'DOCENTE_CORSO', citation: { lines: 'L1673' } });
    });
    it('passes with a course teacher among the components', () => {
      const r = checkComposition(patched('verdi', { courseTeacher: true }), corso);
      expect(r.valid).toBe(true);
      expect(r.checks.find((c) => c.id === 'DOCENTE_CORSO')!.reason).toBe(
        'Docente del corso in commissione: Paola Verdi — art. 103 c. 2 (L1673).',
      );
    });
  });
});

// ------------------------------------------------------------------------------- gender third

describe('gender third (art. 119 c.5: at least one third women, save a motivated impossibility)', () => {
  const allMen = patched('verdi', { gender: 'M' });

  it('spec §12.2: with 3 members at least 1 woman', () => {
    expect(checkComposition(board(), ctx).checks.find((c) => c.id === 'GENERE')!.passed).toBe(true);
    expect(onlyFailure(allMen).id).toBe('GENERE');
  });

  it('ceil: 1 woman out of 4 components is not enough (2 required)', () => {
    const four = adding({
      ...bianchi,
      id: 'gatti',
      name: 'Luigi Gatti',
      seat: 'ESPERTO_PA',
      ...{ area: 'Amministrativa', selectedOnCv: true, designatedBy: 'RESP_HR' },
    });
    const g = checkComposition(four, ctx).checks.find((c) => c.id === 'GENERE')!;
    expect(g).toMatchObject({ passed: false });
    expect(g.reason).toContain('componenti donne 1 su 4, minimo 2');
  });

  it('the secretary and added members do not count (R2)', () => {
    // Women: the secretary and an added member; the three components are men.
    const b = adding(
      { ...verdi, id: 'ross', name: 'Emma Ross', seat: 'MEMBRO_AGGIUNTO', addedFor: 'Lingua inglese' },
      allMen,
    );
    const g = onlyFailure(b);
    expect(g.id).toBe('GENERE');
    expect(g.reason).toContain('componenti donne 0 su 3, minimo 1');
  });

  it('a recorded, motivated impossibility is the only way around it', () => {
    const motivation = 'Nessuna dipendente di categoria D1 o superiore esperta in servizi demografici disponibile';
    const r = checkComposition({ ...allMen, genderException: { motivation, act: 'D.G.C. n. 45' } }, ctx);
    expect(r.valid).toBe(true);
    expect(r.checks.find((c) => c.id === 'GENERE')!.reason).toBe(
      `Equilibrio di genere derogato per motivata impossibilità (D.G.C. n. 45): «${motivation}»; componenti donne 0 su 3, minimo 1 (un terzo arrotondato per eccesso) — art. 119 c. 5 (L1905).`,
    );
  });

  it('an exception without a motivation does not count', () => {
    const f = onlyFailure({ ...allMen, genderException: { motivation: '   ' } });
    expect(f.reason).toContain("l'eccezione registrata è priva di motivazione");
  });

  it("an entity's rule without exception (Nuxis PAP, 003:L1162) refuses even a motivated one", () => {
    const f = onlyFailure(
      { ...allMen, genderException: { motivation: 'Nessuna disponibile' } },
      { ...ctx, genderRule: NUXIS_GENDER_RULE },
    );
    expect(f).toMatchObject({ id: 'GENERE', citation: { file: '003_4bd16557d3c21ee9.txt', lines: 'L1162' } });
    expect(f.reason).toContain('la regola non ammette eccezioni');
  });
});

// ------------------------------------------------------------ composition, other rows of §12.1

describe('checkComposition: artt. 106 c.2 and 120 boards, Allegato N, Allegato P', () => {
  const galli: BoardMember = {
    ...rossi,
    id: 'galli',
    name: 'Elena Galli',
    gender: 'F',
    headOfService: 'Affari generali',
  };
  const moro: BoardMember = {
    ...bianchi,
    id: 'moro',
    name: 'Carla Moro',
    gender: 'F',
    seat: 'RESP_ALTRO_SERVIZIO',
    headOfService: 'Ragioneria',
    expertise: 'Contabilità pubblica',
  };
  const smallBoard = (over: Partial<Board> = {}): Board => ({
    appointedBy: 'RESP_HR',
    members: [rossi, bianchi, moro, { ...neri, designatedBy: 'RESP_HR' }],
    declarations: [],
    ...over,
  });

  it.each([
    ['CONCORSO_PUBBLICO', 'B3', ['L1703', 'L1705', 'L1707', 'L1709', 'L1711']],
    ['LISTE_COLLOCAMENTO', 'A', ['L1703', 'L1705', 'L1707', 'L1709', 'L1711']],
    ['TEMPO_DETERMINATO', 'D1', ['L1912', 'L1913', 'L1914', 'L1915', 'L1916']],
  ] as const)(
    '%s category %s: RESP_HR chairs, two service heads, secretary ≥ C chosen by RESP_HR',
    (type, category, lines) => {
      const c = { ...ctx, procedureType: type, category };
      const r = checkComposition(smallBoard(), c);
      expect(failed(r.checks)).toEqual([]);
      const cited = new Set(r.checks.map((x) => x.citation.lines));
      for (const l of lines) expect(cited.has(l)).toBe(true);
      expectCited(r.checks.map((x) => x.reason));
    },
  );

  const b3 = { ...ctx, category: 'B3' as const };
  it.each<[string, CompositionCheckId, Board, string, string]>([
    [
      'appointed by the Giunta',
      'NOMINA',
      smallBoard({ appointedBy: 'GIUNTA' }),
      'L1703',
      'Responsabile del Servizio Gestione Risorse Umane',
    ],
    [
      'the other head is from another PA',
      'ALTRO_SERVIZIO',
      {
        ...smallBoard(),
        members: [rossi, bianchi, { ...moro, employer: 'ALTRA_PA' }, { ...neri, designatedBy: 'RESP_HR' }],
      },
      'L1709',
      'non è dipendente del Comune',
    ],
    [
      'the secretary is B3',
      'SEGRETARIO_CATEGORIA',
      { ...smallBoard(), members: [rossi, bianchi, moro, { ...neri, designatedBy: 'RESP_HR', inquadramento: 'B3' }] },
      'L1711',
      'almeno nella categoria C',
    ],
    [
      'the secretary was designated by the Segretario Generale',
      'SEGRETARIO_DESIGNAZIONE',
      { ...smallBoard(), members: [rossi, bianchi, moro, neri] },
      'L1711',
      'dal Responsabile del Servizio Gestione Risorse Umane',
    ],
  ])('B3 concorso fails when %s', (_what, id, b, lines, text) => {
    const f = onlyFailure(b, b3);
    expect(f).toMatchObject({ id, citation: { lines } });
    expect(f.reason).toContain(text);
  });

  it('B3 concorso, RESP_HR heads the receiving service: another municipal head by analogy (R7)', () => {
    const sub: BoardMember = {
      ...moro,
      id: 'fabbri',
      name: 'Nino Fabbri',
      gender: 'M',
      seat: 'SOSTITUTO_RESP_SERVIZIO',
      headOfService: 'Tecnico',
      designatedBy: 'RESP_HR',
    };
    const b: Board = { ...smallBoard(), members: [rossi, sub, moro, { ...neri, designatedBy: 'RESP_HR' }] };
    const r = checkComposition(b, { ...b3, hiringServiceHeadId: 'rossi' });
    expect(failed(r.checks)).toEqual([]);
    expect(r.checks.find((c) => c.id === 'SOSTITUTO')!.reason).toContain('per analogia');
    const f = onlyFailure(
      { ...b, members: [rossi, { ...sub, employer: 'ALTRA_PA' }, moro, { ...neri, designatedBy: 'RESP_HR' }] },
      { ...b3, hiringServiceHeadId: 'rossi' },
    );
    expect(f.reason).toContain('non è Responsabile di un Servizio Comunale');
  });

  describe('career progression (Allegato N)', () => {
    const prog = { ...ctx, procedureType: 'PROGRESSIONE_CARRIERA' as const, category: 'D1' as const };
    const expert = (id: string, name: string, gender: 'F' | 'M'): BoardMember => ({
      id,
      name,
      gender,
      seat: 'ESPERTO_ALBO',
      employer: 'ESTERNO',
      expertise: 'Diritto degli enti locali',
      fromAlboEsperti: true,
    });
    const progBoard = (president = { ...galli, seat: 'SEGRETARIO_COMUNALE' as const }): Board => ({
      appointedBy: 'GIUNTA',
      members: [
        president,
        expert('e1', 'Ugo Sala', 'M'),
        expert('e2', 'Rita Sala', 'F'),
        { ...neri, designatedBy: 'SEGRETARIO_GENERALE', permanent: false },
      ],
      declarations: [],
    });
    it('the Segretario chairs, two members from the Albo, secretary ≥ C chosen by the Segretario', () => {
      const r = checkComposition(progBoard(), prog);
      expect(failed(r.checks)).toEqual([]);
      expect(r.checks.find((c) => c.id === 'PRESIDENTE')!.citation.lines).toBe('L4672');
    });
    it('fails when someone other than the Segretario chairs', () => {
      expect(onlyFailure(progBoard({ ...rossi, seat: 'SEGRETARIO_COMUNALE' }), prog)).toMatchObject({
        id: 'PRESIDENTE',
        citation: { lines: 'L4672' },
      });
    });
    it('fails when a member is not from the Albo degli esperti', () => {
      const b = progBoard();
      const f = onlyFailure(
        { ...b, members: b.members.map((m) => (m.id === 'e1' ? { ...m, fromAlboEsperti: false } : m)) },
        prog,
      );
      expect(f).toMatchObject({ id: 'ALBO_ESPERTI', citation: { lines: 'L4672' } });
    });
  });

  describe('CFL (Allegato P art. 9): three members, a President and a Secretary', () => {
    const cfl = { ...ctx, procedureType: 'CFL' as const };
    const m = (id: string, seat: 'PRESIDENTE_CFL' | 'COMPONENTE_CFL', gender: 'F' | 'M'): BoardMember => ({
      id,
      name: id,
      gender,
      seat,
      employer: 'ESTERNO',
      expertise: 'Profilo del posto',
    });
    const cflBoard: Board = {
      appointedBy: 'GIUNTA',
      members: [
        m('p', 'PRESIDENTE_CFL', 'M'),
        m('c1', 'COMPONENTE_CFL', 'F'),
        m('c2', 'COMPONENTE_CFL', 'M'),
        { ...neri, designatedBy: undefined },
      ],
      declarations: [],
    };
    it('passes with three members and a secretary', () => {
      expect(failed(checkComposition(cflBoard, cfl).checks)).toEqual([]);
    });
    it('fails with two members (L5037)', () => {
      const f = onlyFailure({ ...cflBoard, members: cflBoard.members.filter((x) => x.id !== 'c2') }, cfl);
      expect(f).toMatchObject({ id: 'SEGGI', citation: { lines: 'L5037' } });
    });
    it('fails without a secretary (L5040)', () => {
      const f = onlyFailure({ ...cflBoard, members: cflBoard.members.filter((x) => x.id !== 'neri') }, cfl);
      expect(f).toMatchObject({ id: 'SEGGI', citation: { lines: 'L5040' } });
    });
  });
});

// ------------------------------------------------------------------------------- declarations

describe('declarations (35-bis at appointment; conflicts once the admitted list exists)', () => {
  it('before the admitted list: 35-bis from everyone, art. 119 c.4 from the components; conflicts not yet due', () => {
    const s = declarationStatus(board());
    expect(s.admittedListExists).toBe(false);
    expect(s.required.map((r) => `${r.kind}:${r.memberId}:${r.state}`)).toEqual([
      'CONDANNE_PENALI:rossi:MANCANTE',
      'CONDANNE_PENALI:bianchi:MANCANTE',
      'CONDANNE_PENALI:verdi:MANCANTE',
      'CONDANNE_PENALI:neri:MANCANTE',
      'INCOMPATIBILITA:rossi:MANCANTE',
      'INCOMPATIBILITA:bianchi:MANCANTE',
      'INCOMPATIBILITA:verdi:MANCANTE',
    ]);
    expect(s.missing).toHaveLength(7);
    expect(s.complete).toBe(false);
    expect(s.required[3].reason).toBe(
      'Giulia Neri (segretario) non ha ancora reso la dichiarazione di non aver riportato condanne, anche con sentenza non passata in giudicato, per i reati contro la Pubblica Amministrazione (Capo I, Titolo II, Libro II del codice penale) — art. 35-bis c. 1, lett. a) (D.Lgs. 165/2001).',
    );
    expect(s.required[4].citation.lines).toBe('L1904');
    expect(s.notYetDue).toHaveLength(1);
    expect(s.notYetDue[0]).toMatchObject({
      kind: 'CONFLITTO_CANDIDATI',
      citation: { file: '000_3067c649771902f9.txt', lines: 'L217' },
    });
    expectCited([...s.required.map((r) => r.reason), ...s.notYetDue.map((n) => n.reason)]);
  });

  it('before the admitted list, with the appointment declarations in: complete', () => {
    const s = declarationStatus(board({ declarations: appointmentDeclarations([rossi, bianchi, verdi, neri]) }));
    expect(s).toMatchObject({ complete: true, missing: [], barred: [] });
    expect(s.required.every((r) => r.state === 'RESA')).toBe(true);
  });

  it('after the admitted list: a conflict declaration about each admitted candidate from everyone, secretary included (R5)', () => {
    const s = declarationStatus(
      board({ declarations: appointmentDeclarations([rossi, bianchi, verdi, neri]) }),
      admitted,
    );
    const conflicts = s.required.filter((r) => r.kind === 'CONFLITTO_CANDIDATI');
    expect(conflicts.map((r) => [r.memberId, r.state, r.missingCandidateIds])).toEqual([
      ['rossi', 'MANCANTE', ['cand-1', 'cand-2']],
      ['bianchi', 'MANCANTE', ['cand-1', 'cand-2']],
      ['verdi', 'MANCANTE', ['cand-1', 'cand-2']],
      ['neri', 'MANCANTE', ['cand-1', 'cand-2']],
    ]);
    expect(conflicts[0].citation.lines).toBe('L217');
    expect(conflicts[3].citation).toMatchObject({ file: '001_f3c9fed6eec58e9d.txt', lines: 'L219' });
    expect(s.notYetDue).toEqual([]);
    expect(s.complete).toBe(false);
    expect(declarationStatus(fullyDeclared(), admitted).complete).toBe(true);
  });

  it('a candidate admitted later needs a supplementary declaration about that candidate only', () => {
    const later = [...admitted, { id: 'cand-3', name: 'Marco Villa' }];
    const s = declarationStatus(fullyDeclared(), later);
    expect(s.missing.map((r) => [r.memberId, r.missingCandidateIds])).toEqual([
      ['rossi', ['cand-3']],
      ['bianchi', ['cand-3']],
      ['verdi', ['cand-3']],
      ['neri', ['cand-3']],
    ]);
    expect(s.missing[0].reason).toContain('deve integrare la dichiarazione');
    expect(s.missing[0].reason).toContain('il candidato Marco Villa');
  });

  it('an empty admitted list asks for no conflict declaration', () => {
    const s = declarationStatus(board({ declarations: appointmentDeclarations([rossi, bianchi, verdi, neri]) }), []);
    expect(s).toMatchObject({ admittedListExists: true, complete: true });
    expect(s.required.some((r) => r.kind === 'CONFLITTO_CANDIDATI')).toBe(false);
  });

  it('a declared conflict with a candidate bars the member (they must be replaced)', () => {
    const b = fullyDeclared();
    const s = declarationStatus(
      {
        ...b,
        declarations: [
          ...b.declarations.filter((d) => !(d.memberId === 'verdi' && d.kind === 'CONFLITTO_CANDIDATI')),
          {
            memberId: 'verdi',
            kind: 'CONFLITTO_CANDIDATI',
            date: '2025-05-12',
            outcome: 'SUSSISTENZA',
            candidateIds: ['cand-2'],
          },
          {
            memberId: 'verdi',
            kind: 'CONFLITTO_CANDIDATI',
            date: '2025-05-12',
            outcome: 'INSUSSISTENZA',
            candidateIds: ['cand-1'],
          },
        ],
      },
      admitted,
    );
    expect(s.complete).toBe(false);
    expect(s.missing).toEqual([]);
    expect(s.barred).toHaveLength(1);
    expect(s.barred[0]).toMatchObject({ memberId: 'verdi', state: 'SUSSISTENZA', conflictCandidateIds: ['cand-2'] });
    expect(s.barred[0].reason).toBe(
      'Paola Verdi (componente) si trova in una situazione di conflitto o di parentela con il candidato Sara Conti: deve astenersi e si deve procedere alla sostituzione — PTPC 2016-2018, par. 6.1 lett. n) (L217).',
    );
  });

  it('a declared conviction, or a declaration found untrue at the check, bars the member', () => {
    const declared = appointmentDeclarations([rossi, bianchi, neri]);
    const convicted = declarationStatus(
      board({
        declarations: [
          ...declared,
          { memberId: 'verdi', kind: 'INCOMPATIBILITA', date: '2025-03-05', outcome: 'INSUSSISTENZA' },
          { memberId: 'verdi', kind: 'CONDANNE_PENALI', date: '2025-03-05', outcome: 'SUSSISTENZA' },
        ],
      }),
    );
    expect(convicted.barred.map((r) => [r.memberId, r.kind, r.state])).toEqual([
      ['verdi', 'CONDANNE_PENALI', 'SUSSISTENZA'],
    ]);
    expect(convicted.barred[0].reason).toBe(
      'Paola Verdi (componente) ha dichiarato il 2025-03-05 una causa ostativa (condanna, anche non definitiva, per reati contro la Pubblica Amministrazione): si deve procedere alla sostituzione — art. 35-bis c. 1, lett. a) (D.Lgs. 165/2001).',
    );
    const untrue = declarationStatus(
      board({
        declarations: [
          ...declared,
          { memberId: 'verdi', kind: 'INCOMPATIBILITA', date: '2025-03-05', outcome: 'INSUSSISTENZA' },
          {
            memberId: 'verdi',
            kind: 'CONDANNE_PENALI',
            date: '2025-03-05',
            outcome: 'INSUSSISTENZA',
            verification: { outcome: 'NON_VERITIERA', date: '2025-03-20', by: 'RPCT' },
          },
        ],
      }),
    );
    expect(untrue.barred).toHaveLength(1);
    expect(untrue.barred[0].state).toBe('NON_VERITIERA');
    expect(untrue.barred[0].reason).toContain('è risultata non veritiera al controllo del 2025-03-20');
  });

  it("the Massa-Carrara acceptance declaration (000:L284) is owed only where the entity's policy adopts it", () => {
    const b = board({ declarations: appointmentDeclarations([rossi, bianchi, verdi, neri]) });
    expect(declarationStatus(b).complete).toBe(true);
    const s = declarationStatus(b, undefined, ['CONDANNE_PENALI', 'INCOMPATIBILITA', 'RAPPORTI_AMMINISTRATORI']);
    expect(s.missing.map((r) => r.memberId)).toEqual(['rossi', 'bianchi', 'verdi']);
    expect(s.missing[0].citation).toMatchObject({ file: '000_3067c649771902f9.txt', lines: 'L284' });
  });
});

// ---------------------------------------------------------------------------------- may act

describe('boardMayAct: no calendar, criteria, titles or marks until the board is regular and all declarations are in', () => {
  it.each(['CALENDARIO_PROVE', 'CRITERI_VALUTAZIONE', 'VALUTAZIONE_TITOLI', 'VOTI'] as const)(
    '%s: refused before the admitted list, even with every appointment declaration',
    (act) => {
      const r = boardMayAct(board({ declarations: appointmentDeclarations([rossi, bianchi, verdi, neri]) }), ctx, act);
      expect(r.allowed).toBe(false);
      expect(r.reasons).toHaveLength(1);
      expect(r.reasons[0]).toMatch(/^Non è possibile .+: L'elenco dei candidati ammessi non è ancora formato/);
      expect(r.reasons[0]).toMatch(/\(L217\)\.$/);
    },
  );

  it('refused while a declaration is missing, naming who and what', () => {
    const b = fullyDeclared();
    const r = boardMayAct(
      {
        ...b,
        declarations: b.declarations.filter((d) => !(d.memberId === 'neri' && d.kind === 'CONFLITTO_CANDIDATI')),
      },
      ctx,
      'VOTI',
      admitted,
    );
    expect(r.allowed).toBe(false);
    expect(r.reasons).toEqual([
      'Non è possibile attribuire i voti: Giulia Neri (segretario) non ha ancora reso la dichiarazione di insussistenza di rapporti di parentela, di lavoro o professionali e di conflitti di interesse, anche potenziali, con i candidati ammessi (2 ammessi) — PIAO 2023-2025, obiettivo A.1.1 (L219).',
    ]);
    expect(r.reason).toBe(r.reasons[0]);
  });

  it('refused when no 35-bis declaration is on file, even with the list and conflicts declared', () => {
    const b = fullyDeclared();
    const r = boardMayAct(
      { ...b, declarations: b.declarations.filter((d) => d.kind !== 'CONDANNE_PENALI') },
      ctx,
      'CALENDARIO_PROVE',
      admitted,
    );
    expect(r.allowed).toBe(false);
    expect(r.reasons).toHaveLength(4);
    for (const x of r.reasons)
      expect(x).toMatch(/^Non è possibile fissare il calendario delle prove: .+ \(D\.Lgs\. 165\/2001\)\.$/);
  });

  it('allowed once the board is regular and every declaration is in', () => {
    for (const act of ['CALENDARIO_PROVE', 'CRITERI_VALUTAZIONE', 'VALUTAZIONE_TITOLI', 'VOTI'] as const) {
      const r = boardMayAct(fullyDeclared(), ctx, act, admitted);
      expect(r).toMatchObject({ allowed: true, reasons: [] });
    }
    expect(boardMayAct(fullyDeclared(), ctx, 'VOTI', admitted).reason).toBe(
      'La commissione può attribuire i voti: è regolarmente composta e tutte le dichiarazioni dovute sono state rese.',
    );
  });

  it('refused when the composition is irregular, even with every declaration', () => {
    const r = boardMayAct(fullyDeclared(patched('verdi', { gender: 'M' })), ctx, 'VOTI', admitted);
    expect(r.allowed).toBe(false);
    expect(r.reasons).toEqual([
      'Non è possibile attribuire i voti: Equilibrio di genere non rispettato: componenti donne 0 su 3, minimo 1 (un terzo arrotondato per eccesso), e non è registrata una motivata impossibilità — art. 119 c. 5 (L1905).',
    ]);
  });

  it('refused while a member with a declared conflict sits on the board', () => {
    const b = fullyDeclared();
    const r = boardMayAct(
      {
        ...b,
        declarations: [
          ...b.declarations,
          {
            memberId: 'bianchi',
            kind: 'CONFLITTO_CANDIDATI',
            date: '2025-05-13',
            outcome: 'SUSSISTENZA',
            candidateIds: ['cand-1'],
          },
        ],
      },
      ctx,
      'VALUTAZIONE_TITOLI',
      admitted,
    );
    expect(r.allowed).toBe(false);
    expect(r.reasons[0]).toContain('Andrea Bianchi (componente) si trova in una situazione di conflitto');
  });
});

// -------------------------------------------------------------------------------- replacement

describe('replaceMember', () => {
  const gatti: BoardMember = { ...verdi, id: 'gatti', name: 'Laura Gatti', employerName: 'Comune di Arona' };
  const conflict = {
    cause: 'CONFLITTO_INTERESSI' as const,
    text: 'Parente entro il secondo grado della candidata Sara Conti',
    date: '2025-05-13',
    act: 'D.G.C. n. 60',
  };

  it('a member with a conflict is replaced by a qualified expert: valid, recorded, new declarations owed', () => {
    const r = replaceMember(fullyDeclared(), 'verdi', gatti, conflict, ctx);
    expect(r.valid).toBe(true);
    expect(r.board.members.map((m) => m.id)).toEqual(['rossi', 'bianchi', 'gatti', 'neri']);
    expect(r.board.formerMembers).toEqual([{ member: verdi, reason: conflict, replacedBy: 'gatti' }]);
    expect(r.record).toBe(
      'Laura Gatti sostituisce Paola Verdi (esperto dipendente di Pubblica Amministrazione) con D.G.C. n. 60 dal 2025-05-13 per conflitto di interessi o rapporti con i candidati: Parente entro il secondo grado della candidata Sara Conti; il nuovo componente deve rendere tutte le dichiarazioni prima che la commissione prosegua — PTPC 2016-2018, par. 6.1 lett. c) (L176).',
    );
    // The newcomer owes every declaration: the board may not act until they are in.
    const guard = boardMayAct(r.board, ctx, 'VOTI', admitted);
    expect(guard.allowed).toBe(false);
    expect(guard.declarations.missing.map((m) => [m.memberId, m.kind])).toEqual([
      ['gatti', 'CONDANNE_PENALI'],
      ['gatti', 'INCOMPATIBILITA'],
      ['gatti', 'CONFLITTO_CANDIDATI'],
    ]);
    const declared = {
      ...r.board,
      declarations: [
        ...r.board.declarations,
        ...appointmentDeclarations([gatti]),
        ...conflictDeclarations([gatti], ['cand-1', 'cand-2']),
      ],
    };
    expect(boardMayAct(declared, ctx, 'VOTI', admitted).allowed).toBe(true);
  });

  it('refused when the replacement breaks the gender third; accepted with a motivated impossibility', () => {
    const man: BoardMember = { ...gatti, name: 'Luca Gatti', gender: 'M' };
    const r = replaceMember(board(), 'verdi', man, conflict, ctx);
    expect(r.valid).toBe(false);
    expect(r.checks.filter((c) => !c.passed).map((c) => c.id)).toEqual(['GENERE']);
    const excused = replaceMember(
      board({ genderException: { motivation: 'Nessuna esperta disponibile in area amministrativa' } }),
      'verdi',
      man,
      conflict,
      ctx,
    );
    expect(excused.valid).toBe(true);
  });

  it('refused when the replacement is not qualified for the seat', () => {
    const r = replaceMember(board(), 'verdi', { ...gatti, inquadramento: 'B3' }, conflict, ctx);
    expect(r.valid).toBe(false);
    expect(r.checks.filter((c) => !c.passed).map((c) => [c.id, c.citation.lines])).toEqual([
      ['ESPERTO_CATEGORIA', 'L1902'],
    ]);
  });

  it('refused when the replacement takes another role', () => {
    const r = replaceMember(board(), 'verdi', { ...gatti, seat: 'SEGRETARIO' }, conflict, ctx);
    expect(r.valid).toBe(false);
    const f = r.checks.find((c) => c.id === 'SOSTITUZIONE_RUOLO')!;
    expect(f).toMatchObject({ passed: false, citation: { lines: 'L1902' } });
    expect(f.reason).toContain('nello stesso ruolo (componente), non come segretario');
  });

  it('refused when the replacement already sits on the board', () => {
    const r = replaceMember(board(), 'verdi', { ...bianchi, seat: 'ESPERTO_PA' }, conflict, ctx);
    const f = r.checks.find((c) => c.id === 'SOSTITUZIONE_PERSONA')!;
    expect(f.passed).toBe(false);
    expect(f.reason).toContain('fa già parte della commissione');
  });

  it('refused when the replacement was removed from this board for a conviction (35-bis)', () => {
    const convicted = { cause: 'CONDANNA' as const, text: 'Dichiarata condanna non definitiva', date: '2025-03-10' };
    const first = replaceMember(board(), 'verdi', gatti, convicted, ctx);
    expect(first.valid).toBe(true);
    expect(first.record).toMatch(/— PIAO 2025-2027, sez\. 2\.3\.5 \(misure generali\) \(L495, L497\)\.$/);
    const back = replaceMember(first.board, 'gatti', verdi, { ...conflict, cause: 'IMPEDIMENTO' }, ctx);
    expect(back.valid).toBe(false);
    const f = back.checks.find((c) => c.id === 'SOSTITUZIONE_PERSONA')!;
    expect(f.passed).toBe(false);
    expect(f.reason).toContain(
      'è uscito da questa commissione il 2025-03-10 per condanna per reati contro la Pubblica Amministrazione e non può rientrarvi',
    );
  });

  it('a resignation is recorded with the sessions attended and the fees follow (art. 121 c.6)', () => {
    const r = replaceMember(
      board(),
      'verdi',
      gatti,
      { cause: 'DIMISSIONI', text: 'Dimissioni per motivi personali', date: '2025-06-01', sessionsAttended: 2 },
      ctx,
    );
    expect(r.valid).toBe(true);
    expect(r.record).toMatch(/\(L1935\)\.$/);
    const recipients = feeRecipientsOf(r.board);
    expect(recipients.find((x) => x.memberId === 'verdi')).toMatchObject({
      internal: false,
      left: { cause: 'DIMISSIONI', sessionsAttended: 2 },
    });
    const fees = boardFees(
      { procedureType: 'CONCORSO_PUBBLICO', category: 'C', examined: 40, sessionsHeld: 5 },
      recipients,
    );
    // External, category C, exams only: 350.00 × 2/5.
    expect(fees.lines.find((l) => l.memberId === 'verdi')!.fee).toBe(140);
  });

  it('malformed input throws: unknown member, empty reason', () => {
    expect(() => replaceMember(board(), 'nobody', gatti, conflict, ctx)).toThrow(RangeError);
    expect(() => replaceMember(board(), 'verdi', gatti, { ...conflict, text: ' ' }, ctx)).toThrow(RangeError);
  });
});

// ----------------------------------------------------------------------------- fees §16.9

describe('board fees (art. 121): fixtures of recruitment.md §16.9', () => {
  const one = (sel: Parameters<typeof boardFees>[0], r: Parameters<typeof boardFees>[1][number]) => {
    const f = boardFees(sel, [r]);
    expect(f.applicable).toBe(true);
    expect(f.lines).toHaveLength(1);
    expectCited(f.lines[0].steps.map((s) => s.text));
    return f.lines[0];
  };
  const catCTitles = {
    procedureType: 'CONCORSO_PUBBLICO' as const,
    category: 'C' as const,
    competitionType: 'PER_TITOLI_ED_ESAMI' as const,
    examined: 40,
  };

  it('§16.9 #1 internal member, cat. C competition by titles and exams, 40 papers: 250 × 1.2 = 300 + 40 × 0.50 = 320.00', () => {
    const l = one(catCTitles, { memberId: 'bianchi', role: 'COMPONENTE', internal: true });
    expect(l).toMatchObject({ flat: 300, extra: 20, secretaryCut: 0, fee: 320.0 });
    expect(l.steps.map((s) => s.citation.lines)).toEqual(['L1921, L1923', 'L1934', 'L1927', 'L1921, L1923']);
  });

  it('§16.9 #2 secretary, same competition: 320 × 0.9 = 288.00', () => {
    const l = one(catCTitles, { memberId: 'neri', role: 'SEGRETARIO', internal: true });
    expect(l).toMatchObject({ flat: 300, extra: 20, secretaryCut: 32, fee: 288.0 });
    expect(l.steps.some((s) => s.citation.lines === 'L1933')).toBe(true);
  });

  it('§16.9 #3 external member, cat. D, exams only: 450.00 + travel and meals', () => {
    const l = one(
      { procedureType: 'CONCORSO_PUBBLICO', category: 'D1', competitionType: 'PER_ESAMI', examined: 40 },
      { memberId: 'verdi', role: 'COMPONENTE', internal: false },
    );
    expect(l).toMatchObject({ flat: 450, extra: 0, fee: 450.0, reimbursements: ['SPESE_VIAGGIO_VITTO_DOCUMENTATE'] });
    expect(l.steps.map((s) => s.citation.lines)).toEqual(['L1929, L1932', 'L1925', 'L1932', 'L1929, L1932']);
  });

  it('§16.9 #4 external member, cat. D, titles and exams: 450 × 1.2 = 540.00', () => {
    const l = one(
      { procedureType: 'CONCORSO_PUBBLICO', category: 'D3', competitionType: 'PER_TITOLI_ED_ESAMI', examined: 40 },
      { memberId: 'verdi', role: 'COMPONENTE', internal: false },
    );
    expect(l).toMatchObject({ flat: 540, extra: 0, fee: 540.0 });
  });

  it.each([0, 30, 41])(
    '§16.9 #5 internal member, cat. B competition, n = %i: 120 + 0.50 × n (the 20%% increase does not apply to letter a)',
    (n) => {
      const l = one(
        { procedureType: 'CONCORSO_PUBBLICO', category: 'B3', competitionType: 'PER_TITOLI_ED_ESAMI', examined: n },
        { memberId: 'bianchi', role: 'COMPONENTE', internal: true },
      );
      expect(l.fee).toBe(Math.round((120 + 0.5 * n) * 100) / 100);
      expect(l.flat).toBe(120);
      expect(l.steps[1].text).toContain("l'aumento del 20% non si applica alla lettera a)");
    },
  );

  it('§16.9 #6 internal member, job-centre selection, 25 candidates: 120 + 25 × 0.40 = 130.00', () => {
    const l = one(
      { procedureType: 'LISTE_COLLOCAMENTO', category: 'B1', examined: 25 },
      { memberId: 'bianchi', role: 'COMPONENTE', internal: true },
    );
    expect(l).toMatchObject({ flat: 120, extra: 10, fee: 130.0 });
    expect(l.steps[1].citation.lines).toBe('L1926');
  });

  it('§16.9 #7 municipal employee working during office hours: only travel expenses + meal voucher', () => {
    const l = one(catCTitles, { memberId: 'rossi', role: 'PRESIDENTE', internal: true, duringWorkingHours: true });
    expect(l).toMatchObject({ fee: 0, flat: 0, extra: 0, reimbursements: ['SPESE_VIAGGIO', 'BUONO_PASTO'] });
    expect(l.steps.map((s) => s.citation.lines)).toEqual(['L1936']);
  });

  it('§16.9 #8 member resigning after 2 of 5 sessions: 40% of the fee', () => {
    const sel = { procedureType: 'CONCORSO_PUBBLICO' as const, category: 'C' as const, examined: 40, sessionsHeld: 5 };
    const full = one(sel, { memberId: 'bianchi', role: 'COMPONENTE', internal: true });
    const left = one(sel, {
      memberId: 'bianchi',
      role: 'COMPONENTE',
      internal: true,
      left: { cause: 'DIMISSIONI', sessionsAttended: 2 },
    });
    expect(full.fee).toBe(270);
    expect(left.fee).toBe(full.fee * 0.4);
    expect(left).toMatchObject({ fee: 108, proportion: { attended: 2, held: 5 } });
    expect(left.steps.some((s) => s.citation.lines === 'L1935')).toBe(true);
  });

  it('the extra for higher categories is 0.60 a paper; rounding to the cent happens once, half up', () => {
    expect(
      one(
        { procedureType: 'CONCORSO_PUBBLICO', category: 'D1', examined: 10 },
        { memberId: 'x', role: 'COMPONENTE', internal: true },
      ).fee,
    ).toBe(306);
    // 120.50 × 1/3 = 40.1666… → 40.17
    const l = one(
      { procedureType: 'CONCORSO_PUBBLICO', category: 'B1', examined: 1, sessionsHeld: 3 },
      { memberId: 'x', role: 'COMPONENTE', internal: true, left: { cause: 'DECADENZA', sessionsAttended: 1 } },
    );
    expect(l.fee).toBe(40.17);
  });

  it("the total is the sum of the lines, and the commitment is the HR head's (art. 121 c.8)", () => {
    const f = boardFees(catCTitles, [
      { memberId: 'rossi', role: 'PRESIDENTE', internal: true, duringWorkingHours: true },
      { memberId: 'bianchi', role: 'COMPONENTE', internal: true },
      { memberId: 'verdi', role: 'COMPONENTE', internal: false },
      { memberId: 'neri', role: 'SEGRETARIO', internal: true },
    ]);
    // 0 + 320 + 350 × 1.2 + 288
    expect(f.total).toBe(1028);
    expect(f.reason).toBe(
      "Compensi della commissione ai sensi dell'art. 121, in totale € 1.028,00; la spesa è impegnata con determinazione del responsabile del servizio che cura gli affari del personale — art. 121 c. 8 (L1937).",
    );
  });

  it('progression boards are paid under the D.P.C.M. 23/03/95, not art. 121', () => {
    const f = boardFees({ procedureType: 'PROGRESSIONE_CARRIERA', category: 'D1', examined: 10 }, [
      { memberId: 'x', role: 'COMPONENTE', internal: true },
    ]);
    expect(f).toMatchObject({
      applicable: false,
      regime: 'DPCM_23_03_1995',
      lines: [],
      total: 0,
      citation: { lines: 'L4682' },
    });
    expectCited([f.reason]);
  });

  it('malformed input throws: c.7 for a non-municipal employee, a departure without sessions held, negative counts', () => {
    expect(() =>
      boardFees(catCTitles, [{ memberId: 'v', role: 'COMPONENTE', internal: false, duringWorkingHours: true }]),
    ).toThrow(RangeError);
    expect(() =>
      boardFees(catCTitles, [
        { memberId: 'v', role: 'COMPONENTE', internal: true, left: { cause: 'DIMISSIONI', sessionsAttended: 1 } },
      ]),
    ).toThrow(/sessionsHeld/);
    expect(() => boardFees({ ...catCTitles, examined: -1 }, [])).toThrow(RangeError);
  });
});

// ------------------------------------------------------------------------- citations vs seed

const SEEDS_DIR = resolve(__dirname, '../../../../shared/seeds');
const SEED_LINES: Record<string, Record<number, string>> = {
  '004_29fc22527282130e.txt': {
    409: '- b) la composizione delle commissioni di concorso esclusivamente con esperti di comprovata competenza ed esperienza nelle materie di concorso, scelti tra funzionari e dirigenti delle Amministrazioni locali o docenti;',
    696: '- q) presiedere le gare di appalto di qualsiasi natura ed entità afferenti il proprio/i servizio/i; nel caso del Responsabile del Servizio Risorse Umane, presiedere le commissioni di concorso; (RIF.TO. D.G.C. N. 99/2014)',
    1320: '  - e) composizione delle commissioni concorsuali solo con esperti di provata competenza nelle materie oggetto del concorso, con esclusione di coloro che ricoprono cariche politiche o sindacali.',
    1673: "2. Al termine del corso, un'apposita commissione, di cui dovrà far parte almeno un docente del corso stesso, procederà a svolgere le prove d'esame stabilite da apposito bando, con predisposizione di graduatorie di merito per il conferimento dei posti.",
    1703: '2. Le selezioni sono svolte da apposita Commissione Esaminatrice, nominata dal Responsabile del Servizio Gestione Risorse Umane e composta da:',
    1705: '- Responsabile del Servizio Gestione Risorse Umane –Presidente;',
    1707: '- Responsabile del Servizio Area presso cui deve essere inserito il lavoratore – componente.',
    1709: '- Responsabile di altro Servizio Comunale',
    1711: 'Fungerà da segretario un dipendente di ruolo professionalmente inquadrato nella qualifica non inferiore alla categoria C) individuato dal Responsabile del Servizio Gestione Risorse Umane.',
    1773: 'Le Commissioni Giudicatrici saranno composte come segue:',
    1774: '',
    1775: '- categoria. C) istruttore amministrativo',
    1776: '',
    1777: "Responsabile del Servizio Gestione Risorse Umane e Responsabile del Servizio interessato all'assunzione;",
    1778: '',
    1779: '- categoria D3 giur. E D1 istruttore direttivo amm.vo/contabile – istruttore direttivo Vigilanza',
    1780: '',
    1781: "Segretario Generale, Responsabile del Servizio Gestione Risorse Umane e Responsabile del Servizio interessato all'assunzione.",
    1782: '',
    1783: "Nel caso in cui il Segretario Generale rivesta anche la figura di Responsabile del Servizio interessato dall'assunzione ovvero non esistesse il Responsabile del Servizio interessato all'assunzione, farà parte della Commissione Giudicatrice altro Responsabile di Servizio appartenente alla medesima area, dipendente di altra Amministrazione Pubblica, quale membro esperto.",
    1784: '',
    1785: "L'individuazione del membro esterno esperto quale componente della Commissione Giudicatrice potrà essere preceduta da avviso pubblico e verrà effettuata dal Segretario Generale mediante selezione di curricula, fatti salvi i casi di particolare urgenza per i quali si potrà procedere ad individuazione diretta.",
    1786: '',
    1787: "L'attribuzione dell'incarico di membro esperto esterno non dovrà comportare oneri aggiunti per l'Amministrazione.",
    1788: '',
    1789: "Nel caso in cui il Segretario Generale rivesta anche la figura di Responsabile del Servizio Risorse Umane farà parte della Commissione Giudicatrice altro Responsabile di Servizio di altra area affine ed appartenente all'Amministrazione, all'uopo individuato dal Segretario Generale.",
    1790: '',
    1791: "Le funzioni di segretario verbalizzante sono demandate all'istruttore amministrativo in dotazione al Servizio Gestione Risorse Umane;",
    1901: '1. La commissione esaminatrice delle procedure selettive per l\'accesso alle categorie " C) e superiori , è nominata con provvedimento della Giunta Comunale.',
    1902: "2. La commissione esaminatrice è composta dal Responsabile del Servizio Gestione Risorse Umane, Presidente, dal Responsabile del Servizio/Area interessato/a all'assunzione, e da altro dipendente di Pubblica Amministrazione, esperto nella medesima area del posto da ricoprire, professionalmente inquadrato nella stessa categoria o nella categoria superiore a quella del posto messo a concorso. Il predetto esperto viene selezionato in base al curriculum vitae dal Responsabile del Servizio Risorse Umane. Nel caso in cui il Responsabile del Servizio Risorse Umane riveste anche la figura di Responsabile del Servizio interessato all'assunzione, la Giunta Comunale procederà alla scelta di altro Responsabile di Servizio all'interno dell'Amministrazione o appartenente ad altra Pubblica Amministrazione, quale componente della Commissione Giudicatrice.",
    1903: '3. Ove ne ricorra il caso, alle commissioni possono essere aggregati membri aggiunti per gli esami di lingua straniera e per materie speciali.',
    1904: '4. Non possono far parte delle commissioni esaminatrici gli amministratori comunali, coloro che ricoprano cariche politiche o che siano rappresentanti sindacali o designati dalle confederazioni ed organizzazioni sindacali o dalle associazioni professionali.',
    1905: '5. Almeno un terzo dei posti di componente delle commissioni, salva motivata impossibilità, è riservato alle donne.',
    1906: "6. I componenti della commissione, dipendenti della pubblica amministrazione ed il cui rapporto d'impiego cessi per qualsiasi causa durante l'espletamento dei lavori della commissione, decadono dall'incarico, salvo conferma dell'amministrazione.",
    1907: "7. Le funzioni di segretario delle commissioni esaminatrici sono svolte da un dipendente di ruolo dell'amministrazione comunale designato dal Segretario Generale professionalmente inquadrato nella stessa categoria o nella categoria superiore del posto messo a concorso.",
    1908: "8. La commissione esaminatrice delle procedure selettive per l'accesso a tempo indeterminato alle categorie B 3 giuridico ed inferiori, è composta ai sensi del precedente art. 106 commi 2 e 3.",
    1912: "1. Le selezioni per l'accesso a qualsiasi categoria sono svolte da apposita commissione esaminatrice, nominata dal Responsabile del Servizio Gestione Risorse Umane e composta da:",
    1913: '  - Responsabile del Servizio Gestione Risorse Umane – Presidente;',
    1914: '  - Responsabile del Servizio Area presso cui deve essere inserito il lavoratore – componente.',
    1915: '  - Responsabile di altro Servizio Comunale',
    1916: '2. Fungerà da segretario un dipendente di ruolo professionalmente inquadrato nella qualifica non inferiore alla categoria C), individuato dal Responsabile del Servizio Gestione Risorse Umane.',
    1921: '1. Ai componenti interni, e al segretario delle Commissioni esaminatrici è corrisposto un compenso forfettario differenziato come segue:',
    1922: '  - a) euro 120,00, per selezioni fino alla categoria B;',
    1923: '  - b) euro 250,00, per selezioni fino alla categoria C;',
    1924: '  - c) euro 300,00, per selezioni fino alla categoria D o superiore.',
    1925: '2. Ai componenti interni, e al segretario delle commissioni, oltre al compenso di cui al comma 1, compete il seguente compenso integrativo:',
    1926: '  - a) euro 0,40 per ogni candidato esaminato per le selezioni previste per le assunzioni mediante avviamento degli iscritti nelle liste di collocamento;',
    1927: '  - b) euro 0,50 per ciascun elaborato o candidato esaminato per le selezioni fino alla categoria C;',
    1928: '  - c) euro 0,60 per ogni elaborato o candidato esaminato per le selezioni per categorie superiori.',
    1929: '3. Ai componenti esterni compresi gli eventuali membri aggiuntivi per gli esami di lingua straniera spetta un compenso forfettario differenziato come segue:',
    1930: '  - a) euro 250,00, per selezioni fino alla categoria B;',
    1931: '  - b) euro 350,00, per selezioni fino alla categoria C;',
    1932: '  - c) euro 450,00, per selezioni fino alla categoria D o superiore.oltre al rimborso delle spese documentate di viaggio e vitto.',
    1933: '4. I compensi per i segretari delle commissioni sono ridotti del 10 per cento.',
    1934: '5. I compensi di cui alle lettere b) e c) dei commi 1 e 3 sono aumentati del 20 per cento per le selezioni per titoli ed esami.',
    1935: '6. Ai componenti che si dimettono o che sono dichiarati decaduti, i compensi sono dovuti in misura proporzionale al numero delle sedute della commissione cui hanno partecipato.',
    1936: "7. Ai componenti e al segretario dipendenti comunali, che espletano l'attività nell'ambito del loro orario di lavoro e di servizio, spetta solo l'eventuale rimborso delle spese di viaggio ed il buono pasto.",
    1937: '8. La spesa per le commissioni esaminatrici è impegnata con determinazione del responsabile di servizio responsabile della struttura organizzativa che cura gli affari del personale.',
    4672: "La Commissione per lo svolgimento della selezione è composta dal Segretario Comunale, che la presiede, e da due componenti scelti dall'apposito Albo degli esperti.",
    4674: 'Fungerà da segretario un dipendente individuato dal Segretario Comunale appartenente alla qualifica non inferiore alla categoria C.',
    4676: 'La nomina della Commissione esaminatrice è di competenza della Giunta Comunale.',
    4682: 'Ai componenti della Commissione sono riconosciuti i compensi previsti dal D.P.C.M. 23/03/95 nonché i relativi rimborsi spese.',
    5037: '1. La Commissione Esaminatrice è composta da tre membri.',
    5038: "2. La Commissione è nominata con apposito provvedimento della Giunta, ai sensi dell'art. 9 del D.P.R. 497/94 così come modificato dal D.P.R. n. 693/96 ed è composta da soggetti anche esterni di comprovata esperienza e professionalità del posto da ricoprire.",
    5040: "4. La Commissione procederà all'istruttoria delle domande di partecipazione e formerà una prima graduatoria in base alla valutazione dei titoli di studio, dei titoli di servizio e dei titoli professionali desunti dal curriculum vitae di ogni candidato; tale prima graduatoria, sottoscritta dal Presidente e dal Segretario, sarà affissa nella sede degli esami, prima di procedere all'espletamento della prima prova scritta e/o pratica.",
  },
  '000_3067c649771902f9.txt': {
    176: "c) per consentire a tutti coloro che vi abbiano interesse di esercitare con pienezza il diritto di accesso e di partecipazione, gli atti dell'Ente dovranno ispirarsi ai principi di semplicità e di chiarezza: in particolare, dovranno essere scritti con linguaggio semplice e comprensibile a tutti. Tutti gli uffici dovranno riportarsi, per quanto possibile, ad uno stile comune, curando che i provvedimenti conclusivi dei procedimenti riportino nella premessa sia il preambolo che la motivazione. Il preambolo è composto dalla descrizione del procedimento svolto, con l'indicazione di tutti gli atti prodotti e di cui si è tenuto conto per arrivare alla decisione finale, in modo da consentire a tutti coloro vi abbiano interesse di ricostruire il procedimento amministrativo seguito. La motivazione indica i presupposti di fatto e le ragioni giuridiche che hanno determinato la decisione, sulla base dell'istruttoria. La motivazione dovrà essere il più possibile precisa, chiara e completa. Ai sensi dell'art. 6-bis della legge 241/90, come aggiunto dall'art. 1, L. n.190/2012, il responsabile del procedimento e i titolari degli uffici competenti ad adottare i pareri, le valutazioni tecniche, gli atti endoprocedimentali e il provvedimento finale devono astenersi in caso di conflitto di interessi, segnalando ogni situazione di conflitto, anche potenziale, dando comunicazione al Responsabile della prevenzione della corruzione;",
    217: "n) i componenti le commissioni di concorso e di gara dovranno rendere, all'atto dell'insediamento, dichiarazione di non trovarsi in rapporti di parentela o di lavoro o professionali con i partecipanti alla gara od al concorso;",
    284: "c) **I componenti delle commissioni di concorso o di gara**, all'atto dell'accettazione della nomina, rendono dichiarazione sull'insussistenza di rapporti di parentela o professionali con gli amministratori, i dirigenti ed i responsabili di servizio o loro familiari stretti; analoga dichiarazione rendono i soggetti nominati (secondo le norme statutarie dell'Ente e comunque secondo quanto disposto con il presente Piano e con il Regolamento sul divieto degli incarichi ai dipendenti, ivi inclusi i dirigenti) quali rappresentanti della Provincia in enti, società, aziende od istituzioni. Il controllo delle suindicate dichiarazioni è effettuato dal Responsabile della prevenzione della corruzione e dai Dirigenti-Referenti. In caso di esito positivo del controllo su precedenti penali e sulle conseguenti determinazioni, si rinvia a quanto disposto dalla legge, dal Codice di comportamento, dal Regolamento sugli incarichi vietati ai dipendenti, dal Regolamento di organizzazione degli uffici e dei servizi e comunque dalle norme contrattuali vigenti in materia di avvio del procedimento disciplinare e penale.",
  },
  '001_f3c9fed6eec58e9d.txt': {
    219: 'A.1.1\tAttuazione nuove misure previste dal PTCPT 2023-2025\t0\t3\tUtilizzo della nuova modulistica in tema di conflitto di interesse, sia per i dipendenti/collaboratori, che per i concorrenti, che per i subappaltatori etc. (da verificare in sede di controllo successivo)',
  },
  '002_0898c035283bb879.txt': {
    1787: "L'art. 35-bis del d.lgs. 165/2001 pone condizioni ostative per la partecipazione a commissioni di concorso o di gara e per lo svolgimento di funzioni direttive in riferimento agli uffici considerati a più elevato rischio di corruzione. La norma in particolare prevede che coloro che siano stati condannati, anche con sentenza non passata in giudicato, per i reati previsti nel Capo I del Titolo II del libro secondo del Codice penale:",
    1789: "- a) non possano fare parte, anche con compiti di segreteria, di commissioni per l'accesso o la selezione a pubblici impieghi;",
    1794: "Pertanto, si conferma nel presente Piano la misura secondo cui ogni commissario e/o responsabile all'atto della designazione sarà tenuto a rendere, ai sensi del DPR 445/2000, una dichiarazione di insussistenza delle condizioni di incompatibilità di cui sopra. La Provincia, per tramite del dirigente competente, verifica la veridicità di tutte le suddette dichiarazioni. Delle suddette attività ogni dirigente competente dovrà relazionarne al RPCT con cadenza semestrale.",
  },
  '003_4bd16557d3c21ee9.txt': {
    495: "All'atto della nomina si provvederà alla verifica della sussistenza o meno di sentenze penali di condanna, anche non definitive per reati contro la",
    497: 'Pubblica Amministrazione, in capo ai componenti le suddette commissioni ed ogni altro funzionario che abbia funzioni di istruttoria o con funzioni di segreteria nelle stesse. In ipotesi affermativa, si provvederà immediatamente alla sostituzione degli stessi con altri componenti e dei soggetti istruttori.',
    1162: '1. Il Comune si impegna ad assicurare, nelle commissioni di concorso e selezione, la presenza di almeno un terzo dei componenti di sesso femminile.',
    1605: "Assenza di conflitto di interessi: Dopo la scadenza per la proposizione delle domande e visionate la medesime, ciascuno dei membri dovrà sottoscrivere una autodichiarazione circa l'inesistenza di conflitto di interessi anche potenziale tra loro ed i candidati che hanno presentato domanda.",
  },
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

describe('citations match the seed text', () => {
  it('the copied lines are verbatim where the seeds are mounted', () => {
    for (const [file, lines] of Object.entries(SEED_LINES)) {
      const path = resolve(SEEDS_DIR, file);
      const seed = existsSync(path) ? readFileSync(path, 'utf8').split('\n') : undefined;
      for (const [n, text] of Object.entries(lines)) {
        if (seed) expect(`${file}:${n}: ${seed[Number(n) - 1]}`).toBe(`${file}:${n}: ${text}`);
      }
    }
  });

  it.each(Object.entries(COMMISSION_CITATIONS).filter(([, c]) => c.source === 'seed') as [string, Citation][])(
    '%s: every quoted fragment is in its cited lines',
    (_key, citation) => {
      const lines = SEED_LINES[citation.file!];
      expect(lines).toBeDefined();
      const text = lineNumbers(citation.lines!).map((n) => lines[n]);
      expect(text.every((t) => t !== undefined)).toBe(true);
      for (const fragment of citation.quote!.split('…').map((f) => f.trim())) {
        expect({ fragment, found: text.some((t) => t.includes(fragment)) }).toEqual({ fragment, found: true });
      }
    },
  );

  it('35-bis is cited as external law (no seed line of Stresa states it)', () => {
    expect(COMMISSION_CITATIONS.art35bis).toEqual({
      source: 'external',
      law: 'D.Lgs. 165/2001',
      article: 'art. 35-bis',
      paragraph: 'c. 1, lett. a)',
    });
  });
});
