/**
 * The HR console: sign-in, the entity's procedures, the "Nuovo concorso" form, a procedure's detail
 * (publication in the Gazzetta Ufficiale, deadlines with their legal basis, applications, paper
 * applications, audit timeline) and, on a local install, the clock and sweeper tools.
 *
 * Views are chosen by the query string: `/hr/` (list), `/hr/?view=nuovo` (new concorso), `/hr/?id=<id>`,
 * `/hr/?view=agenda` (the entity's running terms), `/hr/?view=termini` (term calculator, exam-date check) and
 * `/hr/?view=calendario` (the entity's calendar, changed by the HR head).
 */
import { ApiError, acquireToken, api, clearToken, getToken, local } from '../shared/api.js';
import {
  applicationFieldsets,
  attachmentsFieldset,
  citationDetails,
  citationText,
  deadlineStatus,
  dueText,
  paperFieldset,
  withAttachments,
} from '../shared/application-form.js';
import {
  CATEGORIES,
  CHANNELS,
  COMPETITION_TYPES,
  EVENT_TYPES,
  labelOf,
  REMINDER_STATUS,
  ROLES,
  SUBMISSION_METHODS,
} from '../shared/labels.js';
import {
  announce,
  busy,
  checkbox,
  checkboxGroup,
  errorSummary,
  field,
  formatDate,
  formatDateTime,
  group,
  h,
  readForm,
  repeatable,
  replace,
  romeDate,
  romeWallTimeToIso,
  showProblem,
} from '../shared/ui.js';
import { renderCalendar } from './calendar.js';
import { amendmentsList, concorsoActs } from './concorso-acts.js';
import { admissionSection } from './concorso-admission.js';
import { boardSection } from './concorso-board.js';
import { examsSection } from './concorso-exams.js';
import { publicationsSection } from './concorso-publications.js';
import { regularisationSection } from './concorso-regularisation.js';
import { titlesSection } from './concorso-titles.js';
import { termOperations } from './term-operations.js';
import { renderAgenda, renderCalculator } from './terms.js';

const view = document.getElementById('view');
const params = new URLSearchParams(location.search);

/** The signed-in user (GET /api/v1/me) and the entities' names. */
let me = null;
let entities = [];
/** The simulated clock on a local install, else null. */
let localClock = null;

const today = () => romeDate(localClock?.now ?? new Date().toISOString());
const entityName = (id) => entities.find((e) => e.id === id)?.name ?? id;

function setTitle(title) {
  document.title = `${title} — Console dell'ufficio personale`;
}

function breadcrumb(...items) {
  const list = document.getElementById('breadcrumb');
  for (const extra of list.querySelectorAll('[data-extra]')) extra.remove();
  for (const [text, href] of items) {
    list.append(
      h(
        'li',
        { class: 'breadcrumb-item', 'data-extra': true, 'aria-current': href ? undefined : 'page' },
        href ? h('a', { href }, text) : text,
      ),
    );
  }
}

/** Shows an error that stops a whole view (not a form error). */
function viewError(error, title = 'Impossibile caricare la pagina') {
  const problem = error instanceof ApiError ? error.problem : { detail: String(error) };
  replace(
    view,
    h('h1', {}, title),
    h('div', { class: 'alert alert-danger', role: 'alert' }, problem.detail || problem.title),
    h('p', {}, h('a', { href: '/hr/' }, 'Torna all’elenco dei procedimenti')),
  );
}

// ---------------------------------------------------------------- sign-in

async function renderSignIn() {
  setTitle('Accesso');
  const users = await local('/_local/users');
  const summary = errorSummary('signin');
  const form = h(
    'form',
    { novalidate: true, class: 'mt-4', style: 'max-width: 36rem' },
    summary,
    users?.length
      ? [
          field('signin', {
            path: 'userId',
            label: 'Utente',
            kind: 'select',
            required: true,
            hint: 'Installazione locale: si accede come uno degli utenti di prova.',
            options: users.map((u) => [u.id, `${u.name} — ${u.id} (${u.entities.join(', ')})`]),
          }),
          h('button', { type: 'submit', class: 'btn btn-primary' }, 'Accedi'),
        ]
      : h(
          'div',
          { class: 'alert alert-warning' },
          "L'accesso con gli utenti di prova è disponibile solo nell'installazione locale.",
        ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { userId } = readForm(form);
    if (!userId) return;
    await acquireToken(userId);
    location.reload();
  });
  replace(
    view,
    h('h1', {}, 'Accesso alla console'),
    h('p', {}, 'Accedere per gestire i concorsi del proprio ente.'),
    form,
  );
  view.removeAttribute('aria-busy');
}

/** The console's sections, shown once signed in; the current one is marked. */
const SECTIONS = [
  ['Procedimenti', '/hr/', (v) => !v && !params.get('id')],
  ['Nuovo concorso', '/hr/?view=nuovo', (v) => v === 'nuovo'],
  ['Agenda dei termini', '/hr/?view=agenda', (v) => v === 'agenda'],
  ['Calcolatore dei termini', '/hr/?view=termini', (v) => v === 'termini'],
  ["Calendario dell'ente", '/hr/?view=calendario', (v) => v === 'calendario'],
  ['Assunzioni', '/hr/contracts.html', () => false],
  ['Mobilità', '/hr/mobility.html', () => false],
];

/** Users with a disciplinary role also reach the disciplinary console (web/hr/discipline.js). */
const DISCIPLINE_ROLES = ['SEGRETARIO', 'UPD_MEMBER', 'RESP_SERVIZIO', 'HR_HEAD'];

