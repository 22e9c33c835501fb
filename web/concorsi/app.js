/**
 * The candidate area: choose an entity, see its published concorsi, read one (bando summary and the
 * application deadline with its legal basis) and, while the window is open, apply online.
 *
 * `/concorsi/` (choose the entity), `/concorsi/?entity=<id>` (its concorsi), `/concorsi/?id=<id>` (one concorso).
 */
import { ApiError, api } from '../shared/api.js';
import {
  applicationFieldsets,
  attachmentsFieldset,
  citationDetails,
  dueText,
  withAttachments,
} from '../shared/application-form.js';
import { COMPETITION_TYPES, labelOf, SUBMISSION_METHODS } from '../shared/labels.js';
import {
  busy,
  errorSummary,
  formatDate,
  formatLongDate,
  formatTime,
  h,
  readForm,
  replace,
  showProblem,
} from '../shared/ui.js';
import { ownStatusSection } from './own-status.js';

const view = document.getElementById('view');
const params = new URLSearchParams(location.search);

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
const bullets = (items) =>
  items?.length
    ? h(
        'ul',
        { class: 'mb-0' },
        items.map((i) => h('li', {}, i)),
      )
    : 'Nessuno';
const asProblem = (error) =>
  error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };

function breadcrumb(...items) {
  const list = document.getElementById('breadcrumb');
  for (const [text, href] of items) {
    list.append(
      h(
        'li',
        { class: 'breadcrumb-item', 'aria-current': href ? undefined : 'page' },
        href ? h('a', { href }, text) : text,
      ),
    );
  }
}

function viewError(error, title) {
  replace(
    view,
    h('h1', {}, title),
    h('div', { class: 'alert alert-danger', role: 'alert' }, asProblem(error).detail),
    h('p', {}, h('a', { href: '/concorsi/' }, 'Torna ai concorsi')),
  );
}

const stateBadge = (c) =>
  c.open
    ? h('span', { class: 'badge bg-success' }, 'Domande aperte')
    : h('span', { class: 'badge bg-secondary' }, 'Domande chiuse');

// ---------------------------------------------------------------- list

async function renderList() {
  const selected = params.get('entity') ?? '';
  const { items: entities } = await api('/api/v1/entities');
  const form = h(
    'form',
    { method: 'get', action: '/concorsi/', class: 'mb-5', style: 'max-width: 36rem' },
    h(
      'div',
      { class: 'select-wrapper mb-3' },
      h('label', { for: 'entity' }, 'Ente'),
      h(
        'select',
        { id: 'entity', name: 'entity' },
        h('option', { value: '' }, "Selezionare l'ente"),
        entities.map((e) => h('option', { value: e.id, selected: e.id === selected }, e.name)),
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Mostra i concorsi'),
  );
  replace(
    view,
    h('h1', {}, 'Concorsi pubblici'),
    h('p', {}, 'Scegliere l’ente per vedere i concorsi pubblicati e presentare la domanda online.'),
    form,
  );
  if (!selected) return;

  let list;
  try {
    list = await api(`/api/v1/public/concorsi?entity=${encodeURIComponent(selected)}`);
  } catch (error) {
    view.append(h('div', { class: 'alert alert-danger', role: 'alert' }, asProblem(error).detail));
    return;
  }
  document.title = `Concorsi — ${list.entity}`;
  view.append(
    h(
      'section',
      { 'aria-labelledby': 'list-title' },
      h('h2', { id: 'list-title' }, `Concorsi di ${list.entity}`),
      list.items.length
        ? h(
            'ul',
            { class: 'list-unstyled' },
            list.items.map((c) =>
              h(
                'li',
                { class: 'card card-bg mb-3' },
                h(
                  'div',
                  { class: 'card-body' },
                  h('h3', { class: 'h5 card-title' }, h('a', { href: `?id=${encodeURIComponent(c.id)}` }, c.title)),
                  h(
                    'p',
                    { class: 'mb-1' },
                    stateBadge(c),
                    ' ',
                    c.deadline ? `Scadenza per le domande: ${dueText(c.deadline)}` : 'Termine non ancora fissato',
                  ),
                  h('p', { class: 'mb-0 small' }, c.phaseLabel),
                ),
              ),
            ),
          )
        : h('p', {}, 'Nessun concorso pubblicato.'),
    ),
  );
}

// ---------------------------------------------------------------- one concorso

function summaryList(rows) {
  return h(
    'dl',
    { class: 'summary-list' },
    rows.filter(([, v]) => v !== undefined && v !== null && v !== '').map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

function closedMessage(c) {
  if (!c.submissionMethods.includes('ONLINE')) {
    return h(
      'div',
      { class: 'alert alert-info' },
      'Il bando non prevede la presentazione della domanda online. Modalità ammesse: ',
      c.submissionMethods.map((m) => labelOf(SUBMISSION_METHODS, m)).join('; '),
      '.',
    );
  }
  return h(
    'div',
    { class: 'alert alert-warning', id: 'closed-message' },
    c.deadline
      ? `Il termine per la presentazione delle domande è scaduto ${formatLongDate(c.deadline.dueDate)} alle ore ${formatTime(c.deadline.dueAt)}. Non è più possibile presentare domanda.`
      : 'Le domande non sono aperte.',
  );
}

function applicationForm(c, section) {
  const prefix = 'ap';
  const summary = errorSummary(prefix, 3);
  const result = h('div', { id: 'result', class: 'result-panel', tabindex: '-1', 'aria-live': 'polite' });
  const form = h(
    'form',
    { novalidate: true, 'aria-labelledby': 'apply-title' },
    summary,
    h('p', {}, 'I campi contrassegnati con ', h('span', { class: 'required-mark' }, '*'), ' sono obbligatori.'),
    applicationFieldsets(prefix),
    attachmentsFieldset(prefix, c.requiredAttachments),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Presenta la domanda'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      try {
        const receipt = await api(`/api/v1/public/concorsi/${encodeURIComponent(c.id)}/applications`, {
          method: 'POST',
          body: withAttachments(readForm(form), c.requiredAttachments),
        });
        form.remove();
        replace(
          result,
          h(
            'div',
            { class: 'alert alert-success' },
            h('h3', { class: 'h4' }, 'Domanda presentata'),
            h(
              'p',
              { class: 'mb-1' },
              'Numero di protocollo: ',
              h('strong', { class: 'mono', id: 'protocol-number' }, receipt.protocolNumber),
            ),
            h('p', { class: 'mb-1' }, `Data di ricezione: ${formatDate(receipt.receivedDate)}`),
            h(
              'p',
              { class: 'mb-0' },
              `La ricevuta è inviata all'indirizzo ${receipt.email}. Conservare il numero di protocollo.`,
            ),
          ),
        );
        result.focus();
      } catch (error) {
        const problem = asProblem(error);
        showProblem(form, summary, problem);
        if (problem.code === 'window-closed') {
          form.remove();
          section.append(h('div', { class: 'alert alert-warning' }, problem.detail));
        }
      }
    });
  });
  return [result, form];
}

