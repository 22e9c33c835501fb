/**
 * Pure mobility rules: fixtures FX-MOB-01…04 and 06…12 of spec disciplinary-mobility-other.md §13.7
 * (FX-MOB-05 belongs to the disciplinary procedure's tests), with the day before/after each bar.
 * Dated bars come from the stresa-rous rule set through the terms engine (DECISIONS D2).
 */
import { calendarOf, findEntity } from '../../../shared/entities/entities';
import { type StaffMember, staffMember } from '../../../shared/entities/staff';
import {
  type BoardPeople,
  type CommunicationRecipient,
  executionAllowed,
  giuntaOpinionCheck,
  INCOMING_POSTS,
  type IncomingCandidate,
  type IncomingPost,
  incomingAdmission,
  internalTransferCheck,
  type MobilityCheck,
  type MobilityContext,
  mobilityBoard,
  outgoingEligibility,
  type SecondmentConsents,
  secondedInquadramentoCheck,
  serviceHeadOpinionValid,
  temporaryAssignmentCheck,
} from '../../../shared/procedures/mobility/rules';
import { DEFAULT_RULE_SET, termRule } from '../../../shared/rules';

const ctx: MobilityContext = { ruleSetRef: DEFAULT_RULE_SET.mobility, calendar: calendarOf(findEntity('stresa')!) };
const rule = (id: string) => termRule(DEFAULT_RULE_SET.mobility, id);

/** Every reason is Italian text ending with its citation, e.g. "… — art. 74 c. 3 (L1265)." */
function expectCited(checks: MobilityCheck[]) {
  expect(checks.length).toBeGreaterThan(0);
  for (const c of checks) {
    expect(c.reason).toMatch(/ — art\. [^—]+ \(L\d{4}(?:[–-]L\d{4})?\)\.$/);
    expect(c.citation.quote?.length).toBeGreaterThan(0);
  }
}
const byId = (checks: MobilityCheck[], id: MobilityCheck['id']) => checks.filter((c) => c.id === id);
const one = (checks: MobilityCheck[], id: MobilityCheck['id']) => {
  const found = byId(checks, id);
  expect(found).toHaveLength(1);
  return found[0];
};

// Carlo Esposito: contract signed and in service 2020-09-01, concorso hire (FX-MOB-01/02).
const esposito = staffMember('stresa', 'dip.stresa')!;
// Lucia Fontana: contract signed and in service 2022-10-01, concorso hire (FX-MOB-03).
const fontana = staffMember('stresa', 'dip2.stresa')!;
const member = (over: Partial<StaffMember>): StaffMember => ({ ...esposito, ...over });
const derogation = { act: 'D.G.C. n. 58', date: '2024-06-01' };

