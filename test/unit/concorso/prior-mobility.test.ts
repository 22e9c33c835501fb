/**
 * The mobility attempt before a concorso (art. 30 c.2-bis D.Lgs. 165/2001; rule set national@3): the
 * pure check, case by case. The API and the runtime are in test/integration/concorso-prior-mobility.
 */
import { type CitedMobility, checkPriorMobility } from '../../../shared/procedures/concorso/prior-mobility';
import { precondition } from '../../../shared/rules';

const REQUIRED = precondition('national@3', 'concorso.priorMobility');
const BANDO = {
  indizione: { number: 'DET-40', date: '2026-02-10' },
  posts: [
    { count: 1, category: 'C' as const, profile: 'Istruttore amministrativo', pay: 'CCNL' },
    { count: 1, category: 'D1' as const, profile: 'Istruttore direttivo tecnico', pay: 'CCNL' },
  ],
};

const mobility = (id: string, over: Partial<CitedMobility> = {}): CitedMobility => ({
  id,
  type: 'mobility',
  title: `Mobilità in entrata ${id}`,
  phaseLabel: 'Conclusa',
  variant: 'IN',
  post: { category: 'C', profile: 'Istruttore amministrativo' },
  negativeOutcome: { date: '2026-02-05', act: 'Det. 10', reason: 'NESSUNA_DOMANDA' },
  ...over,
});
const found = (...ms: CitedMobility[]) => new Map(ms.map((m) => [m.id, m]));
const attempt = (...ids: string[]) => ({ kind: 'MOBILITA' as const, procedureIds: ids });
const messages = (r: { errors: { field: string; message: string }[] }) =>
  r.errors.map((e) => `${e.field}: ${e.message}`);

const C = mobility('stresa.c0000001');
const D1 = mobility('stresa.d0000001', { post: { category: 'D1', profile: '  istruttore   DIRETTIVO tecnico ' } });

test('the precondition is in national@3 with its citation', () => {
  expect(REQUIRED?.citation).toMatchObject({ law: 'D.Lgs. 165/2001', article: 'art. 30', paragraph: 'c. 2-bis' });
});

test('required and nothing cited: refused on priorMobility, citing the law', () => {
  expect(messages(checkPriorMobility(BANDO, undefined, REQUIRED, found()))).toEqual([
    "priorMobility: Prima di indire il concorso occorre aver attivato la mobilità per i posti, o documentarne l'esenzione (art. 30 c. 2-bis (D.Lgs. 165/2001)).",
  ]);
});

test('not required and nothing cited: nothing to record', () => {
  expect(checkPriorMobility(BANDO, undefined, undefined, found())).toEqual({ errors: [] });
});

test('one concluded attempt per post (profile compared without case and spacing): recorded', () => {
  const r = checkPriorMobility(BANDO, attempt(C.id, D1.id), REQUIRED, found(C, D1));
  expect(r.errors).toEqual([]);
  expect(r.record).toEqual({
    kind: 'MOBILITA',
    basis: 'art. 30 c. 2-bis (D.Lgs. 165/2001)',
    attempts: [
      {
        procedureId: C.id,
        title: C.title,
        category: 'C',
        profile: 'Istruttore amministrativo',
        closedOn: '2026-02-05',
        act: 'Det. 10',
        outcome: "Nessuna domanda pervenuta entro il termine dell'avviso",
      },
      expect.objectContaining({ procedureId: D1.id, category: 'D1' }),
    ],
  });
});

test('a post without an attempt of its category and profile is named', () => {
  expect(messages(checkPriorMobility(BANDO, attempt(C.id), REQUIRED, found(C)))).toEqual([
    'posts.1.profile: Nessuna mobilità conclusa per il profilo "Istruttore direttivo tecnico" (categoria D1) tra quelle indicate (art. 30 c. 2-bis (D.Lgs. 165/2001)).',
  ]);
  // Same profile, other category: not the same post.
  const wrongCategory = mobility('stresa.d0000002', {
    post: { category: 'C', profile: 'Istruttore direttivo tecnico' },
  });
  expect(checkPriorMobility(BANDO, attempt(C.id, wrongCategory.id), REQUIRED, found(C, wrongCategory)).errors).toEqual([
    expect.objectContaining({ field: 'posts.1.profile' }),
  ]);
});

test.each([
  ['unknown', undefined, 'Procedura di mobilità inesistente.'],
  ['another type', mobility('x', { type: 'concorso' }), 'Procedura di mobilità inesistente.'],
  [
    'outgoing',
    mobility('x', { variant: 'OUT', post: undefined }),
    'Non è una mobilità in entrata da altre amministrazioni (art. 30 c.1).',
  ],
  [
    'still running',
    mobility('x', { negativeOutcome: undefined, phaseLabel: 'Domande chiuse' }),
    'La mobilità non risulta conclusa senza assunzione (fase: Domande chiuse).',
  ],
  [
    'closed after the indizione',
    mobility('x', { negativeOutcome: { date: '2026-02-11', act: 'Det. 11', reason: 'NESSUN_IDONEO' } }),
    "La mobilità si è conclusa dopo l'indizione del concorso.",
  ],
] as const)('a cited procedure that is %s is refused by its position', (_what, m, message) => {
  const r = checkPriorMobility(BANDO, attempt(C.id, 'x'), REQUIRED, m ? found(C, { ...m, id: 'x' }) : found(C));
  expect(messages(r)).toEqual([`priorMobility.procedureIds.1: ${message}`]);
});

test('the same procedure twice is refused once', () => {
  expect(messages(checkPriorMobility(BANDO, attempt(C.id, D1.id, C.id), REQUIRED, found(C, D1)))).toEqual([
    'priorMobility.procedureIds.2: Procedura già indicata.',
  ]);
});

test('an exemption adopted by the indizione date is recorded; a later one is refused', () => {
  const exemption = (date: string) => ({
    kind: 'ESENZIONE' as const,
    reason: 'Art. 3 c.8 L. 56/2019',
    act: { number: 'DG 4', date },
  });
  expect(checkPriorMobility(BANDO, exemption('2026-02-10'), REQUIRED, found())).toEqual({
    errors: [],
    record: {
      kind: 'ESENZIONE',
      basis: 'art. 30 c. 2-bis (D.Lgs. 165/2001)',
      reason: 'Art. 3 c.8 L. 56/2019',
      act: { number: 'DG 4', date: '2026-02-10' },
    },
  });
  expect(messages(checkPriorMobility(BANDO, exemption('2026-02-11'), REQUIRED, found()))).toEqual([
    "priorMobility.act.date: L'atto di esenzione non può seguire l'indizione del concorso.",
  ]);
});

test('cited under a set without the precondition: still checked, so the record is true', () => {
  const r = checkPriorMobility(BANDO, attempt('x'), undefined, found());
  expect(messages(r)).toEqual(['priorMobility.procedureIds.0: Procedura di mobilità inesistente.']);
});
