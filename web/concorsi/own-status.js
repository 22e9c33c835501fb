/**
 * "La mia domanda": a candidate reads where their own application stands (POST …/status with their
 * protocol number and tax code, both needed): each step with its date, the communications sent to them
 * and how they were delivered, their convocations. Nothing about other candidates.
 */
import { ApiError, api } from '../shared/api.js';
import { busy, errorSummary, field, formatDate, h, readForm, replace, showProblem } from '../shared/ui.js';

const CHANNELS = { PEC: 'PEC', RACCOMANDATA_AR: 'raccomandata A/R', CONSEGNA_A_MANO: 'consegna a mano' };
const DELIVERY = { IN_CONSEGNA: 'in consegna', CONSEGNATA: 'consegnata', MANCATA_CONSEGNA: 'non consegnata' };
const STATE_BADGE = { DONE: 'bg-success', CURRENT: 'bg-primary', NEGATIVE: 'bg-danger' };
const STATE_TEXT = { DONE: 'fatto', CURRENT: 'in corso', NEGATIVE: 'esito negativo' };

function renderStatus(target, s) {
  replace(
    target,
    h(
      'h3',
      { class: 'h5', id: 'own-status-title', tabindex: '-1' },
      `Domanda protocollo n. ${s.application.protocolNumber}`,
    ),
    h(
      'ol',
      { class: 'list-unstyled own-steps' },
      s.steps.map((step) =>
        h(
          'li',
          { class: 'mb-3', 'data-state': step.state },
          h('span', { class: `badge ${STATE_BADGE[step.state]} me-2` }, STATE_TEXT[step.state]),
          h('strong', {}, step.title),
          step.date ? ` — ${formatDate(step.date)}` : '',
          h('div', {}, step.detail),
        ),
      ),
    ),
    s.convocations.length
      ? [
          h('h3', { class: 'h6' }, 'Convocazioni'),
          h(
            'ul',
            {},
            s.convocations.map((c) => h('li', {}, `${c.kind}: ${formatDate(c.date)} alle ${c.time}, ${c.place}`)),
          ),
        ]
      : null,
    s.communications.length
      ? [
          h('h3', { class: 'h6' }, 'Comunicazioni ricevute'),
          h(
            'ul',
            {},
            s.communications.map((c) =>
              h(
                'li',
                {},
                `${c.kind} del ${formatDate(c.actDate)}, per ${CHANNELS[c.channel] ?? c.channel}: ${DELIVERY[c.status] ?? c.status}${c.deliveredOn ? ` il ${formatDate(c.deliveredOn)}` : ''}`,
              ),
            ),
          ),
        ]
      : null,
  );
  document.getElementById('own-status-title')?.focus();
}

export function ownStatusSection(concorsoId) {
  const prefix = 'own';
  const summary = errorSummary(prefix, 3);
  const result = h('div', { 'aria-live': 'polite' });
  const form = h(
    'form',
    { novalidate: true, 'aria-label': 'Verifica la tua domanda' },
    summary,
    h(
      'div',
      { class: 'row' },
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, {
          path: 'protocolNumber',
          label: 'Numero di protocollo',
          required: true,
          hint: 'Lo trova nella ricevuta della domanda.',
        }),
      ),
      h(
        'div',
        { class: 'col-md-6' },
        field(prefix, { path: 'taxCode', label: 'Codice fiscale', kind: 'upper', required: true }),
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Verifica'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    busy(form, async () => {
      try {
        const s = await api(`/api/v1/public/concorsi/${encodeURIComponent(concorsoId)}/status`, {
          method: 'POST',
          body: readForm(form),
        });
        summary.hidden = true;
        renderStatus(result, s);
      } catch (error) {
        const problem =
          error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };
        replace(result);
        showProblem(form, summary, problem);
      }
    });
  });
  return h(
    'section',
    { 'aria-labelledby': 'own-title', class: 'mb-5' },
    h('h2', { id: 'own-title' }, 'La mia domanda'),
    h(
      'p',
      {},
      'Con il numero di protocollo e il codice fiscale può vedere a che punto è la sua domanda e le comunicazioni che le sono state inviate.',
    ),
    form,
    result,
  );
}