describe('outgoing mobility (art. 74, art. 110 c.8; V-MOB-01/02)', () => {
  it('FX-MOB-01: contract signed 2020-09-01, request 2024-08-31 → inadmissible without Giunta derogation', () => {
    expect(esposito.contractSignedOn).toBe('2020-09-01');
    const r = outgoingEligibility(esposito, '2024-08-31', {}, ctx);
    expect(r.admissible).toBe(false);
    const c = one(r.checks, 'V-MOB-01');
    expect(c).toMatchObject({ passed: false, notBefore: '2024-09-01' });
    expect(c.reason).toContain('salvo deroga della Giunta Comunale');
    // The citation is the rule set's own, not a copy.
    expect(c.citation).toBe(rule('mobility.outgoingMinimumService').citation);
    expectCited(r.checks);
  });

  it('FX-MOB-01 with a Giunta derogation: admissible, derogation recorded, L1265 derogation clause cited', () => {
    const r = outgoingEligibility(esposito, '2024-08-31', { giuntaDerogation: derogation }, ctx);
    expect(r).toMatchObject({ admissible: true, derogationApplied: true });
    const c = one(r.checks, 'V-MOB-01');
    expect(c.reason).toContain('D.G.C. n. 58 del 1 giugno 2024');
    expect(c.citation.quote).toMatch(/^Viene fatta salva la possibilità di deroga da parte della Giunta Comunale/);
    expectCited(r.checks);
  });

  it('FX-MOB-02: same contract, request 2024-09-01 → admissible (floor on Sunday, not moved)', () => {
    const r = outgoingEligibility(esposito, '2024-09-01', {}, ctx);
    expect(r).toMatchObject({ admissible: true, derogationApplied: false, exceptionApplied: false });
    expect(r.checks.map((c) => [c.id, c.passed])).toEqual([
      ['V-MOB-01', true],
      ['V-MOB-02', true],
    ]);
    expect(one(r.checks, 'V-MOB-01').term?.rolledForward).toBe(false);
    expectCited(r.checks);
  });

  it('FX-MOB-02 with a needless derogation: still passes on the 4 years, derogation not applied', () => {
    const r = outgoingEligibility(esposito, '2024-09-01', { giuntaDerogation: derogation }, ctx);
    expect(r).toMatchObject({ admissible: true, derogationApplied: false });
  });

  describe('FX-MOB-03: concorso hire in service 2022-10-01, Giunta derogation 2024-06-01', () => {
    it('needs one of the three L1840 exceptions: third year completed only on 2025-10-01', () => {
      expect(fontana).toMatchObject({ serviceStartOn: '2022-10-01', hiredByConcorso: true });
      const r = outgoingEligibility(fontana, '2024-05-20', { giuntaDerogation: derogation }, ctx);
      expect(r).toMatchObject({ admissible: false, derogationApplied: true, exceptionApplied: false });
      expect(one(r.checks, 'V-MOB-01').passed).toBe(true);
      const c = one(r.checks, 'V-MOB-02');
      expect(c).toMatchObject({ passed: false, notBefore: '2025-10-01' });
      expect(c.reason).toContain('1 ottobre 2025');
      expect(c.reason).toContain('posto immediatamente ricopribile');
      expect(c.reason).toContain('graduatoria concorsuale in corso di validità');
      expect(c.citation).toBe(rule('mobility.outgoingConcorsoHire').citation);
      expectCited(r.checks);
    });

    it.each(['POSTO_RICOPRIBILE', 'INTERSCAMBIO', 'GRADUATORIA_VALIDA'] as const)(
      'admissible once the %s exception is recorded',
      (concorsoException) => {
        const r = outgoingEligibility(fontana, '2024-05-20', { giuntaDerogation: derogation, concorsoException }, ctx);
        expect(r).toMatchObject({ admissible: true, exceptionApplied: true });
        expect(one(r.checks, 'V-MOB-02').citation.lines).toBe('L1840');
        expectCited(r.checks);
      },
    );

    it('the exception alone does not lift the 4-year bar (V-MOB-01 needs the derogation)', () => {
      const r = outgoingEligibility(fontana, '2024-05-20', { concorsoException: 'POSTO_RICOPRIBILE' }, ctx);
      expect(r.admissible).toBe(false);
      expect(one(r.checks, 'V-MOB-01')).toMatchObject({ passed: false, notBefore: '2026-10-01' });
    });

    it.each([
      ['2025-09-30', false],
      ['2025-10-01', true],
    ])('authorisation on %s without exception → V-MOB-02 passed %s (day before / on the third year)', (date, ok) => {
      const r = outgoingEligibility(
        fontana,
        '2024-05-20',
        { giuntaDerogation: derogation, authorizationDate: date },
        ctx,
      );
      expect(one(r.checks, 'V-MOB-02').passed).toBe(ok);
      expect(r.admissible).toBe(ok);
    });
  });

  it.each([
    ['2024-08-31', false],
    ['2024-09-01', true],
    ['2024-09-02', true],
  ])('V-MOB-01 boundary: contract 2020-09-01, request %s → passed %s', (date, ok) => {
    expect(one(outgoingEligibility(esposito, date, {}, ctx).checks, 'V-MOB-01').passed).toBe(ok);
  });

  it('V-MOB-01 counts years to the same calendar date (D2): contract 2020-02-29 → from 2024-02-29', () => {
    const m = member({ contractSignedOn: '2020-02-29', serviceStartOn: '2020-02-29' });
    expect(one(outgoingEligibility(m, '2024-02-28', {}, ctx).checks, 'V-MOB-01').passed).toBe(false);
    expect(one(outgoingEligibility(m, '2024-02-29', {}, ctx).checks, 'V-MOB-01').passed).toBe(true);
  });

  it('V-MOB-02 is a second check (D3 C12): 4 years from contract met, 3rd year of service not yet', () => {
    // Service began 16 months after the contract was signed.
    const late = member({ contractSignedOn: '2020-09-01', serviceStartOn: '2022-01-10' });
    const r = outgoingEligibility(late, '2024-09-01', {}, ctx);
    expect(one(r.checks, 'V-MOB-01').passed).toBe(true);
    expect(one(r.checks, 'V-MOB-02')).toMatchObject({ passed: false, notBefore: '2025-01-10' });
    expect(r.admissible).toBe(false);
  });

  it('V-MOB-02 does not apply to staff not hired by concorso', () => {
    const m = member({ contractSignedOn: '2020-09-01', serviceStartOn: '2023-01-01', hiredByConcorso: false });
    const r = outgoingEligibility(m, '2024-09-01', {}, ctx);
    expect(r.admissible).toBe(true);
    expect(one(r.checks, 'V-MOB-02').reason).toContain('non si applica');
  });

  it('malformed input throws (invalid date, derogation without act)', () => {
    expect(() => outgoingEligibility(esposito, '2024-02-30', {}, ctx)).toThrow(/Invalid ISO date/);
    expect(() =>
      outgoingEligibility(esposito, '2024-08-31', { giuntaDerogation: { act: ' ', date: '2024-06-01' } }, ctx),
    ).toThrow(/act reference/);
  });
});