function renderNav() {
  const current = params.get('view');
  const nav = document.getElementById('console-nav');
  nav.hidden = false;
  const sections = me.roles?.some((r) => DISCIPLINE_ROLES.includes(r))
    ? [...SECTIONS, ['Procedimenti disciplinari', '/hr/discipline.html', () => false]]
    : SECTIONS;
  replace(
    nav,
    h(
      'ul',
      { class: 'nav nav-tabs console-nav' },
      sections.map(([text, href, isCurrent]) =>
        h(
          'li',
          { class: 'nav-item' },
          h(
            'a',
            {
              class: `nav-link${isCurrent(current) ? ' active' : ''}`,
              href,
              'aria-current': isCurrent(current) ? 'page' : undefined,
            },
            text,
          ),
        ),
      ),
    ),
  );
}

function renderSession() {
  replace(
    document.getElementById('session'),
    h(
      'div',
      { class: 'd-flex align-items-center gap-3' },
      h(
        'span',
        {},
        h('span', { class: 'd-none d-md-inline' }, 'Accesso effettuato come '),
        h('strong', {}, me.name),
        h('span', { class: 'd-none d-md-inline' }, ` (${me.entities.map(entityName).join(', ')})`),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-sm btn-outline-light',
          onclick: () => {
            clearToken();
            location.href = '/hr/';
          },
        },
        'Esci',
      ),
    ),
  );
}

// ---------------------------------------------------------------- list

async function renderDashboard() {
  setTitle('Procedimenti');
  const entityId = me.entities[0];
  const { items } = await api('/api/v1/procedures', { auth: true });
  replace(
    view,
    h('h1', {}, `Procedimenti — ${entityName(entityId)}`),
    h('p', {}, h('a', { class: 'btn btn-primary', href: '?view=nuovo' }, 'Nuovo concorso')),
    items.length
      ? h(
          'table',
          { class: 'table' },
          h('caption', {}, `Procedimenti dell'ente (${items.length})`),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, 'Oggetto'),
              h('th', { scope: 'col' }, 'Fase'),
              h('th', { scope: 'col' }, 'Creato il'),
            ),
          ),
          h(
            'tbody',
            {},
            items.map((p) =>
              h(
                'tr',
                {},
                h('td', {}, h('a', { href: `?id=${encodeURIComponent(p.id)}` }, p.title)),
                h('td', {}, p.phaseLabel),
                h('td', {}, formatDateTime(p.createdAt)),
              ),
            ),
          ),
        )
      : h('p', {}, 'Nessun procedimento. Per iniziare, creare un concorso con «Nuovo concorso».'),
  );
}

// ---------------------------------------------------------------- new concorso

const DEMO = {
  title:
    'Concorso pubblico, per esami, per la copertura di n. 1 posto di Istruttore amministrativo contabile, categoria C, a tempo pieno e indeterminato',
  post: {
    count: 1,
    category: 'C',
    profile: 'Istruttore amministrativo contabile',
    pay: 'Stipendio tabellare della categoria C, posizione economica C1 (CCNL Funzioni locali), tredicesima mensilità, indennità di comparto',
  },
  general: [
    "Cittadinanza italiana o di uno Stato membro dell'Unione europea",
    'Età non inferiore a 18 anni',
    'Godimento dei diritti civili e politici',
    "Idoneità fisica all'impiego",
    'Assenza di condanne penali che impediscano la costituzione del rapporto di impiego con la pubblica amministrazione',
  ],
  specific: ['Diploma di scuola secondaria di secondo grado'],
  declarations: ['Possesso dei requisiti generali e specifici', 'Eventuali titoli di preferenza a parità di merito'],
  attachments: [
    'Ricevuta del versamento della tassa di concorso',
    "Copia di un documento d'identità in corso di validità",
  ],
  subjects: [
    'Ordinamento degli enti locali (D.Lgs. 267/2000)',
    'Contabilità e bilancio degli enti locali',
    'Diritto amministrativo',
    'Reati contro la pubblica amministrazione',
  ],
};

function postRow(prefix, i, values, onRemove, removable) {
  const p = `posts.${i}`;
  return group(
    p,
    `Posto n. ${i + 1}`,
    [
      h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-3' },
          field(prefix, {
            path: `${p}.count`,
            label: 'Numero di posti',
            kind: 'int',
            required: true,
            value: values.count,
            attrs: { min: '1' },
          }),
        ),
        h(
          'div',
          { class: 'col-md-3' },
          field(prefix, {
            path: `${p}.category`,
            label: 'Categoria',
            kind: 'select',
            required: true,
            value: values.category,
            options: [['', 'Selezionare'], ...CATEGORIES.map((c) => [c, c])],
          }),
        ),
        h(
          'div',
          { class: 'col-md-6' },
          field(prefix, {
            path: `${p}.profile`,
            label: 'Profilo professionale',
            required: true,
            value: values.profile,
          }),
        ),
      ),
      field(prefix, {
        path: `${p}.pay`,
        label: 'Trattamento economico',
        kind: 'textarea',
        rows: 2,
        required: true,
        value: values.pay,
      }),
      removable
        ? h(
            'button',
            { type: 'button', class: 'btn btn-outline-danger btn-sm mb-3', onclick: onRemove },
            `Rimuovi il posto n. ${i + 1}`,
          )
        : null,
    ],
    { legendClass: 'h6' },
  );
}

function reserveRow(prefix, i, values, onRemove) {
  const p = `reservedPercentages.${i}`;
  return group(
    p,
    `Riserva n. ${i + 1}`,
    [
      h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-8' },
          field(prefix, {
            path: `${p}.category`,
            label: 'Categoria riservataria',
            required: true,
            value: values.category,
          }),
        ),
        h(
          'div',
          { class: 'col-md-4' },
          field(prefix, {
            path: `${p}.percentage`,
            label: 'Percentuale dei posti',
            kind: 'decimal',
            required: true,
            value: values.percentage,
            attrs: { min: '0', max: '100' },
          }),
        ),
      ),
      h(
        'button',
        { type: 'button', class: 'btn btn-outline-danger btn-sm mb-3', onclick: onRemove },
        `Rimuovi la riserva n. ${i + 1}`,
      ),
    ],
    { legendClass: 'h6' },
  );
}

