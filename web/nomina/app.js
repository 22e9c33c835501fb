/**
 * The appointed person's page: their appointment (GET /api/v1/contracts answers only their own), what
 * they must do and by when — the documents to present, the contract to sign, the service to take, within
 * the 30-day term from receipt, with its citation —, the contract to read, and their own acts: present
 * the documents, declare the option for the post, renounce.
 *
 * Views by query string: `/nomina/` (own appointments), `?id=<appointment>`, `?id=<appointment>&contratto=<n>`.
 */
import { api } from '../shared/api.js';
import { contractActsSection } from '../shared/contract-acts.js';
import { CONTRACT_TERMS } from '../shared/contract-labels.js';
import {
  appointmentCommunications,
  appointmentSummary,
  appointmentTerms,
  contractsSection,
  renderContractDocument,
} from '../shared/contract-view.js';
import { section } from '../shared/discipline-case.js';
import { boundTerm, dueWords } from '../shared/discipline-forms.js';
import { breadcrumb, hasRole, procedurePage, setTitle, startPage, viewError } from '../shared/discipline-shell.js';
import { formatDate, formatDateTime, h, replace } from '../shared/ui.js';

const APP = 'La mia nomina';
const HOME = '/nomina/';
const view = document.getElementById('view');
const params = new URLSearchParams(location.search);

let session;

const title = (text) => setTitle(text, APP);
const appointmentHref = (id) => `${HOME}?id=${encodeURIComponent(id)}`;

async function renderList() {
  title('Le mie nomine');
  const { items: all } = await api('/api/v1/contracts', { auth: true });
  const items = all.filter((x) => x.source);
  replace(
    view,
    h('h1', {}, 'Le mie nomine'),
    h(
      'p',
      {},
      'Le nomine che la riguardano: che cosa deve fare e entro quando, il contratto da leggere e gli atti che può compiere.',
    ),
    items.length
      ? h(
          'ul',
          { class: 'list-unstyled' },
          items.map((c) =>
            h(
              'li',
              { class: 'card card-bg mb-3', 'data-appointment': c.id },
              h(
                'div',
                { class: 'card-body' },
                h('h2', { class: 'h5 card-title' }, h('a', { href: appointmentHref(c.id) }, c.title)),
                h('p', { class: 'mb-1' }, `Fase: ${c.phaseLabel}`),
                h('p', { class: 'small mb-0' }, `Ultimo aggiornamento: ${formatDateTime(c.updatedAt)}`),
              ),
            ),
          ),
        )
      : h('p', {}, 'Nessuna nomina la riguarda.'),
  );
}

/** What the appointee must do, and by when: the 30 days from receipt (art. 108 c.2) and the option (c.3). */
function toDo(c) {
  const d = c.data;
  if (c.phase === 'NOMINA_IN_NOTIFICA') {
    return h(
      'div',
      { class: 'alert alert-info' },
      h('p', { class: 'fw-semibold mb-1' }, 'La comunicazione di nomina è in consegna.'),
      h(
        'p',
        { class: 'mb-0' },
        'Dal giorno in cui la riceve decorrono trenta giorni per presentare i documenti, sottoscrivere il contratto individuale e prendere servizio.',
      ),
    );
  }
  if (c.phase !== 'IN_ATTESA_PRESA_SERVIZIO') return null;
  const term = boundTerm(c, CONTRACT_TERMS.takeUpService);
  const option = d.incompatibility && !d.option ? boundTerm(c, CONTRACT_TERMS.option) : null;
  const steps = [
    [
      "Presentare i documenti richiesti per l'assunzione",
      d.documents ? `presentati il ${formatDate(d.documents.presentedOn)}` : 'da presentare',
    ],
    [
      'Sottoscrivere il contratto individuale di lavoro',
      d.contracts?.length
        ? `sottoscritto il ${formatDate(d.contracts.at(-1).signedOn)}`
        : "con l'ufficio del personale",
    ],
    ['Prendere servizio', 'alla data concordata'],
  ];
  return h(
    'div',
    { class: 'alert alert-info', 'data-term': term?.id },
    term
      ? h('p', { class: 'fw-semibold mb-1' }, `Entro ${dueWords(term)} deve:`)
      : h('p', { class: 'fw-semibold mb-1' }, 'Entro trenta giorni dal ricevimento della nomina deve:'),
    h(
      'ol',
      { class: 'mb-2' },
      steps.map(([what, state]) => h('li', {}, `${what} — ${state}.`)),
    ),
    option
      ? h(
          'p',
          { class: 'mb-2' },
          `Poiché è titolare di altro impiego (${d.incompatibility.currentEmployer}), entro ${dueWords(option)} deve dichiarare per quale posto opta; in mancanza la nomina è inefficace (art. 108 c.3).`,
        )
      : null,
    h(
      'p',
      { class: 'small mb-0' },
      "Termine perentorio (art. 108 c.2 del Regolamento degli uffici e dei servizi): in mancanza sarà dichiarato/a decaduto/a dalla nomina. L'elenco dei documenti richiesti le è indicato dall'ufficio del personale.",
    ),
  );
}

/** The documents presented so far, or what is still owed. */
function documentsSection(c) {
  const docs = c.data.documents;
  return section(
    'documents-title',
    'Documenti per l’assunzione',
    docs
      ? [
          h('p', {}, `Presentati il ${formatDate(docs.presentedOn)}:`),
          h(
            'ul',
            {},
            docs.items.map((x) => h('li', {}, x)),
          ),
        ]
      : h(
          'p',
          {},
          "Non ha ancora presentato i documenti richiesti per l'assunzione: può farlo da questa pagina, tra gli atti, entro il termine.",
        ),
  );
}

async function renderAppointment(id) {
  await procedurePage(view, {
    home: HOME,
    errorTitle: 'Nomina non disponibile',
    titleId: 'appointment-title',
    fetch: () => api(`/api/v1/contracts/${encodeURIComponent(id)}`, { auth: true }),
    render: async (c, { status, reload }) => {
      const version = Number(params.get('contratto'));
      if (version) {
        title(await renderContractDocument(view, c, version, appointmentHref(c.id)));
        breadcrumb([c.title, appointmentHref(c.id)], [`Contratto, versione ${version}`]);
        return null;
      }
      title(c.title);
      breadcrumb([c.title]);
      const reader = { hr: false, head: false, resp: false, own: true };
      const ctx = { c, reader, me: session.me, today: session.today, reload };
      return [
        h('h1', { id: 'appointment-title', tabindex: '-1' }, c.title),
        status,
        toDo(c),
        appointmentSummary(c),
        documentsSection(c),
        contractActsSection(ctx),
        appointmentTerms(c),
        contractsSection(c, (v) => `${appointmentHref(c.id)}&contratto=${v}`),
        appointmentCommunications(c, 'Comunicazioni ricevute'),
      ];
    },
  });
}

async function main() {
  session = await startPage({
    view,
    home: HOME,
    appName: APP,
    signInText: 'Accedere per consultare la propria nomina, presentare i documenti e leggere il contratto.',
  });
  if (!session) return;
  if (hasRole(session.me, 'HR_OFFICER', 'HR_HEAD')) {
    location.replace(
      params.get('id') ? `/hr/contracts.html?id=${encodeURIComponent(params.get('id'))}` : '/hr/contracts.html',
    );
    return;
  }
  try {
    const id = params.get('id');
    if (id) await renderAppointment(id);
    else await renderList();
  } catch (error) {
    viewError(view, error, HOME);
  }
  view.removeAttribute('aria-busy');
}

main();