describe('opinions on outgoing mobility (art. 74 c.2; V-MOB-03, A-11)', () => {
  it('FX-MOB-04: Responsabile\'s opinion "favorevole a condizione che…" → authorization blocked', () => {
    const r = serviceHeadOpinionValid({
      favourable: true,
      text: 'Parere favorevole a condizione che sia prima reperito un sostituto.',
      conditional: false,
    });
    expect(r.valid).toBe(false);
    expect(r.conditionalPhrases).toEqual(['a condizione']);
    expect(r.check).toMatchObject({ id: 'V-MOB-03', passed: false });
    expect(r.check.reason).toContain('favorevole e non condizionato');
    expect(r.check.citation.lines).toBe('L1263');
    expectCited([r.check]);
  });

  it.each([
    ['Favorevole, purché il trasferimento decorra dal 1° gennaio', 'purche'],
    ['Favorevole, PURCHÈ sia garantito il passaggio di consegne', 'purche'],
    ['Si esprime parere favorevole subordinatamente alla sostituzione', 'subordinatamente'],
    ['Parere favorevole previa assunzione di un sostituto', 'previa'],
    ['Favorevole sempreché la sostituzione avvenga entro marzo', 'sempreche'],
    ['Parere favorevole condizionato alla sostituzione', 'condizionato'],
  ])('conditional wording is detected: "%s"', (text, phrase) => {
    const r = serviceHeadOpinionValid({ favourable: true, text, conditional: false });
    expect(r.valid).toBe(false);
    expect(r.conditionalPhrases).toContain(phrase);
  });

  it.each([
    'Parere favorevole e non condizionato.',
    'Parere favorevole incondizionato',
    'Si esprime parere favorevole alla mobilità richiesta',
  ])('an unconditioned favourable opinion is valid: "%s"', (text) => {
    const r = serviceHeadOpinionValid({ favourable: true, text, conditional: false });
    expect(r).toMatchObject({ valid: true, conditionalPhrases: [] });
    expect(r.check.passed).toBe(true);
  });

  it('the explicit conditional flag blocks even with neutral wording', () => {
    expect(serviceHeadOpinionValid({ favourable: true, text: 'Favorevole', conditional: true }).valid).toBe(false);
  });

  it('an unfavourable opinion blocks, also when only the text says so', () => {
    expect(serviceHeadOpinionValid({ favourable: false, text: 'Parere', conditional: false }).valid).toBe(false);
    const r = serviceHeadOpinionValid({ favourable: true, text: 'Parere sfavorevole', conditional: false });
    expect(r.valid).toBe(false);
    expect(r.check.reason).toContain('in contrasto');
  });

  it("A-11: the Giunta's opinion must be favourable to grant", () => {
    expect(giuntaOpinionCheck({ favourable: true }).passed).toBe(true);
    const c = giuntaOpinionCheck({ favourable: false });
    expect(c.passed).toBe(false);
    expectCited([c]);
  });
});