const PRIOR_MOBILITY_KINDS = [
  ['', 'Nessuna (non richiesta dalle regole scelte)'],
  ['MOBILITA', 'Mobilità in entrata attivata e conclusa senza assunzione'],
  ['ESENZIONE', 'Esenzione documentata'],
];

/**
 * The rule set to pin and the mobility attempt national law puts before a concorso (art. 30 c.2-bis
 * D.Lgs. 165/2001): the concluded incoming mobilities of the entity are offered as checkboxes.
 */
function priorMobilityFieldset(prefix) {
  const rules = h(
    'div',
    {},
    field(prefix, {
      path: 'ruleSet',
      label: 'Regole applicate',
      kind: 'select',
      options: [['', "Predefinite dell'ente"]],
    }),
  );
  const attempts = h(
    'div',
    { class: 'mt-2' },
    h('p', { class: 'form-text' }, 'Caricamento delle procedure di mobilità…'),
  );
  const exemption = h(
    'div',
    { hidden: true },
    field(prefix, { path: 'priorMobility.reason', label: "Motivo dell'esenzione", kind: 'textarea', rows: 2 }),
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, { path: 'priorMobility.act.number', label: "Numero dell'atto di esenzione" }),
      ),
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, { path: 'priorMobility.act.date', label: "Data dell'atto di esenzione", kind: 'date' }),
      ),
    ),
  );
  const kind = field(prefix, {
    path: 'priorMobility.kind',
    label: 'Mobilità preventiva',
    kind: 'select',
    options: PRIOR_MOBILITY_KINDS,
    hint: 'Con le regole nazionali il concorso si indice solo dopo la mobilità per gli stessi posti (art. 30 c. 2-bis D.Lgs. 165/2001), salvo esenzione documentata.',
  });
  const select = kind.querySelector('select');
  const sync = () => {
    attempts.hidden = select.value !== 'MOBILITA';
    exemption.hidden = select.value !== 'ESENZIONE';
  };
  select.addEventListener('change', sync);
  sync();
  (async () => {
    const [catalogue, list] = await Promise.all([
      api('/api/v1/terms/rules?procedure=concorso', { auth: true }),
      api(`/api/v1/procedures?entity=${encodeURIComponent(me.entities[0])}`, { auth: true }),
    ]);
    const ruleSelect = rules.querySelector('select');
    for (const ref of catalogue.complete ?? []) {
      const [id, version] = ref.split('@');
      const rs = catalogue.ruleSets.find((r) => r.id === id && String(r.version) === version);
      ruleSelect.append(h('option', { value: ref }, `${ref} — ${rs?.label ?? ''}`));
    }
    const closed = list.items.filter((p) => p.type === 'mobility' && p.variant === 'IN' && p.phase === 'CONCLUSA');
    replace(
      attempts,
      closed.length
        ? checkboxGroup(prefix, {
            path: 'priorMobility.procedureIds',
            legend: 'Procedure di mobilità in entrata concluse',
            options: closed.map((p) => [p.id, p.title]),
          })
        : h('p', { class: 'form-text' }, 'Nessuna mobilità in entrata conclusa per questo ente.'),
    );
  })().catch((error) => replace(attempts, h('p', { class: 'text-danger' }, asProblem(error).detail ?? 'Errore')));
  return h(
    'fieldset',
    { class: 'form-fieldset mb-4' },
    h('legend', { class: 'h5' }, 'Regole e mobilità preventiva'),
    rules,
    kind,
    attempts,
    exemption,
  );
}

/** Only the chosen kind's fields are sent; an empty choice sends nothing (the server decides if it is due). */
function priorMobilityBody(body) {
  const { priorMobility: pm, ...rest } = body;
  if (pm?.kind === 'MOBILITA')
    return { ...rest, priorMobility: { kind: pm.kind, procedureIds: pm.procedureIds ?? [] } };
  if (pm?.kind === 'ESENZIONE')
    return { ...rest, priorMobility: { kind: pm.kind, reason: pm.reason, act: { ...pm.act } } };
  return rest;
}

