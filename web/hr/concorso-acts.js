/**
 * The concorso's acts on a procedure's detail: the amendment of the published bando (art. 82 c.2, POST
 * …/actions/amend-bando) while the applications are open, the reopening of the terms (art. 87 c.1, POST
 * …/actions/reopen-terms) once the window closed, and the amendments already recorded (`data.amendments`).
 */
import { ApiError, api } from '../shared/api.js';
import { BANDO_FIELDS, labelOf } from '../shared/labels.js';
import { busy, errorSummary, field, formatDate, group, h, readForm, showProblem } from '../shared/ui.js';

const asProblem = (error) =>
  error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };

const daysText = (n) => (n === 1 ? '1 giorno' : `${n} giorni`);

/** Whole days from `from` to `to` (ISO dates). */
const daysBetween = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);

/** The bando's elements the amendment form offers: [field, label, kind]. */
const AMENDABLE = [
  ['writtenOralSubjects', "Materie d'esame (una per riga)", 'list'],
  ['requiredAttachments', 'Allegati richiesti (uno per riga)', 'list'],
  ['requiredDeclarations', 'Dichiarazioni richieste (una per riga)', 'list'],
  ['applicationFee', 'Tassa di concorso (euro)', 'decimal'],
];

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The submit handler shared by the concorso's forms: POST, reload on success, problems shown, 409 → "Ricarica".
 * `mapProblem` lets a form whose body is built by hand point the problem's fields at its own controls.
 */
export function submitTo(form, summary, p, action, makeBody, success, reload, mapProblem = (problem) => problem) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      try {
        const outcome = await api(`/api/v1/procedures/${encodeURIComponent(p.id)}/actions/${action}`, {
          method: 'POST',
          auth: true,
          body: { ...makeBody(), expectedVersion: p.version },
        });
        await reload(success(outcome));
      } catch (error) {
        const problem = mapProblem(asProblem(error));
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
}

export function actFields(prefix, today, what) {
  return h(
    'div',
    { class: 'row' },
    h(
      'div',
      { class: 'col-md-6' },
      field(prefix, { path: 'act.number', label: `Numero dell'atto di ${what}`, required: true }),
    ),
    h(
      'div',
      { class: 'col-md-6' },
      field(prefix, {
        path: 'act.date',
        label: `Data dell'atto di ${what}`,
        kind: 'date',
        required: true,
        value: today,
        hint: 'Non può essere futura.',
      }),
    ),
  );
}

function amendForm(p, reload, today) {
  const prefix = 'amend';
  // Not `${prefix}_summary`: that id is the "summary" field's.
  const summary = errorSummary('amend-errors', 3);
  const b = p.data.bando;
  const published = p.data.publication?.guriPublicationDate;
  const elapsed = published ? Math.max(0, daysBetween(published, today)) : 0;
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Modifica del bando' },
    summary,
    actFields(prefix, today, 'modifica'),
    field(prefix, {
      path: 'summary',
      label: 'Sintesi della modifica',
      kind: 'textarea',
      rows: 2,
      required: true,
      hint: 'Che cosa cambia e perché: resta nel registro di audit.',
    }),
    group(
      'changes',
      'Elementi del bando modificati',
      AMENDABLE.map(([path, label, kind]) =>
        field(prefix, {
          path: `changes.${path}`,
          label,
          kind,
          value: b[path],
          attrs: kind === 'decimal' ? { min: '0', max: '1000' } : {},
        }),
      ),
      {
        legendClass: 'h6',
        hint: 'Sono riportati i valori attuali: si inviano solo gli elementi cambiati.',
      },
    ),
    h(
      'p',
      { class: 'form-text', id: 'amend-extension' },
      `Il termine per le domande sarà prorogato di tanti giorni quanti ne sono trascorsi dalla pubblicazione in Gazzetta Ufficiale${published ? ` del ${formatDate(published)} (con un atto di oggi: ${daysText(elapsed)})` : ''}.`,
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra la modifica'),
  );
  submitTo(
    form,
    summary,
    p,
    'amend-bando',
    () => {
      const body = readForm(form);
      const changes = {};
      for (const [path] of AMENDABLE) {
        const value = body.changes?.[path];
        if (value !== undefined && !same(value, b[path])) changes[path] = value;
      }
      return { ...body, changes };
    },
    (outcome) => {
      const due = outcome?.deadlines?.find((d) => d.id === 'concorso.applicationDeadline')?.dueDate;
      return `Modifica del bando registrata.${due ? ` Termine per le domande: ${formatDate(due)}.` : ''}`;
    },
    reload,
  );
  return form;
}