describe('internal mobility (art. 76; V-MOB-20/21/22)', () => {
  const istruttore = { category: 'C' as const, profile: 'Istruttore amministrativo' };

  it('FX-MOB-06: internal transfer C → B → rejected (same category required)', () => {
    const r = internalTransferCheck(istruttore, { category: 'B3', profile: 'Collaboratore amministrativo' });
    expect(r.allowed).toBe(false);
    const c = one(r.checks, 'V-MOB-20');
    expect(c.reason).toContain('stessa categoria');
    expect(c.citation.lines).toBe('L1285');
    expectCited(r.checks);
  });

  it('same category and profile → allowed; B1 → B3 and D1 → D3 are different categories', () => {
    expect(internalTransferCheck(istruttore, { category: 'C', profile: 'istruttore  AMMINISTRATIVO' }).allowed).toBe(
      true,
    );
    expect(
      internalTransferCheck({ category: 'B1', profile: 'Esecutore' }, { category: 'B3', profile: 'Esecutore' }).allowed,
    ).toBe(false);
    expect(
      internalTransferCheck(
        { category: 'D1', profile: 'Istruttore direttivo' },
        { category: 'D3', profile: 'Istruttore direttivo' },
      ).allowed,
    ).toBe(false);
  });

  it('a different profile of the same category needs the motivated statement of analogy', () => {
    const to = { category: 'C' as const, profile: 'Istruttore amministrativo contabile' };
    expect(internalTransferCheck(istruttore, to).allowed).toBe(false);
    expect(internalTransferCheck(istruttore, to, { analogousProfileMotivation: '  ' }).allowed).toBe(false);
    const r = internalTransferCheck(istruttore, to, {
      analogousProfileMotivation: 'Mansioni amministrative equivalenti di pari categoria',
    });
    expect(r.allowed).toBe(true);
    expect(r.checks[0].reason).toContain('Mansioni amministrative equivalenti');
  });

  const all = (d: string, last = d): { recipient: CommunicationRecipient; date: string }[] => [
    { recipient: 'DIPENDENTE', date: d },
    { recipient: 'SINDACO', date: d },
    { recipient: 'GIUNTA', date: d },
    { recipient: 'OOSS', date: last },
  ];

  it('FX-MOB-07: internal transfer executed before the Giunta/unions were informed → rejected (V-MOB-21)', () => {
    const r = executionAllowed(
      [
        { recipient: 'DIPENDENTE', date: '2024-03-01' },
        { recipient: 'SINDACO', date: '2024-03-01' },
        { recipient: 'GIUNTA', date: '2024-03-20' },
      ],
      '2024-03-15',
    );
    expect(r.allowed).toBe(false);
    expect(r.missing).toEqual(['GIUNTA', 'OOSS']);
    const c = one(r.checks, 'V-MOB-21');
    expect(c.reason).toContain('alla Giunta è del 20 marzo 2024');
    expect(c.reason).toContain('manca la comunicazione alle organizzazioni sindacali');
    expect(c.citation.lines).toBe('L1287');
    expectCited(r.checks);
  });

  it.each([
    ['2024-03-14', true],
    ['2024-03-15', false],
    ['2024-03-16', false],
  ])('V-MOB-21 boundary: execution 2024-03-15, last communication %s → allowed %s', (last, ok) => {
    const r = executionAllowed(all('2024-03-01', last), '2024-03-15');
    expect(r.allowed).toBe(ok);
    if (ok) expect(r.lastCommunication).toBe(last);
    else expect(r.missing).toEqual(['OOSS']);
  });

  it('a communication dated before the transfer act does not count', () => {
    const r = executionAllowed(all('2024-03-01', '2024-03-04'), '2024-03-15', { actDate: '2024-03-04' });
    expect(r.allowed).toBe(false);
    expect(r.missing).toEqual(['DIPENDENTE', 'SINDACO', 'GIUNTA']);
    expect(r.checks[0].reason).toContain('precede il provvedimento');
    expect(executionAllowed(all('2024-03-04'), '2024-03-15', { actDate: '2024-03-04' }).allowed).toBe(true);
  });

  it('V-MOB-22: temporary mobility follows the same rules and needs an end date not before execution', () => {
    const ok = executionAllowed(all('2024-03-01'), '2024-03-15', { temporary: { endDate: '2024-06-30' } });
    expect(ok.allowed).toBe(true);
    expect(one(ok.checks, 'V-MOB-22').citation.lines).toBe('L1289');
    expectCited(ok.checks);
    const bad = executionAllowed(all('2024-03-01'), '2024-03-15', { temporary: { endDate: '2024-03-14' } });
    expect(bad.allowed).toBe(false);
    expect(one(bad.checks, 'V-MOB-22').passed).toBe(false);
    expect(executionAllowed(all('2024-03-20'), '2024-03-15', { temporary: { endDate: '2024-06-30' } }).allowed).toBe(
      false,
    );
  });
});