function renderCreate() {
  setTitle('Nuovo concorso');
  breadcrumb(['Nuovo concorso']);
  const prefix = 'nc';
  const summary = errorSummary(prefix);
  const form = h('form', { novalidate: true, 'aria-labelledby': 'nc-title' });
  const [posts, addPost] = repeatable(form, prefix, {
    path: 'posts',
    make: postRow,
    min: 1,
    initial: [DEMO.post],
    addLabel: 'Aggiungi posto',
  });
  const [reserves, addReserve] = repeatable(form, prefix, {
    path: 'reservedPercentages',
    make: reserveRow,
    min: 0,
    initial: [],
    addLabel: 'Aggiungi riserva',
  });
  form.append(
    summary,
    h('p', {}, 'I campi contrassegnati con ', h('span', { class: 'required-mark' }, '*'), ' sono obbligatori.'),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Ente e oggetto'),
      field(prefix, {
        path: 'entityId',
        label: 'Ente',
        kind: 'select',
        required: true,
        value: me.entities[0],
        options: me.entities.map((id) => [id, entityName(id)]),
      }),
      field(prefix, {
        path: 'title',
        label: 'Oggetto del concorso',
        kind: 'textarea',
        rows: 2,
        required: true,
        value: DEMO.title,
      }),
      field(prefix, {
        path: 'competitionType',
        label: 'Tipo di concorso',
        kind: 'select',
        required: true,
        value: 'PER_ESAMI',
        options: COMPETITION_TYPES,
      }),
    ),
    group('indizione', 'Determinazione di indizione', [
      h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-6' },
          field(prefix, {
            path: 'indizione.number',
            label: 'Numero della determinazione',
            required: true,
            value: '1/2026',
          }),
        ),
        h(
          'div',
          { class: 'col-md-6' },
          field(prefix, {
            path: 'indizione.date',
            label: 'Data della determinazione',
            kind: 'date',
            required: true,
            value: today(),
            hint: 'Non può essere futura.',
          }),
        ),
      ),
    ]),
    priorMobilityFieldset(prefix),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Posti messi a concorso'),
      posts,
      addPost,
      checkbox(prefix, { path: 'partTimeConvertible', label: 'Posti trasformabili a tempo parziale' }),
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Riserve di posti (facoltativo)'),
      h('p', { class: 'form-text mt-0 mb-4' }, 'Ad esempio: volontari delle Forze armate (D.Lgs. 66/2010).'),
      reserves,
      addReserve,
    ),
    group('requirements', 'Requisiti di ammissione', [
      field(prefix, {
        path: 'requirements.general',
        label: 'Requisiti generali',
        kind: 'list',
        rows: 5,
        required: true,
        value: DEMO.general,
        hint: 'Uno per riga.',
      }),
      field(prefix, {
        path: 'requirements.specific',
        label: 'Requisiti specifici (facoltativo)',
        kind: 'list',
        rows: 2,
        value: DEMO.specific,
        hint: 'Uno per riga, ad esempio il titolo di studio richiesto.',
      }),
      group(
        'requirements.ageLimit',
        'Limite massimo di età (facoltativo)',
        [
          field(prefix, {
            path: 'requirements.ageLimit.maxAge',
            label: 'Età massima',
            kind: 'int',
            attrs: { min: '18', max: '70' },
          }),
          field(prefix, {
            path: 'requirements.ageLimit.motivation',
            label: 'Motivazione del limite di età',
            kind: 'textarea',
            rows: 2,
          }),
        ],
        {
          optional: true,
          legendClass: 'h6',
          hint: 'Solo se giustificato dalla natura del servizio o da oggettive necessità.',
        },
      ),
      checkbox(prefix, {
        path: 'blindnessImpediment',
        label: 'La cecità costituisce impedimento allo svolgimento delle mansioni (L. 120/1991)',
      }),
    ]),
    checkboxGroup(prefix, {
      path: 'submissionMethods',
      legend: 'Modalità di presentazione della domanda',
      required: true,
      options: SUBMISSION_METHODS,
      values: ['ONLINE', 'RACCOMANDATA_AR', 'PEC'],
    }),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Dichiarazioni e allegati richiesti'),
      field(prefix, {
        path: 'requiredDeclarations',
        label: 'Dichiarazioni richieste nella domanda (facoltativo)',
        kind: 'list',
        rows: 3,
        value: DEMO.declarations,
        hint: 'Una per riga.',
      }),
      field(prefix, {
        path: 'requiredAttachments',
        label: 'Allegati richiesti (facoltativo)',
        kind: 'list',
        rows: 3,
        value: DEMO.attachments,
        hint: 'Uno per riga.',
      }),
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, "Prove d'esame e tassa"),
      field(prefix, {
        path: 'writtenOralSubjects',
        label: "Materie d'esame (prove scritte e orale)",
        kind: 'list',
        rows: 4,
        required: true,
        value: DEMO.subjects,
        hint: 'Una per riga.',
      }),
      h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-4' },
          field(prefix, {
            path: 'oralAdmissionMinScore',
            label: "Punteggio minimo per l'ammissione all'orale (su 30)",
            kind: 'decimal',
            value: 21,
            attrs: { min: '0', max: '30' },
          }),
        ),
        h(
          'div',
          { class: 'col-md-4' },
          field(prefix, {
            path: 'preselectionThreshold',
            label: 'Soglia di candidati per la preselezione (facoltativo)',
            kind: 'int',
            attrs: { min: '1' },
          }),
        ),
        h(
          'div',
          { class: 'col-md-4' },
          field(prefix, {
            path: 'applicationFee',
            label: 'Tassa di concorso (euro)',
            kind: 'decimal',
            value: 10.33,
            attrs: { min: '0' },
          }),
        ),
      ),
    ),
    group('responsibleOfficer', 'Responsabile del procedimento', [
      h(
        'div',
        { class: 'row' },
        h(
          'div',
          { class: 'col-md-6' },
          field(prefix, { path: 'responsibleOfficer.name', label: 'Nome e cognome', required: true, value: me.name }),
        ),
        h(
          'div',
          { class: 'col-md-6' },
          field(prefix, {
            path: 'responsibleOfficer.email',
            label: 'Indirizzo e-mail',
            kind: 'email',
            required: true,
            value: me.email,
            hint: 'Riceve i promemoria delle scadenze.',
          }),
        ),
      ),
    ]),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Crea concorso'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      try {
        const body = priorMobilityBody(readForm(form));
        const created = await api('/api/v1/procedures', { method: 'POST', auth: true, body });
        location.href = `?id=${encodeURIComponent(created.id)}&creato=1`;
      } catch (error) {
        showProblem(form, summary, asProblem(error));
      }
    });
  });
  replace(
    view,
    h('h1', { id: 'nc-title' }, 'Nuovo concorso'),
    h('p', {}, 'Riportare i dati del bando approvato con la determinazione di indizione.'),
    form,
  );
}

const asProblem = (error) =>
  error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };

// ---------------------------------------------------------------- detail