function reopenForm(p, reload, today) {
  const prefix = 'reopen';
  const summary = errorSummary(prefix, 3);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Riapertura dei termini' },
    summary,
    actFields(prefix, today, 'riapertura'),
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, {
          path: 'publicationDate',
          label: "Data di pubblicazione dell'atto",
          kind: 'date',
          required: true,
          value: today,
          hint: 'Dal giorno successivo decorre il nuovo termine.',
        }),
      ),
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, {
          path: 'days',
          label: 'Giorni del nuovo termine (facoltativo)',
          kind: 'int',
          attrs: { min: '1', max: '120' },
          hint: 'Se vuoto: 30 giorni.',
        }),
      ),
    ),
    h(
      'p',
      { class: 'form-text' },
      'I termini si possono riaprire una sola volta; le domande già ricevute restano valide.',
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra la riapertura'),
  );
  submitTo(
    form,
    summary,
    p,
    'reopen-terms',
    () => readForm(form),
    (outcome) => {
      const due = outcome?.deadlines?.find((d) => d.id === 'concorso.reopenedApplicationDeadline')?.dueDate;
      return `Termini riaperti.${due ? ` Nuovo termine per le domande: ${formatDate(due)}.` : ''}`;
    },
    reload,
  );
  return form;
}

/** Revocation (art. 87 c.2): the act and its reasons of public interest; every applicant is told. */
function revokeForm(p, reload, today) {
  const prefix = 'revoke';
  const summary = errorSummary(prefix, 3);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Revoca del bando' },
    summary,
    actFields(prefix, today, 'revoca'),
    field(prefix, {
      path: 'reasons',
      label: 'Ragioni di interesse pubblico',
      kind: 'textarea',
      required: true,
    }),
    h(
      'p',
      { class: 'form-text' },
      'La revoca ferma tutti i termini del concorso e non si possono più presentare domande; chi ha presentato domanda ne riceve comunicazione.',
    ),
    h('button', { type: 'submit', class: 'btn btn-danger btn-sm' }, 'Revoca il bando'),
  );
  submitTo(
    form,
    summary,
    p,
    'revoke-bando',
    () => readForm(form),
    () => 'Bando revocato. Le comunicazioni ai candidati sono in invio.',
    reload,
  );
  return form;
}

const actDetails = (kind, title, body) =>
  h('details', { class: 'term-ops mb-3', 'data-act': kind }, h('summary', {}, title), body);

/** The "Atti sul bando" section, or null when the phase admits no act and none was recorded. */
export function concorsoActs(p, reload, today) {
  const reopening = p.data?.reopening;
  const parts = [];
  if (reopening) {
    parts.push(
      h(
        'p',
        { id: 'reopening-line' },
        `Termini riaperti il ${formatDate(reopening.publicationDate)} (atto n. ${reopening.act.number} del ${formatDate(reopening.act.date)}), per ${daysText(reopening.days)}.`,
      ),
    );
  }
  if (p.phase === 'PUBLISHED') {
    parts.push(actDetails('amend-bando', 'Modifica del bando (art. 82 c.2)', amendForm(p, reload, today)));
  }
  if ((p.phase === 'APPLICATIONS_CLOSED' || p.phase === 'ADMISSION_OPEN') && !reopening) {
    parts.push(actDetails('reopen-terms', 'Riapertura dei termini (art. 87 c.1)', reopenForm(p, reload, today)));
  }
  if (p.data?.revocation) {
    const r = p.data.revocation;
    parts.push(
      h(
        'p',
        { id: 'revocation-line' },
        `Bando revocato con atto n. ${r.act.number} del ${formatDate(r.act.date)}: ${r.reasons}`,
      ),
    );
  } else if (p.phase !== 'BANDO_ADOPTED') {
    parts.push(actDetails('revoke-bando', 'Revoca del bando (art. 87 c.2)', revokeForm(p, reload, today)));
  }
  if (!parts.length) return null;
  return h(
    'section',
    { 'aria-labelledby': 'acts-title', class: 'mb-5' },
    h('h2', { id: 'acts-title' }, 'Atti sul bando'),
    parts,
  );
}

/** The amendments recorded (`data.amendments`), for the bando section; undefined when none. */
export function amendmentsList(p) {
  const amendments = p.data?.amendments ?? [];
  if (!amendments.length) return undefined;
  return h(
    'ol',
    { class: 'mb-0 amendments' },
    amendments.map((a) =>
      h(
        'li',
        {},
        h('strong', {}, `Atto n. ${a.act.number} del ${formatDate(a.act.date)}`),
        h('div', {}, a.summary),
        h(
          'div',
          { class: 'small' },
          `Elementi modificati: ${a.changedFields.map((f) => labelOf(BANDO_FIELDS, f)).join(', ')}`,
        ),
        h(
          'div',
          { class: 'small' },
          a.extensionDays
            ? `Termine per le domande prorogato di ${daysText(a.extensionDays)}`
            : 'Termine per le domande invariato',
        ),
      ),
    ),
  );
}