describe('temporary assignment from other PAs (art. 74 c.4; T-MOB-03)', () => {
  it("FX-MOB-08: 2024-01-01 → 2027-06-30 rejected (> 3 years); last valid end date 2027-01-01 (DECISIONS D2 prevails over the spec's 2026-12-31)", () => {
    const r = temporaryAssignmentCheck('2024-01-01', '2027-06-30', ctx);
    expect(r.allowed).toBe(false);
    expect(r.latestEnd).toBe('2027-01-01');
    const c = one(r.checks, 'T-MOB-03');
    expect(c.reason).toContain('non può essere successiva al 1 gennaio 2027');
    expect(c.citation).toBe(rule('mobility.temporaryAssignmentMax').citation);
    expectCited(r.checks);
  });

  it.each([
    ['2026-12-31', true],
    ['2027-01-01', true],
    ['2027-01-02', false],
  ])('boundary: start 2024-01-01, end %s → allowed %s', (end, ok) => {
    expect(temporaryAssignmentCheck('2024-01-01', end, ctx).allowed).toBe(ok);
  });

  it('an end before the start is rejected', () => {
    const r = temporaryAssignmentCheck('2024-01-01', '2023-12-31', ctx);
    expect(r.allowed).toBe(false);
    expect(r.checks[0].reason).toContain("precede l'inizio");
  });
});

