/**
 * Drives a concorso on a local runtime through the acts every later stage needs — publication,
 * applications, close, admission, a regular board with its declarations, the exam calendar — so a test
 * can start where its own subject begins. Every step asserts its own success.
 */
import { bando, candidate } from './fixtures';
import { type ApiOptions, api, type RuntimeProcess, setClock, sweep } from './local';

const member = (id: string, name: string, gender: 'F' | 'M', seat: string, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  gender,
  seat,
  employer: 'COMUNE',
  permanent: true,
  inquadramento: 'D1',
  ...extra,
});

/** A regular board for a category C post (art. 119): president, head of the service, expert, secretary. */
export const BOARD = [
  member('rossi', 'Mario Rossi', 'M', 'RESP_HR', {
    inquadramento: 'D3',
    headOfService: 'Gestione Risorse Umane',
    expertise: 'Enti locali',
  }),
  member('bianchi', 'Andrea Bianchi', 'M', 'RESP_SERVIZIO_INTERESSATO', {
    headOfService: 'Servizi finanziari',
    expertise: 'Contabilità',
  }),
  member('verdi', 'Paola Verdi', 'F', 'ESPERTO_PA', {
    employer: 'ALTRA_PA',
    employerName: 'Comune di Baveno',
    area: 'Amministrativa',
    expertise: 'Contabilità degli enti locali (curriculum vitae)',
    selectedOnCv: true,
    designatedBy: 'RESP_HR',
  }),
  member('neri', 'Giulia Neri', 'F', 'SEGRETARIO', { inquadramento: 'C', designatedBy: 'SEGRETARIO_GENERALE' }),
];

/** A JSON body as tests read it (see ApiResponse in local.ts). */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on bodies rather than type them; `unknown` would only add casts
type Body = any;

export interface Flow {
  id: string;
  applicationIds: string[];
  /** Runs an act on the current version; returns the response and refreshes `procedure` on success. */
  act(name: string, body: Record<string, unknown>, user?: string): Promise<{ status: number; json: Body }>;
  procedure: Body;
  /** Reads the procedure again (after a sweep moved it). */
  refresh(): Promise<void>;
  /** GET a sub-resource of the procedure ('' for itself). */
  get(path: string): Promise<Body>;
}

/**
 * Publication on 2 March 2026, `candidates` online applications, the close and the postal grace, the
 * admission of all (10 April), the board with every declaration, the calendar published on 20 April:
 * written test on 14 May, oral on 4 June. The clock is left on 20 April 2026.
 */
export async function concorsoToExams(
  rt: RuntimeProcess,
  options: { bando?: Record<string, unknown>; candidates: Record<string, unknown>[] },
): Promise<Flow> {
  const call = (path: string, o: ApiOptions = {}) => api(path, { user: 'hr.stresa', ...o, baseUrl: rt.urls.web });
  const ok = (r: { status: number; json: Body }, what: string) => {
    if (r.status >= 300) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.json)}`);
    return r;
  };
  await setClock('2026-03-02T08:00:00.000Z', rt.urls.web);
  const id = ok(await call('/api/v1/procedures', { body: bando('stresa', options.bando) }), 'create').json.id as string;
  const flow: Flow = {
    id,
    applicationIds: [],
    procedure: undefined,
    act: async (name, body, user = 'hr.stresa') => {
      const r = await call(`/api/v1/procedures/${id}/actions/${name}`, {
        user,
        body: { expectedVersion: flow.procedure.version, ...body },
      });
      if (r.status === 200) await flow.refresh();
      return r;
    },
    refresh: async () => {
      flow.procedure = await flow.get('');
    },
    get: async (path) => (await call(`/api/v1/procedures/${id}${path}`)).json,
  };
  flow.procedure = (await call(`/api/v1/procedures/${id}`)).json;
  ok(await flow.act('publish-guri', { guriPublicationDate: '2026-03-02', guriReference: 'GU n. 17' }), 'publish');
  for (const c of options.candidates) {
    flow.applicationIds.push(
      ok(await call(`/api/v1/public/concorsi/${id}/applications`, { body: c }), 'apply').json.id,
    );
  }
  await setClock('2026-04-10T07:00:00.000Z', rt.urls.web);
  await sweep(undefined, rt.urls.web);
  await sweep(undefined, rt.urls.web);
  flow.procedure = (await call(`/api/v1/procedures/${id}`)).json;
  ok(
    await flow.act('appoint-board', {
      appointedBy: 'GIUNTA',
      act: { number: 'D.G.C. n. 45', date: '2026-04-10' },
      postArea: 'Amministrativa',
      respHrId: 'rossi',
      hiringServiceHeadId: 'bianchi',
      members: BOARD,
    }),
    'board',
  );
  ok(
    await flow.act('determine-admission', {
      act: { number: 'DET-130', date: '2026-04-10' },
      diffusionMinutes: { number: 'VERB-4', date: '2026-04-10' },
    }),
    'admission',
  );
  const kinds: Record<string, string[]> = {
    rossi: ['CONDANNE_PENALI', 'INCOMPATIBILITA', 'CONFLITTO_CANDIDATI'],
    bianchi: ['CONDANNE_PENALI', 'INCOMPATIBILITA', 'CONFLITTO_CANDIDATI'],
    verdi: ['CONDANNE_PENALI', 'INCOMPATIBILITA', 'CONFLITTO_CANDIDATI'],
    neri: ['CONDANNE_PENALI', 'CONFLITTO_CANDIDATI'],
  };
  for (const [memberId, list] of Object.entries(kinds)) {
    for (const kind of list) {
      ok(await flow.act('board-declaration', { memberId, kind, date: '2026-04-10', outcome: 'INSUSSISTENZA' }), kind);
    }
  }
  await setClock('2026-04-20T08:00:00.000Z', rt.urls.web);
  ok(
    await flow.act('set-exam-calendar', {
      minutes: { number: 'Verbale n. 1', date: '2026-04-20' },
      publishedOn: '2026-04-20',
      exams: [
        { kind: 'WRITTEN', date: '2026-05-14', time: '09:30', place: 'Palazzo dei Congressi, Stresa' },
        { kind: 'ORAL', date: '2026-06-04', time: '09:00', place: 'Sala consiliare, Stresa' },
      ],
    }),
    'calendar',
  );
  return flow;
}

export { candidate };
