/**
 * The employee's area: their own disciplinary cases (GET /api/v1/discipline/cases answers only those),
 * and a case as the employee reads it — the contestation and the hearing, the communications, the terms —
 * with the acts they may take now (memoria, request for deferral, fax number, reopening request).
 *
 * Views by query string: `/dipendente/` (own cases), `/dipendente/?id=<case id>`; mobility requests
 * (./mobility.js): `/dipendente/?view=mobilita`, `/dipendente/?mobilita=<id>`.
 */
import { api } from '../shared/api.js';
import { actsSection } from '../shared/discipline-acts.js';
import {
  caseSummary,
  communicationsSection,
  contestationSection,
  defenceSection,
  notiziaSection,
  otherFactsSection,
  termsSection,
} from '../shared/discipline-case.js';
import { breadcrumb, hasRole, setTitle, startPage, viewError } from '../shared/discipline-shell.js';
import { announce, formatDateTime, formatLongDate, h, replace } from '../shared/ui.js';
import { renderMobilityHome, renderMobilityRequest } from './mobility.js';

const APP = 'Area del dipendente';
const HOME = '/dipendente/';
const view = document.getElementById('view');
const params = new URLSearchParams(location.search);

let session;
let catalogue;

const title = (text) => setTitle(text, APP);

async function renderCases() {
  title('I miei procedimenti disciplinari');
  const { items } = await api('/api/v1/discipline/cases', { auth: true });
  replace(
    view,
    h('h1', {}, 'I miei procedimenti disciplinari'),
    h(
      'p',
      {},
      'I procedimenti disciplinari che la riguardano. Può leggere il fascicolo, gli atti che le sono stati comunicati e presentare le sue difese.',
    ),
    items.length
      ? h(
          'ul',
          { class: 'list-unstyled' },
          items.map((c) =>
            h(
              'li',
              { class: 'card card-bg mb-3', 'data-case': c.id },
              h(
                'div',
                { class: 'card-body' },
                h('h2', { class: 'h5 card-title' }, h('a', { href: `?id=${encodeURIComponent(c.id)}` }, c.title)),
                h('p', { class: 'mb-1' }, `Fase: ${c.phaseLabel}`),
                h('p', { class: 'small mb-0' }, `Ultimo aggiornamento: ${formatDateTime(c.updatedAt)}`),
              ),
            ),
          ),
        )
      : h('p', {}, 'Nessun procedimento disciplinare la riguarda.'),
    h('h2', { class: 'h4 mt-5' }, 'Mobilità'),
    h(
      'p',
      {},
      h('a', { href: '?view=mobilita' }, 'Le mie richieste di mobilità'),
      ': presentare una richiesta di mobilità interna o verso un altro ente e seguirne lo stato.',
    ),
  );
}

/** What the employee most needs first: the hearing, and by when to defend. */
function hearingNotice(c) {
  const ct = c.data.contestazione;
  if (!ct || c.phase !== 'CONTESTATO') return null;
  return h(
    'div',
    { class: 'alert alert-info', 'data-hearing': ct.hearing.date },
    h(
      'p',
      { class: 'fw-semibold mb-1' },
      `Audizione a sua difesa: ${formatLongDate(ct.hearing.date)}, ore ${ct.hearing.time}, presso ${ct.hearing.place}.`,
    ),
    h(
      'p',
      { class: 'mb-0' },
      "Può farsi assistere da un procuratore o da un rappresentante sindacale. Entro la data dell'audizione può presentare una memoria scritta o, per un grave ed oggettivo impedimento, chiedere una sola volta il rinvio.",
    ),
  );
}

async function renderCase(id) {
  const status = h('div', { 'aria-live': 'polite', role: 'status' });
  const load = async (message) => {
    view.setAttribute('aria-busy', 'true');
    let c;
    try {
      c = await api(`/api/v1/discipline/cases/${encodeURIComponent(id)}`, { auth: true });
    } catch (error) {
      return viewError(view, error, HOME, 'Procedimento non disponibile');
    }
    title(c.title);
    breadcrumb([c.title]);
    const ctx = { c, reader: c.reader, catalogue, today: session.today, me: session.me, reload: load };
    const keep = document.activeElement && !view.contains(document.activeElement) ? document.activeElement : null;
    replace(
      view,
      h('h1', { id: 'case-title', tabindex: '-1' }, c.title),
      status,
      hearingNotice(c),
      caseSummary(c, catalogue),
      contestationSection(c),
      actsSection(ctx),
      termsSection(c),
      communicationsSection(c),
      defenceSection(c),
      otherFactsSection(c, catalogue),
      notiziaSection(c, catalogue),
    );
    view.removeAttribute('aria-busy');
    announce(status, message, 'success');
    if (message) document.getElementById('case-title').focus();
    else keep?.focus();
  };
  await load();
}

async function main() {
  session = await startPage({
    view,
    home: HOME,
    appName: APP,
    signInText: 'Accedere per consultare i procedimenti disciplinari che la riguardano.',
  });
  if (!session) return;
  if (!hasRole(session.me, 'EMPLOYEE')) {
    replace(
      view,
      h('h1', {}, APP),
      h('div', { class: 'alert alert-warning', role: 'alert' }, "Quest'area è riservata ai dipendenti dell'ente."),
      hasRole(session.me, 'SEGRETARIO', 'UPD_MEMBER', 'RESP_SERVIZIO')
        ? h('p', {}, h('a', { href: '/hr/discipline.html' }, 'Vai alla console dei procedimenti disciplinari'))
        : null,
    );
    view.removeAttribute('aria-busy');
    return;
  }
  try {
    catalogue = await api('/api/v1/discipline/catalogue', { auth: true }).catch(() => null);
    const id = params.get('id');
    const mobility = params.get('mobilita');
    if (id) await renderCase(id);
    else if (mobility) await renderMobilityRequest(view, mobility, params.get('presentata'));
    else if (params.get('view') === 'mobilita') await renderMobilityHome(view, session);
    else await renderCases();
  } catch (error) {
    viewError(view, error, HOME);
  }
  view.removeAttribute('aria-busy');
}

main();
