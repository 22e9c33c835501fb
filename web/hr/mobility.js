/**
 * The HR console's "Mobilità" section: the entity's mobility procedures by variant; the forms that open
 * one — an incoming notice (art. 107bis), an outgoing request filed for an employee (art. 74), an internal
 * transfer ex officio or on request (art. 76); and a procedure's page — what is asked, the checks with
 * their reasons and citations, the opinions, the decision, the terms, the applications, board and
 * evaluation of an incoming selection and its hand-off to contract formation, the four communications
 * of an internal transfer and its execution — with the acts allowed now as forms. The head of service
 * opens a request here, by its link, to give the opinion.
 *
 * Views by query string: `/hr/mobility.html` (procedures), `?view=avviso`, `?view=uscita`, `?view=interna`,
 * `?id=<procedure>`.
 */
import { api } from '../shared/api.js';
import { section, table, termsSection } from '../shared/discipline-case.js';
import { dateField, facts, requiredNote, row, select, submitForm } from '../shared/discipline-forms.js';
import {
  breadcrumb,
  hasRole,
  procedurePage,
  RESERVED,
  renderSections,
  reserved,
  setTitle,
  startPage,
  viewError,
} from '../shared/discipline-shell.js';
import { requestForm } from '../shared/mobility-forms.js';
import { INCOMING_POST_KINDS, NEGATIVE_OUTCOMES, VARIANTS } from '../shared/mobility-labels.js';
import {
  applicationsSection,
  boardSection,
  checksSection,
  mobilitySummary,
  opinionsSection,
  transferCommunicationsSection,
} from '../shared/mobility-view.js';
import { errorSummary, field, formatDate, formatDateTime, group, h, readForm, replace } from '../shared/ui.js';
import { mobilityActsSection } from './mobility-acts.js';

const APP = 'Mobilità';
const HOME = '/hr/mobility.html';
const view = document.getElementById('view');
const params = new URLSearchParams(location.search);

let session;

const title = (text) => setTitle(text, APP);
const isHr = () => hasRole(session.me, 'HR_OFFICER', 'HR_HEAD');
const entityId = () => params.get('entity') ?? session.me.entities[0];
const procedureHref = (id) => `${HOME}?id=${encodeURIComponent(id)}`;

const NEW = [
  ['avviso', 'Avviso di mobilità in entrata'],
  ['uscita', 'Richiesta in uscita per un dipendente'],
  ['interna', 'Mobilità interna'],
];

function renderNav() {
  const which = params.get('view');
  renderSections(document.getElementById('console-nav'), 'Sezioni della mobilità', [
    ['Procedure', HOME, !which && !params.get('id')],
    ...NEW.map(([key, text]) => [text, `${HOME}?view=${key}`, which === key]),
    ["Console dell'ufficio personale", '/hr/', false],
  ]);
}

// ---------------------------------------------------------------- list

async function renderList() {
  title('Procedure di mobilità');
  // The list may carry the entity's other procedures: only mobility ones have a variant (grouped below).
  const { items } = await api(`/api/v1/mobility?entity=${encodeURIComponent(entityId())}`, { auth: true });
  replace(
    view,
    h('h1', {}, `Mobilità — ${session.entityName(entityId())}`),
    h(
      'p',
      {},
      "Le procedure di mobilità dell'ente: le richieste dei dipendenti verso altri enti, gli avvisi per l'ingresso da altre amministrazioni, i trasferimenti tra servizi.",
    ),
    h(
      'p',
      { class: 'd-flex flex-wrap gap-2' },
      NEW.map(([key, text]) => h('a', { class: 'btn btn-outline-primary', href: `?view=${key}` }, text)),
    ),
    Object.entries(VARIANTS).map(([variant, label]) => {
      const rows = items.filter((x) => x.variant === variant);
      return section(
        `variant-${variant}`,
        label,
        rows.length
          ? table(
              `${label} (${rows.length})`,
              ['Procedura', 'Fase', 'Aggiornata il'],
              rows.map((x) =>
                h(
                  'tr',
                  { 'data-procedure': x.id },
                  h('th', { scope: 'row', class: 'fw-normal' }, h('a', { href: procedureHref(x.id) }, x.title)),
                  h('td', {}, x.phaseLabel),
                  h('td', {}, formatDateTime(x.updatedAt)),
                ),
              ),
            )
          : h('p', {}, 'Nessuna procedura.'),
      );
    }),
  );
}

// ---------------------------------------------------------------- new procedures

function renderNotice() {
  title('Avviso di mobilità in entrata');
  breadcrumb(['Avviso di mobilità in entrata']);
  const prefix = 'av';
  const summary = errorSummary(`${prefix}-errors`);
  const form = h('form', { novalidate: true, 'aria-labelledby': 'av-title' });
  const kind = select(
    prefix,
    'post.kind',
    'Posto (art. 107bis)',
    INCOMING_POST_KINDS.map(([k, label]) => [k, label]),
    {
      hint: "I posti per cui l'art. 107bis ammette la mobilità in entrata: ne seguono categoria, requisiti e commissione.",
    },
  );
  const category = h('input', { type: 'hidden', 'data-path': 'post.category', value: '' });
  kind.querySelector('select').addEventListener('change', (event) => {
    category.value = INCOMING_POST_KINDS.find(([k]) => k === event.target.value)?.[2] ?? '';
  });
  replace(
    form,
    summary,
    requiredNote(),
    h('input', { type: 'hidden', 'data-path': 'entityId', value: entityId() }),
    group('post', 'Posto da coprire', [
      kind,
      category,
      row(
        field(prefix, { path: 'post.profile', label: 'Profilo professionale', required: true }),
        field(prefix, { path: 'post.service', label: 'Servizio', required: true }),
      ),
      field(prefix, { path: 'post.workplace', label: 'Sede di lavoro', required: true }),
    ]),
    group('notice', 'Avviso', [
      row(
        field(prefix, { path: 'notice.act', label: "Atto di approvazione dell'avviso", required: true }),
        dateField(
          prefix,
          'notice.publishedOn',
          'Data di pubblicazione',
          session.today(),
          'Ne decorre il termine per le domande.',
        ),
      ),
    ]),
    h('button', { type: 'submit', class: 'btn btn-primary' }, "Pubblica l'avviso"),
  );
  submitForm(form, summary, {
    path: '/api/v1/mobility/incoming',
    makeBody: () => readForm(form),
    onSuccess: (p) => {
      location.href = `${procedureHref(p.id)}&aperta=1`;
    },
  });
  replace(
    view,
    h('h1', { id: 'av-title' }, 'Avviso di mobilità in entrata'),
    h('p', {}, "Le domande dei dipendenti di altre amministrazioni si registrano fino al termine dell'avviso."),
    form,
  );
}

