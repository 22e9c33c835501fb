/**
 * The requests that open a mobility procedure: outgoing (art. 74, POST /api/v1/mobility/outgoing) and
 * internal (art. 76, POST /api/v1/mobility/internal). The employee files for themselves, dated today; HR
 * files for an employee (and, for internal transfers, ex officio) with the date of the request.
 */
import { dateField, requiredNote, row, select, submitForm, textArea, todayFixed } from './discipline-forms.js';
import { CATEGORIES } from './labels.js';
import { INTERNAL_MODES } from './mobility-labels.js';
import { errorSummary, field, group, h, readForm, replace, shownWhen } from './ui.js';

/** Who files: the employee (none, themselves) or HR, for the employee it names. */
function whoFields(p, ctx) {
  return ctx.onBehalf
    ? [
        field(p, {
          path: 'employeeUserId',
          label: 'Utente del dipendente',
          required: true,
          hint: "L'identificativo con cui il dipendente accede (ad esempio dip.stresa): deve risultare nel personale dell'ente.",
          attrs: { autocomplete: 'off', spellcheck: 'false' },
        }),
        dateField(p, 'requestedOn', 'Data della richiesta', ctx.today(), 'Non può essere futura.'),
      ]
    : todayFixed(ctx, 'requestedOn', 'Data della richiesta');
}

export function outgoingFields(p, ctx) {
  return [
    whoFields(p, ctx),
    field(p, { path: 'destination', label: 'Ente di destinazione', required: true }),
    textArea(p, 'reasons', 'Motivazione della richiesta', {
      rows: 4,
      hint: 'La richiesta è motivata (art. 74 c.2): il Responsabile del servizio e la Giunta esprimono il loro parere.',
    }),
  ];
}

export function internalFields(p, ctx) {
  const temporary = h(
    'div',
    { class: 'form-check mb-3' },
    h('input', { type: 'checkbox', id: `${p}_temporary` }),
    h('label', { for: `${p}_temporary` }, 'Mobilità temporanea, con una data di fine'),
  );
  return [
    ctx.onBehalf
      ? select(p, 'mode', 'Modalità', Object.entries(INTERNAL_MODES), {
          value: 'UFFICIO',
          hint: "D'ufficio: disposta dal servizio del personale per esigenze di servizio (art. 76 c.3).",
        })
      : h('input', { type: 'hidden', 'data-path': 'mode', value: 'RICHIESTA' }),
    whoFields(p, ctx),
    group(
      'to',
      'Destinazione',
      [
        field(p, { path: 'to.service', label: 'Servizio di destinazione', required: true }),
        row(
          [
            select(
              p,
              'to.category',
              'Categoria',
              CATEGORIES.map((c) => [c, c]),
              { value: ctx.category, hint: 'La stessa del posto attuale (art. 76 c.1).' },
            ),
            'col-md-4',
          ],
          [field(p, { path: 'to.profile', label: 'Profilo professionale', required: true }), 'col-md-8'],
        ),
      ],
      { legendClass: 'h6' },
    ),
    textArea(p, 'reasons', 'Motivazione', { rows: 4 }),
    temporary,
    shownWhen(
      temporary,
      (checked) => checked,
      group('temporary', 'Durata', [dateField(p, 'temporary.endDate', 'Fino al', undefined)], { legendClass: 'h6' }),
    ),
  ];
}

/**
 * A request form: the fields of its kind, posted to `path` for the entity; `onSuccess(procedure)` after
 * the 201 (the procedure's view, with its id).
 */
export function requestForm(kind, ctx, { prefix, submit, onSuccess }) {
  const summary = errorSummary(`${prefix}-errors`, 3);
  const form = h('form', { novalidate: true, 'aria-label': submit });
  replace(
    form,
    summary,
    requiredNote(),
    h('input', { type: 'hidden', 'data-path': 'entityId', value: ctx.entityId }),
    kind === 'outgoing' ? outgoingFields(prefix, ctx) : internalFields(prefix, ctx),
    h('button', { type: 'submit', class: 'btn btn-primary' }, submit),
  );
  submitForm(form, summary, {
    path: `/api/v1/mobility/${kind}`,
    makeBody: () => readForm(form),
    onSuccess,
  });
  return form;
}