describe('incoming mobility admission (art. 107bis; C-6)', () => {
  const post = (kind: IncomingPost['kind']): IncomingPost => ({
    kind,
    category: INCOMING_POSTS[kind].category,
    profile: INCOMING_POSTS[kind].label,
  });
  const cand = (over: Partial<IncomingCandidate>): IncomingCandidate => ({
    category: 'D1',
    hasStudyTitle: false,
    seniorityYears: 0,
    sameArea: true,
    ...over,
  });

  it('FX-MOB-09: D1 Istruttore Direttivo Vigilanza, no laurea, 4 years in a different area → inadmissible (only same-area 3 years allowed)', () => {
    const r = incomingAdmission(post('D1_VIGILANZA'), cand({ seniorityYears: 4, sameArea: false }));
    expect(r.admissible).toBe(false);
    expect(r.route).toBeUndefined();
    const c = one(r.checks, 'MOB-IN-TITOLO');
    expect(c.passed).toBe(false);
    expect(c.reason).toContain("solo l'anzianità nella stessa area (3 anni)");
    expect(c.citation.lines).toBe('L1767');
    expectCited(r.checks);
  });

  it('FX-MOB-10: C istruttore amministrativo, no diploma, 5 years in a different area → admissible', () => {
    const r = incomingAdmission(post('C_AMM'), cand({ category: 'C', seniorityYears: 5, sameArea: false }));
    expect(r).toMatchObject({ admissible: true, route: 'ANZIANITA_AREA_DIVERSA' });
    expect(one(r.checks, 'MOB-IN-TITOLO').citation.lines).toBe('L1769');
    expectCited(r.checks);
  });

  it.each<[IncomingPost['kind'], IncomingCandidate['category'], boolean, number, boolean]>([
    ['C_AMM', 'C', false, 4.9, false],
    ['C_AMM', 'C', false, 5, true],
    ['C_AMM', 'C', true, 2.9, false],
    ['C_AMM', 'C', true, 3, true],
    ['D1_AMM_CONT', 'D1', true, 2.9, false],
    ['D1_AMM_CONT', 'D1', true, 3, true],
    ['D1_AMM_CONT', 'D1', false, 4.9, false],
    ['D1_AMM_CONT', 'D1', false, 5, true],
    ['D1_VIGILANZA', 'D1', true, 2.9, false],
    ['D1_VIGILANZA', 'D1', true, 3, true],
    ['D1_VIGILANZA', 'D1', false, 20, false],
    ['D3_TECNICO', 'D3', true, 4.9, false],
    ['D3_TECNICO', 'D3', true, 5, true],
    // The row is silent on another area: the lead-in's "medesima area" applies.
    ['D3_TECNICO', 'D3', false, 20, false],
  ])('boundary: %s, candidate %s, same area %s, %s years → admissible %s', (kind, category, sameArea, y, ok) => {
    expect(incomingAdmission(post(kind), cand({ category, sameArea, seniorityYears: y })).admissible).toBe(ok);
  });

  it('with the study title, seniority is not required', () => {
    const r = incomingAdmission(post('D3_TECNICO'), cand({ category: 'D3', hasStudyTitle: true }));
    expect(r).toMatchObject({ admissible: true, route: 'TITOLO_DI_STUDIO' });
  });

  it('the corresponding category is required even with the title (L1761)', () => {
    const r = incomingAdmission(post('D3_TECNICO'), cand({ category: 'D1', hasStudyTitle: true }));
    expect(r.admissible).toBe(false);
    expect(one(r.checks, 'MOB-IN-CATEGORIA').reason).toContain('categoria D1');
    expectCited(r.checks);
  });

  it('a post whose category does not match its kind is a configuration error', () => {
    expect(() => incomingAdmission({ ...post('C_AMM'), category: 'D1' }, cand({}))).toThrow(/category C/);
  });
});