function renderRequest(kind) {
  const text = kind === 'outgoing' ? 'Richiesta di mobilità in uscita per un dipendente' : 'Mobilità interna';
  title(text);
  breadcrumb([text]);
  replace(
    view,
    h('h1', {}, text),
    h(
      'p',
      {},
      kind === 'outgoing'
        ? 'Il dipendente presenta di norma la richiesta dalla propria area; qui la si registra per suo conto. I requisiti sono verificati subito.'
        : "D'ufficio per esigenze di servizio, o su richiesta del dipendente registrata per suo conto.",
    ),
    requestForm(
      kind,
      { entityId: entityId(), today: session.today, onBehalf: true },
      {
        prefix: kind === 'outgoing' ? 'mu' : 'mi',
        submit: kind === 'outgoing' ? 'Registra la richiesta' : 'Avvia la mobilità interna',
        onSuccess: (p) => {
          location.href = `${procedureHref(p.id)}&aperta=1`;
        },
      },
    ),
  );
}

// ---------------------------------------------------------------- a procedure

/** Incoming, after the hand-off: the appointment in contract formation. */
function contractLink(p) {
  const id = p.data.contractProcedureId;
  if (!id) return null;
  return section(
    'contract-title',
    'Formazione del contratto',
    facts([
      [
        'Nomina',
        h('a', { href: `/hr/contracts.html?id=${encodeURIComponent(id)}` }, 'Apri la nomina nella sezione Assunzioni'),
      ],
    ]),
  );
}

/** Incoming, closed without a hire: the attempt a concorso for the same post may cite (art. 30 c.2-bis). */
function negativeOutcome(p) {
  const o = p.data.negativeOutcome;
  if (!o) return null;
  return section(
    'outcome-title',
    'Esito: nessuna assunzione',
    facts([
      ['Esito', new Map(NEGATIVE_OUTCOMES).get(o.reason) ?? o.reason],
      ['Atto', `${o.act} del ${formatDate(o.date)}`],
      ['Motivazione', o.motivation],
      [
        'Effetto',
        'Vale come mobilità tentata per un concorso sullo stesso profilo e categoria (art. 30 c. 2-bis D.Lgs. 165/2001).',
      ],
    ]),
  );
}

async function renderProcedure(id) {
  const opened = params.get('aperta');
  if (opened) history.replaceState(null, '', procedureHref(id));
  await procedurePage(view, {
    home: HOME,
    errorTitle: 'Procedura non disponibile',
    titleId: 'procedure-title',
    message: opened ? 'Procedura avviata.' : undefined,
    fetch: () => api(`/api/v1/mobility/${encodeURIComponent(id)}`, { auth: true }),
    render: (p, { status, reload }) => {
      title(p.title);
      breadcrumb([p.title]);
      const me = session.me;
      const reader = { hr: isHr(), head: hasRole(me, 'HR_HEAD'), resp: hasRole(me, 'RESP_SERVIZIO'), userId: me.id };
      return [
        h('h1', { id: 'procedure-title', tabindex: '-1' }, p.title),
        status,
        mobilitySummary(p, { showVersion: reader.hr }),
        checksSection(p),
        opinionsSection(p),
        p.deadlines?.length ? termsSection(p) : null,
        mobilityActsSection({ p, reader, today: session.today, reload }),
        applicationsSection(p),
        boardSection(p),
        contractLink(p),
        negativeOutcome(p),
        transferCommunicationsSection(p),
      ];
    },
  });
}

// ---------------------------------------------------------------- start

async function main() {
  session = await startPage({
    view,
    home: HOME,
    appName: APP,
    signInText: 'Accedere come ufficio del personale per gestire la mobilità.',
  });
  if (!session) return;
  const id = params.get('id');
  if (!isHr()) {
    // Employees file and follow their requests in their area; a head of service opens one by its link.
    if (hasRole(session.me, 'EMPLOYEE') && !hasRole(session.me, 'RESP_SERVIZIO')) {
      location.replace('/dipendente/?view=mobilita');
      return;
    }
    if (!(id && hasRole(session.me, 'RESP_SERVIZIO'))) return reserved(view, APP, RESERVED);
  } else {
    renderNav();
  }
  try {
    const which = params.get('view');
    if (id) await renderProcedure(id);
    else if (which === 'avviso') renderNotice();
    else if (which === 'uscita') renderRequest('outgoing');
    else if (which === 'interna') renderRequest('internal');
    else await renderList();
  } catch (error) {
    viewError(view, error, HOME);
  }
  view.removeAttribute('aria-busy');
}

main();