function summaryList(rows) {
  return h(
    'dl',
    { class: 'summary-list' },
    rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

const bullets = (items) =>
  items?.length
    ? h(
        'ul',
        { class: 'mb-0' },
        items.map((i) => h('li', {}, i)),
      )
    : 'Nessuno';
const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });

/** The attempt or exemption the indizione relied on (art. 30 c.2-bis), as recorded at creation. */
function priorMobilityText(pm) {
  if (!pm) return undefined;
  if (pm.kind === 'ESENZIONE')
    return `Esenzione: ${pm.reason} (atto n. ${pm.act.number} del ${formatDate(pm.act.date)}) — ${pm.basis}`;
  return bullets(
    pm.attempts.map(
      (a) =>
        `${a.title}: conclusa il ${formatDate(a.closedOn)} senza assunzione (${a.outcome}; ${a.act}) — ${pm.basis}`,
    ),
  );
}

function bandoSection(p) {
  const b = p.data.bando;
  const pub = p.data.publication;
  return h(
    'section',
    { 'aria-labelledby': 'bando-title', class: 'mb-5' },
    h('h2', { id: 'bando-title' }, 'Bando'),
    summaryList([
      ['Ente', entityName(p.entityId)],
      ['Tipo di concorso', labelOf(COMPETITION_TYPES, b.competitionType)],
      ['Determinazione di indizione', `n. ${b.indizione.number} del ${formatDate(b.indizione.date)}`],
      ['Mobilità preventiva', priorMobilityText(p.data.priorMobility)],
      ['Posti', bullets(b.posts.map((x) => `${x.count} × ${x.profile}, categoria ${x.category} — ${x.pay}`))],
      ['Tempo parziale', b.partTimeConvertible ? 'Posti trasformabili a tempo parziale' : 'No'],
      [
        'Riserve',
        b.reservedPercentages?.length
          ? bullets(b.reservedPercentages.map((r) => `${r.category}: ${r.percentage}%`))
          : 'Nessuna',
      ],
      ['Requisiti generali', bullets(b.requirements.general)],
      ['Requisiti specifici', bullets(b.requirements.specific)],
      [
        'Limite di età',
        b.requirements.ageLimit
          ? `${b.requirements.ageLimit.maxAge} anni — ${b.requirements.ageLimit.motivation}`
          : 'Nessuno',
      ],
      ['Cecità come impedimento', b.blindnessImpediment ? 'Sì' : 'No'],
      ['Modalità di presentazione', bullets(b.submissionMethods.map((m) => labelOf(SUBMISSION_METHODS, m)))],
      ['Dichiarazioni richieste', bullets(b.requiredDeclarations)],
      ['Allegati richiesti', bullets(b.requiredAttachments)],
      ["Materie d'esame", bullets(b.writtenOralSubjects)],
      ["Minimo per l'orale", `${b.oralAdmissionMinScore}/30`],
      ['Preselezione', b.preselectionThreshold ? `oltre ${b.preselectionThreshold} candidati` : 'Non prevista'],
      ['Tassa di concorso', euro.format(b.applicationFee)],
      ['Responsabile del procedimento', `${b.responsibleOfficer.name} (${b.responsibleOfficer.email})`],
      [
        'Pubblicazione in Gazzetta Ufficiale',
        pub ? `${formatDate(pub.guriPublicationDate)} — ${pub.guriReference}` : 'Non ancora registrata',
      ],
      ["Pubblicazione all'albo", pub?.alboPublicationDate ? formatDate(pub.alboPublicationDate) : undefined],
      ['Modifiche del bando', amendmentsList(p)],
    ]),
  );
}

function publishSection(p, reload) {
  const prefix = 'gu';
  const summary = errorSummary(prefix, 3);
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'gu-title' },
    summary,
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, {
          path: 'guriPublicationDate',
          label: 'Data di pubblicazione in Gazzetta Ufficiale',
          kind: 'date',
          required: true,
          value: today(),
          hint: 'Dal giorno successivo decorrono i 30 giorni per le domande.',
        }),
      ),
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, {
          path: 'alboPublicationDate',
          label: "Data di pubblicazione all'albo pretorio (facoltativo)",
          kind: 'date',
        }),
      ),
    ),
    field(prefix, {
      path: 'guriReference',
      label: 'Estremi della Gazzetta Ufficiale',
      required: true,
      hint: 'Ad esempio: G.U. 4ª serie speciale «Concorsi ed esami» n. 92.',
    }),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Registra pubblicazione'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      try {
        const body = { ...readForm(form), expectedVersion: p.version };
        const outcome = await api(`/api/v1/procedures/${encodeURIComponent(p.id)}/actions/publish-guri`, {
          method: 'POST',
          auth: true,
          body,
        });
        const deadline = outcome?.deadlines?.[0];
        await reload(
          `Pubblicazione registrata. ${deadline ? `Termine per le domande: ${formatDate(deadline.dueDate)}.` : ''}`,
        );
      } catch (error) {
        const problem = asProblem(error);
        const reloadButton =
          problem.status === 409
            ? h(
                'button',
                { type: 'button', class: 'btn btn-outline-primary btn-sm mt-2', onclick: () => reload() },
                'Ricarica il procedimento',
              )
            : null;
        showProblem(form, summary, problem, reloadButton);
      }
    });
  });
  return h(
    'section',
    { 'aria-labelledby': 'gu-title', class: 'mb-5' },
    h('h2', { id: 'gu-title' }, 'Registra pubblicazione in Gazzetta Ufficiale'),
    h(
      'p',
      {},
      'Registrata la pubblicazione, il sistema calcola il termine per la presentazione delle domande e apre le domande online.',
    ),
    form,
  );
}