describe('incoming mobility board (art. 107bis L1773-L1791; V-MOB-10)', () => {
  const seg = { id: 'seg', name: 'Efisio Melis' };
  const ru = { id: 'ru', name: 'Paola Riva' };
  const head = { id: 'lp', name: 'Marco Ferri' };
  const expert = {
    id: 'ext',
    name: 'Giulia Bassi',
    administration: 'Comune di Baveno',
    otherAdministration: true,
    serviceHeadSameArea: true,
    cost: 0,
  };
  const minuteSecretary = { id: 'verb', name: 'Anna Conti', hrIstruttoreAmministrativo: true };
  const people = (over: Partial<BoardPeople> = {}): BoardPeople => ({
    segretario: seg,
    respRu: ru,
    hiringServiceHead: head,
    minuteSecretary,
    ...over,
  });
  const roles = (b: ReturnType<typeof mobilityBoard>) => b.members.map((m) => m.role);

  it('FX-MOB-11: D3 board where the Segretario heads the hiring service → Segretario + Resp. RU + external expert (same area, other PA, zero cost)', () => {
    const b = mobilityBoard({ kind: 'D3_TECNICO' }, people({ hiringServiceHead: seg, externalExpert: expert }));
    expect(b.valid).toBe(true);
    expect(roles(b)).toEqual(['SEGRETARIO_GENERALE', 'RESP_RU', 'ESPERTO_ESTERNO']);
    expect(b.members.map((m) => m.person.id)).toEqual(['seg', 'ru', 'ext']);
    const e = b.members[2];
    expect(e).toMatchObject({ replaces: 'RESP_SERVIZIO_ASSUNZIONE', person: { cost: 0, otherAdministration: true } });
    expect(e.citation.lines).toBe('L1783');
    expect(b.secretary).toMatchObject({ role: 'SEGRETARIO_VERBALIZZANTE', person: { id: 'verb' } });
    expect(b.vacancies).toEqual([]);
    expectCited(b.checks);
  });

  it('FX-MOB-11 without the expert yet: the seat is vacant and the board not valid', () => {
    const b = mobilityBoard({ kind: 'D3_TECNICO' }, people({ hiringServiceHead: seg }));
    expect(b.valid).toBe(false);
    expect(roles(b)).toEqual(['SEGRETARIO_GENERALE', 'RESP_RU']);
    expect(b.vacancies.map((v) => v.role)).toEqual(['ESPERTO_ESTERNO']);
    expect(one(b.checks, 'MOB-IN-COMMISSIONE').reason).toContain('membro esperto esterno');
  });

  it('an expert with a cost, or not from another PA, is refused (L1787, L1783)', () => {
    const paid = mobilityBoard(
      { kind: 'D3_TECNICO' },
      people({ hiringServiceHead: seg, externalExpert: { ...expert, cost: 150 } }),
    );
    expect(paid.valid).toBe(false);
    expect(one(paid.checks, 'V-MOB-10').citation.lines).toBe('L1787');
    const internal = mobilityBoard(
      { kind: 'D3_TECNICO' },
      people({ hiringServiceHead: seg, externalExpert: { ...expert, otherAdministration: false } }),
    );
    expect(internal.valid).toBe(false);
    expect(one(internal.checks, 'V-MOB-10').citation.lines).toBe('L1783');
  });

  it('ordinary D1 board: Segretario + Resp. RU + head of the hiring service', () => {
    const b = mobilityBoard({ kind: 'D1_VIGILANZA' }, people());
    expect(b.valid).toBe(true);
    expect(roles(b)).toEqual(['SEGRETARIO_GENERALE', 'RESP_RU', 'RESP_SERVIZIO_ASSUNZIONE']);
  });

  it('no head of the hiring service → external expert, on C boards too', () => {
    const b = mobilityBoard({ kind: 'C_AMM' }, people({ hiringServiceHead: undefined, externalExpert: expert }));
    expect(b.valid).toBe(true);
    expect(roles(b)).toEqual(['RESP_RU', 'ESPERTO_ESTERNO']);
  });

  it('Segretario also HR head on a D board → another service head of a related area of the Comune (L1789)', () => {
    const related = { id: 'aff', name: 'Luca Neri', relatedAreaServiceHead: true };
    const b = mobilityBoard({ kind: 'D1_AMM_CONT' }, people({ respRu: seg, relatedAreaHead: related }));
    expect(b.valid).toBe(true);
    expect(roles(b)).toEqual(['SEGRETARIO_GENERALE', 'RESP_AREA_AFFINE', 'RESP_SERVIZIO_ASSUNZIONE']);
    expect(b.members[1]).toMatchObject({ replaces: 'RESP_RU', citation: { lines: 'L1789' } });
    const vacant = mobilityBoard({ kind: 'D1_AMM_CONT' }, people({ respRu: seg }));
    expect(vacant.vacancies.map((v) => v.role)).toEqual(['RESP_AREA_AFFINE']);
  });

  it('C board: the Segretario does not sit, so holding the hiring service is no double seat', () => {
    const b = mobilityBoard({ kind: 'C_AMM' }, people({ hiringServiceHead: seg }));
    expect(b.valid).toBe(true);
    expect(roles(b)).toEqual(['RESP_RU', 'RESP_SERVIZIO_ASSUNZIONE']);
  });

  it('V-MOB-10: one person in two seats, political office, wrong or missing minute secretary → not valid', () => {
    expect(mobilityBoard({ kind: 'C_AMM' }, people({ hiringServiceHead: ru })).valid).toBe(false);
    expect(
      mobilityBoard({ kind: 'C_AMM' }, people({ hiringServiceHead: { ...head, politicalOrUnionOffice: true } })).valid,
    ).toBe(false);
    expect(
      mobilityBoard(
        { kind: 'C_AMM' },
        people({ minuteSecretary: { ...minuteSecretary, hrIstruttoreAmministrativo: false } }),
      ).valid,
    ).toBe(false);
    const none = mobilityBoard({ kind: 'C_AMM' }, people({ minuteSecretary: undefined }));
    expect(none.valid).toBe(false);
    expect(none.vacancies.map((v) => v.role)).toEqual(['SEGRETARIO_VERBALIZZANTE']);
  });
});

