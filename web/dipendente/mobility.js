/**
 * Mobility in the employee's area: their requests (GET /api/v1/mobility answers only their own) with the
 * phase, and the forms to file one — towards another administration (art. 74: the bars are checked at
 * once) or to another service of the entity (art. 76) —; a request's page shows what was asked, the
 * checks with their reasons and citations, the opinions and the decision.
 *
 * Views by query string: `/dipendente/?view=mobilita`, `/dipendente/?mobilita=<id>`.
 */
import { api } from '../shared/api.js';
import { section } from '../shared/discipline-case.js';
import { asProblem, breadcrumb, procedurePage, setTitle } from '../shared/discipline-shell.js';
import { labelOf } from '../shared/labels.js';
import { requestForm } from '../shared/mobility-forms.js';
import { VARIANTS } from '../shared/mobility-labels.js';
import {
  checksSection,
  mobilitySummary,
  opinionsSection,
  transferCommunicationsSection,
} from '../shared/mobility-view.js';
import { field, formatDateTime, h, replace, shownWhen } from '../shared/ui.js';

const APP = 'Area del dipendente';
const HOME = '/dipendente/?view=mobilita';
const requestHref = (id) => `/dipendente/?mobilita=${encodeURIComponent(id)}`;

const KINDS = [
  ['internal', 'Mobilità interna verso un altro servizio dell’ente (art. 76)'],
  ['outgoing', 'Mobilità verso un’altra amministrazione (art. 74)'],
];

/** The employee's requests and the forms to file a new one. `session`: { me, today }. */
export async function renderMobilityHome(view, session) {
  setTitle('Le mie richieste di mobilità', APP);
  breadcrumb(['Mobilità']);
  // The forms stay usable even when the list cannot be read.
  const mine = await api('/api/v1/mobility', { auth: true }).then(
    ({ items }) => items.filter((x) => x.variant),
    (error) => error,
  );
  const ctx = { entityId: session.me.entities[0], today: session.today, onBehalf: false };
  const onSuccess = (p) => {
    location.href = `${requestHref(p.id)}&presentata=1`;
  };
  const kind = field('mk', {
    path: 'kind',
    label: 'Tipo di mobilità',
    kind: 'select',
    value: 'internal',
    options: KINDS,
  });
  // The chooser is not part of a request: it only picks the form.
  kind.querySelector('select').removeAttribute('data-path');
  const forms = KINDS.map(([k]) =>
    shownWhen(
      kind,
      (v) => v === k,
      requestForm(k, ctx, {
        prefix: k === 'outgoing' ? 'mo' : 'mi',
        submit: 'Presenta la richiesta',
        onSuccess,
      }),
    ),
  );
  replace(
    view,
    h('h1', {}, 'Le mie richieste di mobilità'),
    section(
      'mine-title',
      'Richieste presentate',
      mine instanceof Error
        ? h(
            'div',
            { class: 'alert alert-warning', role: 'alert' },
            `Impossibile leggere le richieste presentate: ${asProblem(mine).detail ?? asProblem(mine).title}`,
          )
        : mine.length
          ? h(
              'ul',
              { class: 'list-unstyled' },
              mine.map((p) =>
                h(
                  'li',
                  { class: 'card card-bg mb-3', 'data-procedure': p.id },
                  h(
                    'div',
                    { class: 'card-body' },
                    h('h3', { class: 'h5 card-title' }, h('a', { href: requestHref(p.id) }, p.title)),
                    h('p', { class: 'mb-1' }, `${labelOf(VARIANTS, p.variant)} — ${p.phaseLabel}`),
                    h('p', { class: 'small mb-0' }, `Ultimo aggiornamento: ${formatDateTime(p.updatedAt)}`),
                  ),
                ),
              ),
            )
          : h('p', {}, 'Nessuna richiesta di mobilità.'),
    ),
    section(
      'new-title',
      'Presenta una richiesta',
      h(
        'p',
        {},
        'La richiesta è motivata e datata oggi. Per la mobilità verso un altro ente i requisiti (anni di servizio) sono verificati subito; decidono il responsabile del personale, sentiti il responsabile del servizio e, per l’uscita, la Giunta.',
      ),
      kind,
      forms,
    ),
  );
}

/** One of the employee's requests, as it stands. */
export async function renderMobilityRequest(view, id, justFiled) {
  if (justFiled) history.replaceState(null, '', requestHref(id));
  await procedurePage(view, {
    home: HOME,
    errorTitle: 'Richiesta non disponibile',
    titleId: 'procedure-title',
    message: justFiled ? 'Richiesta presentata: è agli atti del servizio del personale.' : undefined,
    fetch: () => api(`/api/v1/mobility/${encodeURIComponent(id)}`, { auth: true }),
    render: (p, { status }) => {
      setTitle(p.title, APP);
      breadcrumb(['Mobilità', HOME], [p.title]);
      return [
        h('h1', { id: 'procedure-title', tabindex: '-1' }, p.title),
        status,
        mobilitySummary(p),
        checksSection(p),
        opinionsSection(p),
        transferCommunicationsSection(p),
        h('p', {}, h('a', { href: HOME }, 'Torna alle mie richieste di mobilità')),
      ];
    },
  });
}