function deadlinesSection(p, reload) {
  const deadlines = p.deadlines ?? [];
  return h(
    'section',
    { 'aria-labelledby': 'terms-title', class: 'mb-5' },
    h('h2', { id: 'terms-title' }, 'Termini'),
    deadlines.length
      ? h(
          'div',
          { class: 'table-responsive' },
          h(
            'table',
            { class: 'table' },
            h('caption', {}, 'Termini del procedimento, con il fondamento normativo e il calcolo'),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, 'Termine'),
                h('th', { scope: 'col' }, 'Scadenza'),
                h('th', { scope: 'col' }, 'Stato'),
                h('th', { scope: 'col' }, 'Fondamento e calcolo'),
              ),
            ),
            h(
              'tbody',
              {},
              deadlines.map((d) =>
                h(
                  'tr',
                  {},
                  h(
                    'th',
                    { scope: 'row', class: 'fw-normal' },
                    d.label,
                    d.peremptory ? h('div', { class: 'small text-muted' }, 'Termine perentorio') : null,
                  ),
                  h(
                    'td',
                    {},
                    dueText(d),
                    d.rolledForward ? h('div', { class: 'small' }, 'Spostato al primo giorno non festivo') : null,
                    d.status === 'SUSPENDED'
                      ? h('div', { class: 'small' }, 'Termine sospeso: la scadenza sarà ricalcolata alla ripresa')
                      : null,
                    d.clockOps?.length
                      ? h(
                          'div',
                          { class: 'small' },
                          `${d.clockOps.length === 1 ? '1 operazione registrata' : `${d.clockOps.length} operazioni registrate`} sul termine`,
                        )
                      : null,
                  ),
                  h(
                    'td',
                    {},
                    deadlineStatus(d),
                    d.expiredAt ? h('div', { class: 'small' }, `Rilevato il ${formatDateTime(d.expiredAt)}`) : null,
                    d.late
                      ? h('div', {}, h('span', { class: 'badge bg-warning text-dark' }, 'oltre il termine'))
                      : null,
                  ),
                  h('td', {}, citationDetails(d)),
                ),
              ),
            ),
          ),
        )
      : h(
          'p',
          {},
          'Nessun termine ancora: il termine per le domande è calcolato quando si registra la pubblicazione in Gazzetta Ufficiale.',
        ),
    termOperations(p, reload, today()),
    p.reminders?.length
      ? [
          h('h3', { class: 'h5' }, 'Promemoria al responsabile del procedimento'),
          h(
            'ul',
            {},
            p.reminders
              .slice()
              .sort((a, b) => (a.at < b.at ? -1 : 1))
              .map((r) =>
                h(
                  'li',
                  {},
                  `${r.daysBefore === 0 ? 'Il giorno della scadenza' : `${r.daysBefore} ${r.daysBefore === 1 ? 'giorno' : 'giorni'} prima`} (${formatDateTime(r.at)}): ${labelOf(REMINDER_STATUS, r.status)}`,
                ),
              ),
          ),
        ]
      : null,
  );
}

/** The signed list (art. 84): how many attached, what is missing for the admission, what to ask for later. */
function attachmentsCell(a) {
  const n = a.attachments?.length ?? 0;
  return [
    h('span', {}, n === 1 ? '1 allegato' : `${n} allegati`),
    a.attachmentDefects?.length
      ? h(
          'ul',
          { class: 'text-danger small mb-0' },
          a.attachmentDefects.map((d) => h('li', {}, d)),
        )
      : null,
    a.toProduceOnRequest?.length
      ? h('p', { class: 'small mb-0' }, `Da esibire su richiesta (art. 84 c.2): ${a.toProduceOnRequest.join('; ')}`)
      : null,
  ];
}

function applicationsSection(items) {
  return h(
    'section',
    { 'aria-labelledby': 'apps-title', class: 'mb-5' },
    h('h2', { id: 'apps-title' }, 'Domande ricevute'),
    items.length
      ? h(
          'div',
          { class: 'table-responsive' },
          h(
            'table',
            { class: 'table' },
            h('caption', {}, `Domande ricevute (${items.length}), in ordine di protocollo`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Protocollo', 'Candidato', 'Codice fiscale', 'Canale', 'Spedita il', 'Ricevuta il', 'Allegati'].map(
                  (c) => h('th', { scope: 'col' }, c),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              items.map((a) =>
                h(
                  'tr',
                  {},
                  h('th', { scope: 'row', class: 'mono fw-normal' }, a.protocolNumber),
                  h('td', {}, `${a.lastName} ${a.firstName}`),
                  h('td', { class: 'mono' }, a.taxCode),
                  h('td', {}, labelOf(CHANNELS, a.channel)),
                  h('td', {}, formatDate(a.sentDate)),
                  h('td', {}, formatDate(a.receivedDate)),
                  h('td', { 'data-attachments': a.id }, attachmentsCell(a)),
                ),
              ),
            ),
          ),
        )
      : h('p', {}, 'Nessuna domanda ricevuta.'),
  );
}

