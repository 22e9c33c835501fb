/**
 * The concorso's publication register on its detail page (D.Lgs. 33/2013; ROUS artt. 85, 91, 96, 98, 101):
 * every publication duty (GET …/publications) with where and when it is due, the act that made it due,
 * and where and when it was published; the officer records each publication's page (POST
 * …/actions/record-publication), again when an act is republished (a graduatoria after a scorrimento).
 */
import { ApiError, api } from '../shared/api.js';
import { labelOf, PUBLICATION_PLACES, PUBLICATION_STATUS } from '../shared/labels.js';
import { errorSummary, field, formatDate, h, readForm, replace } from '../shared/ui.js';
import { submitTo } from './concorso-acts.js';

const STATUS_CLASS = { DA_PUBBLICARE: 'text-danger', PUBBLICATA: 'text-success' };

function publicationForm(p, entry, reload, today) {
  const prefix = `pub-${entry.id}`;
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': `Pubblicazione: ${entry.what}` },
    summary,
    // Stacked: the form lives in the register's last column.
    field(prefix, {
      path: 'publishedOn',
      label: 'Pubblicato il',
      kind: 'date',
      required: true,
      value: today,
      hint: entry.dueFrom ? `Non prima del ${formatDate(entry.dueFrom)}, non futura.` : 'Non futura.',
    }),
    field(prefix, {
      path: 'url',
      label: 'Indirizzo della pagina pubblicata',
      required: true,
      attrs: { inputmode: 'url', autocomplete: 'url', spellcheck: 'false' },
      hint: 'Inizia con https:// o http://',
    }),
    h(
      'button',
      { type: 'submit', class: 'btn btn-outline-primary btn-sm' },
      entry.status === 'PUBBLICATA' ? 'Registra una nuova pubblicazione' : 'Registra la pubblicazione',
    ),
  );
  submitTo(
    form,
    summary,
    p,
    'record-publication',
    () => ({ ...readForm(form), dutyId: entry.id }),
    () => `${entry.what}: pubblicazione registrata.`,
    reload,
  );
  return form;
}

function entryRow(p, entry, reload, today) {
  const done = entry.published;
  return h(
    'tr',
    { 'data-duty': entry.id },
    h(
      'th',
      { scope: 'row', class: 'fw-normal' },
      entry.what,
      entry.act ? h('div', { class: 'small' }, `Atto: ${entry.act}`) : null,
    ),
    h(
      'td',
      {},
      h(
        'ul',
        { class: 'list-unstyled mb-0' },
        entry.where.map((w) => h('li', {}, labelOf(PUBLICATION_PLACES, w))),
      ),
    ),
    h(
      'td',
      {},
      entry.when.charAt(0).toUpperCase() + entry.when.slice(1),
      entry.dueFrom ? h('div', { class: 'small' }, `Dovuta dal ${formatDate(entry.dueFrom)}`) : null,
      h('div', { class: 'small' }, entry.basis),
    ),
    h(
      'td',
      {},
      h(
        'span',
        { class: STATUS_CLASS[entry.status], 'data-status': entry.status },
        labelOf(PUBLICATION_STATUS, entry.status),
      ),
    ),
    h(
      'td',
      {},
      done
        ? [
            h(
              'div',
              {},
              `Pubblicata il ${formatDate(done.publishedOn)}${entry.keepUntil ? `, online fino al ${formatDate(entry.keepUntil)}` : ''}.`,
            ),
            h('a', { href: done.url, class: 'small text-break' }, done.url),
            h('div', { class: 'small' }, `Registrata da ${done.recordedBy}`),
          ]
        : entry.status === 'NON_ANCORA_DOVUTA'
          ? '—'
          : null,
      entry.status === 'NON_ANCORA_DOVUTA'
        ? null
        : h(
            'details',
            { class: 'term-ops mt-2', 'data-act': 'record-publication', open: entry.status === 'DA_PUBBLICARE' },
            h('summary', {}, entry.status === 'PUBBLICATA' ? 'Nuova pubblicazione' : 'Registra la pubblicazione'),
            publicationForm(p, entry, reload, today),
          ),
    ),
  );
}

function registerTable(p, items, reload, today) {
  return h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table', id: 'publications' },
      h('caption', {}, `Registro delle pubblicazioni (${items.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Atto da pubblicare', 'Dove', 'Quando e perché', 'Stato', 'Pubblicazione'].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        items.map((e) => entryRow(p, e, reload, today)),
      ),
    ),
  );
}

/** The "Pubblicazioni e trasparenza" section: drawn at once, the register filled in when it arrives. */
export function publicationsSection(p, reload, today) {
  const slot = h(
    'div',
    { id: 'publications-body', 'aria-busy': 'true' },
    h('p', {}, 'Caricamento del registro delle pubblicazioni…'),
  );
  // The register is computed by the API from the concorso's acts: fetched once the page is drawn.
  api(`/api/v1/procedures/${encodeURIComponent(p.id)}/publications`, { auth: true })
    .then(({ items }) => replace(slot, registerTable(p, items, reload, today)))
    .catch((error) =>
      replace(
        slot,
        h(
          'div',
          { class: 'alert alert-warning' },
          `Registro delle pubblicazioni non disponibile: ${error instanceof ApiError ? error.message : String(error)}`,
        ),
      ),
    )
    .finally(() => slot.removeAttribute('aria-busy'));
  return h(
    'section',
    { 'aria-labelledby': 'publications-title', class: 'mb-5' },
    h('h2', { id: 'publications-title' }, 'Pubblicazioni e trasparenza'),
    h(
      'p',
      {},
      "Ogni atto si pubblica nei luoghi indicati e se ne registra la pagina. Le pubblicazioni restano online per cinque anni dal 1° gennaio dell'anno successivo e comunque finché l'atto produce i suoi effetti (art. 8 c.3 D.Lgs. 33/2013).",
    ),
    slot,
  );
}