async function renderConcorso(id) {
  let c;
  try {
    c = await api(`/api/v1/public/concorsi/${encodeURIComponent(id)}`);
  } catch (error) {
    return viewError(error, 'Concorso non disponibile');
  }
  const entityId = id.split('.')[0];
  document.title = `${c.title} — Concorsi pubblici`;
  breadcrumb([c.entity, `/concorsi/?entity=${encodeURIComponent(entityId)}`], [c.title]);
  const applySection = h(
    'section',
    { 'aria-labelledby': 'apply-title', class: 'mb-5' },
    h('h2', { id: 'apply-title' }, 'Domanda di partecipazione'),
  );
  if (c.open && c.submissionMethods.includes('ONLINE')) applySection.append(...applicationForm(c, applySection));
  else applySection.append(closedMessage(c));

  replace(
    view,
    h('h1', {}, c.title),
    h('p', { class: 'lead' }, c.entity, ' ', stateBadge(c)),
    h(
      'section',
      { 'aria-labelledby': 'deadline-title', class: 'mb-5' },
      h('h2', { id: 'deadline-title' }, 'Termine per le domande'),
      c.deadline
        ? [h('p', { class: 'h5' }, dueText(c.deadline)), h('p', {}, c.deadline.label, '.'), citationDetails(c.deadline)]
        : h('p', {}, 'Termine non ancora fissato.'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'bando-title', class: 'mb-5' },
      h('h2', { id: 'bando-title' }, 'Il bando in sintesi'),
      summaryList([
        ['Tipo di concorso', labelOf(COMPETITION_TYPES, c.competitionType)],
        ['Posti', bullets(c.posts.map((p) => `${p.count} × ${p.profile}, categoria ${p.category} — ${p.pay}`))],
        ['Requisiti generali', bullets(c.requirements.general)],
        ['Requisiti specifici', bullets(c.requirements.specific)],
        [
          'Limite di età',
          c.requirements.ageLimit
            ? `${c.requirements.ageLimit.maxAge} anni — ${c.requirements.ageLimit.motivation}`
            : undefined,
        ],
        ['Modalità di presentazione', bullets(c.submissionMethods.map((m) => labelOf(SUBMISSION_METHODS, m)))],
        ["Materie d'esame", bullets(c.writtenOralSubjects)],
        ['Tassa di concorso', euro.format(c.applicationFee)],
        ['Responsabile del procedimento', c.responsibleOfficer],
        [
          'Pubblicazione in Gazzetta Ufficiale',
          c.publication
            ? `${formatDate(c.publication.guriPublicationDate)} — ${c.publication.guriReference}`
            : undefined,
        ],
      ]),
    ),
    c.phase === 'GRADUATORIA_APPROVED'
      ? h(
          'section',
          { 'aria-labelledby': 'graduatoria-title', class: 'mb-5' },
          h('h2', { id: 'graduatoria-title' }, 'Graduatoria'),
          h(
            'p',
            {},
            h(
              'a',
              { href: `/api/v1/public/concorsi/${encodeURIComponent(c.id)}/graduatoria.pdf` },
              'Graduatoria di merito approvata (PDF)',
            ),
            ': ogni posizione con i punteggi, i titoli di preferenza e le riserve applicati e il loro fondamento.',
          ),
        )
      : null,
    applySection,
    ownStatusSection(c.id),
  );
}

// ---------------------------------------------------------------- start

async function main() {
  try {
    const id = params.get('id');
    if (id) await renderConcorso(id);
    else await renderList();
  } catch (error) {
    viewError(error, 'Impossibile caricare la pagina');
  }
  view.removeAttribute('aria-busy');
}

main();