function paperSection(p, reload) {
  const prefix = 'pa';
  const summary = errorSummary(prefix, 3);
  const open = p.phase === 'PUBLISHED' || p.phase === 'APPLICATIONS_CLOSED';
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'paper-title' },
    summary,
    h('p', {}, 'I campi contrassegnati con ', h('span', { class: 'required-mark' }, '*'), ' sono obbligatori.'),
    paperFieldset(prefix, today()),
    applicationFieldsets(prefix),
    attachmentsFieldset(prefix, p.data.bando.requiredAttachments),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Registra domanda'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      try {
        const app = await api(`/api/v1/procedures/${encodeURIComponent(p.id)}/paper-applications`, {
          method: 'POST',
          auth: true,
          body: withAttachments(readForm(form), p.data.bando.requiredAttachments),
        });
        await reload(`Domanda cartacea registrata con protocollo ${app.protocolNumber}.`);
      } catch (error) {
        showProblem(form, summary, asProblem(error));
      }
    });
  });
  return h(
    'section',
    { 'aria-labelledby': 'paper-title', class: 'mb-5' },
    h('h2', { id: 'paper-title' }, 'Registra domanda cartacea'),
    open
      ? [
          h(
            'p',
            {},
            'Domande arrivate per raccomandata, PEC o consegna a mano: sono ammesse se spedite entro il termine e ricevute entro i 5 giorni lavorativi successivi.',
          ),
          h(
            'details',
            {},
            h('summary', { class: 'btn btn-outline-primary mb-3' }, 'Compila la domanda cartacea'),
            form,
          ),
        ]
      : h(
          'p',
          {},
          p.phase === 'BANDO_ADOPTED'
            ? 'Le domande si registrano dopo la pubblicazione del bando in Gazzetta Ufficiale.'
            : 'Il periodo per ricevere le domande cartacee è concluso.',
        ),
  );
}

function auditSection(audit) {
  const v = audit.verification;
  return h(
    'section',
    { 'aria-labelledby': 'audit-title', class: 'mb-5' },
    h('h2', { id: 'audit-title' }, 'Registro di audit'),
    v.ok
      ? h(
          'div',
          { class: 'alert alert-success' },
          h('strong', {}, `Catena di audit verificata: ${v.length} eventi`),
          h('div', { class: 'small mono' }, `Impronta finale: ${v.head}`),
        )
      : h(
          'div',
          { class: 'alert alert-danger', role: 'alert' },
          h('strong', {}, `Catena di audit interrotta all'evento n. ${v.seq}`),
          h('div', {}, `Motivo: ${v.reason}`),
        ),
    h(
      'ol',
      { class: 'audit-timeline' },
      audit.events.map((e) =>
        h(
          'li',
          {},
          h('h3', { class: 'h6 mb-1' }, `${e.seq}. ${labelOf(EVENT_TYPES, e.type)}`),
          summaryList([
            ['Evento', h('span', { class: 'mono' }, e.type)],
            ['Autore', `${e.actor.name} (${labelOf(ROLES, e.actor.role)})`],
            ['Data giuridica', e.legalDate ? formatDate(e.legalDate) : undefined],
            ['Registrato il', formatDateTime(e.recordedAt)],
            ['Fondamento', e.payload?.basis ?? (e.payload?.citation ? citationText(e.payload.citation) : undefined)],
          ]),
          h(
            'details',
            { class: 'small' },
            h('summary', {}, 'Dati e impronta'),
            h('pre', { class: 'mono' }, JSON.stringify(e.payload, null, 2)),
            h('div', { class: 'mono' }, `Impronta: ${e.hash}`),
            h('div', { class: 'mono' }, `Impronta precedente: ${e.prevHash}`),
          ),
        ),
      ),
    ),
  );
}

async function renderDetail(id) {
  const base = `/api/v1/procedures/${encodeURIComponent(id)}`;
  const status = h('div', { 'aria-live': 'polite', role: 'status' });

  const load = async (message) => {
    view.setAttribute('aria-busy', 'true');
    let p;
    let apps;
    let audit;
    try {
      [p, apps, audit] = await Promise.all([
        api(base, { auth: true }),
        api(`${base}/applications`, { auth: true }),
        api(`${base}/audit`, { auth: true }),
      ]);
    } catch (error) {
      view.removeAttribute('aria-busy');
      return viewError(error, 'Procedimento non disponibile');
    }
    setTitle(p.title);
    breadcrumb([p.title]);
    const active = document.activeElement;
    const keepFocus = active && !view.contains(active) ? active : null;
    replace(
      view,
      h('h1', { id: 'proc-title', tabindex: '-1' }, p.title),
      summaryList([
        ['Fase', h('strong', { 'data-phase': p.phase }, p.phaseLabel)],
        ['Domande ricevute', String(p.applicationCount ?? apps.items.length)],
        ['Versione', String(p.version)],
        ['Regole applicate', p.ruleSet],
        ['Creato il', formatDateTime(p.createdAt)],
      ]),
      status,
      p.phase === 'BANDO_ADOPTED' ? publishSection(p, load) : null,
      concorsoActs(p, load, today()),
      regularisationSection(p, apps.items, load, today()),
      admissionSection(p, apps.items, load, today()),
      boardSection(p, apps.items, load, today()),
      titlesSection(p, apps.items, load, today()),
      examsSection(p, apps.items, load, today()),
      deadlinesSection(p, load),
      p.phase !== 'BANDO_ADOPTED'
        ? h(
            'p',
            {},
            h('a', { href: `/concorsi/?id=${encodeURIComponent(p.id)}` }, 'Vedi la pagina pubblica del concorso'),
          )
        : null,
      applicationsSection(apps.items),
      paperSection(p, load),
      publicationsSection(p, load, today()),
      auditSection(audit),
      bandoSection(p),
    );
    view.removeAttribute('aria-busy');
    announce(status, message, 'success');
    if (message) {
      document.getElementById('proc-title').focus();
    } else if (keepFocus) keepFocus.focus();
  };

  const created = params.get('creato');
  // Said once: reloading the page does not repeat it.
  if (created) history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
  await load(created ? 'Concorso creato. Registrare ora la pubblicazione in Gazzetta Ufficiale.' : undefined);
  currentRefresh = () => load();
}

// ---------------------------------------------------------------- local tools

let currentRefresh = null;