describe('inquadramento of seconded staff (art. 80 c.2 f; T-MOB-04)', () => {
  const consents: SecondmentConsents = {
    employee: { act: 'prot. n. 1201', date: '2024-05-10' },
    homeAdministration: { act: 'nulla osta prot. n. 88', date: '2024-05-20' },
    administrationInterest: 'Copertura del posto vacante di istruttore presso i Servizi demografici',
  };

  it('FX-MOB-12: seconded since 2023-09-01, inquadramento decided 2024-06-01 → rejected (< 1 year)', () => {
    const r = secondedInquadramentoCheck('2023-09-01', '2024-06-01', consents, ctx);
    expect(r.allowed).toBe(false);
    expect(r.notBefore).toBe('2024-09-01');
    const c = one(r.checks, 'T-MOB-04');
    expect(c.passed).toBe(false);
    expect(c.citation).toBe(rule('mobility.secondedInquadramento').citation);
    expect(one(r.checks, 'MOB-COM-CONSENSI').passed).toBe(true);
    expectCited(r.checks);
  });

  it.each([
    ['2024-08-31', false],
    ['2024-09-01', true],
  ])('boundary: seconded since 2023-09-01, decision %s → allowed %s', (date, ok) => {
    expect(secondedInquadramentoCheck('2023-09-01', date, consents, ctx).allowed).toBe(ok);
  });

  it('clamped (D2): seconded since 2024-02-29 → inquadramento from 2025-02-28', () => {
    expect(secondedInquadramentoCheck('2024-02-29', '2025-02-27', consents, ctx).allowed).toBe(false);
    expect(secondedInquadramentoCheck('2024-02-29', '2025-02-28', consents, ctx).notBefore).toBe('2025-02-28');
    expect(secondedInquadramentoCheck('2024-02-29', '2025-02-28', consents, ctx).allowed).toBe(true);
  });

  it('both consents must precede the decision, and the interest must be stated', () => {
    const missing = secondedInquadramentoCheck(
      '2023-09-01',
      '2024-09-02',
      { ...consents, homeAdministration: undefined },
      ctx,
    );
    expect(missing.allowed).toBe(false);
    expect(one(missing.checks, 'MOB-COM-CONSENSI').reason).toContain(
      "manca il consenso dell'Amministrazione di appartenenza",
    );
    const late = secondedInquadramentoCheck(
      '2023-09-01',
      '2024-09-02',
      { ...consents, employee: { act: 'prot. n. 1500', date: '2024-09-03' } },
      ctx,
    );
    expect(late.allowed).toBe(false);
    expect(one(late.checks, 'MOB-COM-CONSENSI').reason).toContain('successivo alla decisione');
    const noInterest = secondedInquadramentoCheck(
      '2023-09-01',
      '2024-09-02',
      { ...consents, administrationInterest: '' },
      ctx,
    );
    expect(noInterest.allowed).toBe(false);
    expectCited(noInterest.checks);
  });
});