async function renderLocalTools() {
  const clock = await local('/_local/clock').catch(() => null);
  if (!clock) return;
  localClock = clock;
  const info = await local('/_local/info').catch(() => null);
  const nowText = h('strong', {});
  const offsetText = h('span', {});
  const result = h('div', { 'aria-live': 'polite', role: 'status', class: 'mt-3' });

  const showClock = (c) => {
    localClock = c;
    nowText.textContent = formatDateTime(c.now);
    const days = c.offsetMs / 86_400_000;
    offsetText.textContent =
      Math.abs(c.offsetMs) < 60_000
        ? ' (ora reale)'
        : ` (${days > 0 ? 'avanti' : 'indietro'} di ${Math.abs(days).toLocaleString('it-IT', { maximumFractionDigits: 2 })} giorni rispetto all'ora reale)`;
  };
  showClock(clock);

  const moveClock = async (body, what) => {
    try {
      const c = await api('/_local/clock', { method: 'POST', body });
      showClock(c);
      announce(result, `${what} Data e ora simulate: ${formatDateTime(c.now)}.`, 'info');
      await currentRefresh?.();
    } catch (error) {
      announce(result, asProblem(error).detail, 'danger');
    }
  };

  const target = h('input', {
    type: 'datetime-local',
    id: 'lt-target',
    class: 'form-control',
    'aria-describedby': 'lt-target-hint',
  });
  const targetForm = h(
    'form',
    { class: 'mt-3', novalidate: true },
    h(
      'div',
      { class: 'form-group mb-2' },
      h('label', { for: 'lt-target', class: 'active' }, 'Porta l’orologio a'),
      target,
      h('div', { id: 'lt-target-hint', class: 'form-text' }, 'Data e ora italiane.'),
    ),
    h('button', { type: 'submit', class: 'btn btn-outline-primary btn-sm' }, 'Imposta data e ora'),
  );
  targetForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const iso = romeWallTimeToIso(target.value);
    if (!iso) {
      announce(result, 'Indicare una data e un’ora.', 'warning');
      target.focus();
      return;
    }
    moveClock({ to: iso }, 'Orologio spostato.');
  });

  const sweep = async () => {
    try {
      const r = await api('/_local/sweep', { method: 'POST' });
      const text = r
        ? `Scadenzario eseguito: ${r.due} elementi in scadenza, ${r.expired} termini scaduti, ${r.reminders} promemoria, ${r.messages} messaggi, ${r.skipped} saltati, ${r.failed} non riusciti.`
        : 'Scadenzario eseguito.';
      announce(result, text, r?.failed ? 'warning' : 'success');
      await currentRefresh?.();
    } catch (error) {
      announce(result, asProblem(error).detail, 'danger');
    }
  };

  const button = (text, onclick, cls = 'btn-outline-primary') =>
    h('button', { type: 'button', class: `btn ${cls} btn-sm me-2 mb-2`, onclick }, text);

  replace(
    document.getElementById('local-tools-slot'),
    h(
      'aside',
      { class: 'local-tools', 'aria-labelledby': 'lt-title' },
      h('h2', { id: 'lt-title', class: 'h5' }, 'Strumenti locali'),
      h('p', { class: 'small' }, "Solo nell'installazione locale: orologio simulato e scadenzario."),
      h('p', {}, 'Data e ora simulate: ', nowText, offsetText),
      button('Avanza di 1 giorno', () => moveClock({ advanceDays: 1 }, 'Orologio avanzato di 1 giorno.')),
      button('Avanza di 7 giorni', () => moveClock({ advanceDays: 7 }, 'Orologio avanzato di 7 giorni.')),
      button(
        'Torna all’ora reale',
        () => moveClock({ reset: true }, 'Orologio riportato all’ora reale.'),
        'btn-outline-secondary',
      ),
      targetForm,
      h('div', { class: 'mt-3' }, button('Esegui scadenzario ora', sweep, 'btn-primary')),
      result,
      info?.urls?.ses
        ? h(
            'p',
            { class: 'mt-3 mb-0' },
            h(
              'a',
              { href: info.urls.ses, target: '_blank', rel: 'noopener' },
              'Posta in uscita (locale)',
              h('span', { class: 'visually-hidden' }, ' (si apre in una nuova scheda)'),
            ),
          )
        : null,
    ),
  );
}

// ---------------------------------------------------------------- start

async function main() {
  const tools = renderLocalTools();
  await tools.catch(() => {});
  if (!getToken()) return renderSignIn();
  try {
    [me, { items: entities }] = await Promise.all([api('/api/v1/me', { auth: true }), api('/api/v1/entities')]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      clearToken();
      return renderSignIn();
    }
    return viewError(error);
  }
  // Without a role of the personnel office: the disciplinary authority's console, or the employee's area.
  if (!me.roles?.some((r) => r === 'HR_OFFICER' || r === 'HR_HEAD')) {
    if (me.roles?.some((r) => DISCIPLINE_ROLES.includes(r))) return location.replace('/hr/discipline.html');
    if (me.roles?.includes('EMPLOYEE')) return location.replace('/dipendente/');
    if (me.roles?.includes('CANDIDATE')) return location.replace('/nomina/');
  }
  renderSession();
  renderNav();
  const ctx = { view, me, entityName, setTitle, breadcrumb, today };
  try {
    const id = params.get('id');
    const which = params.get('view');
    if (id) await renderDetail(id);
    else if (which === 'nuovo') renderCreate();
    else if (which === 'termini') await renderCalculator(ctx);
    else if (which === 'calendario') await renderCalendar(ctx);
    else if (which === 'agenda') {
      await renderAgenda(ctx);
      currentRefresh = () => renderAgenda(ctx);
    } else {
      await renderDashboard();
      currentRefresh = renderDashboard;
    }
  } catch (error) {
    viewError(error);
  }
  view.removeAttribute('aria-busy');
}

main();
