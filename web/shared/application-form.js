/**
 * The domanda's fields (applicationSchema, art. 83 ROUS), shared by the candidate's online form and the
 * HR registration of a paper domanda; and the rendering of a deadline with its legal basis and trace.
 */
import { CHANNELS, CITIZENSHIPS, DEADLINE_STATUS, labelOf } from './labels.js';
import { checkbox, field, formatDate, formatLongDate, formatTime, group, h } from './ui.js';

const row = (...cols) =>
  h(
    'div',
    { class: 'row' },
    cols.map((c) => h('div', { class: c.width ?? 'col-md-6' }, c.el)),
  );
const col = (el, width) => ({ el, width });

function address(prefix, path, legend, { optional = false, hint } = {}) {
  return group(
    path,
    legend,
    [
      field(prefix, {
        path: `${path}.street`,
        label: 'Indirizzo (via e numero civico)',
        required: !optional,
        attrs: { autocomplete: 'street-address' },
      }),
      row(
        col(
          field(prefix, {
            path: `${path}.postalCode`,
            label: 'CAP',
            required: !optional,
            attrs: { inputmode: 'numeric', maxlength: '5', autocomplete: 'postal-code' },
          }),
          'col-md-3',
        ),
        col(field(prefix, { path: `${path}.municipality`, label: 'Comune', required: !optional }), 'col-md-6'),
        col(
          field(prefix, {
            path: `${path}.province`,
            label: 'Provincia (sigla)',
            kind: 'upper',
            required: !optional,
            hint: 'Due lettere, ad esempio VB.',
            attrs: { maxlength: '2' },
          }),
          'col-md-3',
        ),
      ),
    ],
    { optional, hint },
  );
}

/** The domanda's fieldsets. `prefix` keeps ids unique when two forms share a page. */
export function applicationFieldsets(prefix) {
  return [
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Dati anagrafici'),
      row(
        col(field(prefix, { path: 'firstName', label: 'Nome', required: true, attrs: { autocomplete: 'given-name' } })),
        col(
          field(prefix, { path: 'lastName', label: 'Cognome', required: true, attrs: { autocomplete: 'family-name' } }),
        ),
      ),
      row(
        col(
          field(prefix, {
            path: 'taxCode',
            label: 'Codice fiscale',
            kind: 'upper',
            required: true,
            hint: '16 caratteri, come riportato sulla tessera sanitaria.',
            attrs: { maxlength: '16', autocomplete: 'off' },
          }),
        ),
        col(
          field(prefix, {
            path: 'citizenship',
            label: 'Cittadinanza',
            kind: 'select',
            required: true,
            options: [['', 'Selezionare la cittadinanza'], ...CITIZENSHIPS],
          }),
        ),
      ),
      row(
        col(
          field(prefix, {
            path: 'birthDate',
            label: 'Data di nascita',
            kind: 'date',
            required: true,
            attrs: { autocomplete: 'bday' },
          }),
        ),
        col(
          field(prefix, {
            path: 'birthPlace',
            label: 'Luogo di nascita',
            required: true,
            hint: 'Comune e provincia, oppure Stato estero.',
          }),
        ),
      ),
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Recapiti'),
      field(prefix, {
        path: 'email',
        label: 'Indirizzo e-mail',
        kind: 'email',
        required: true,
        hint: 'A questo indirizzo arriva la ricevuta con il numero di protocollo.',
        attrs: { autocomplete: 'email' },
      }),
      row(
        col(field(prefix, { path: 'pec', label: 'Indirizzo PEC (facoltativo)', kind: 'email' })),
        col(
          field(prefix, {
            path: 'phone',
            label: 'Telefono (facoltativo)',
            kind: 'tel',
            attrs: { autocomplete: 'tel' },
          }),
        ),
      ),
    ),
    address(prefix, 'residence', 'Residenza'),
    address(prefix, 'contactAddress', 'Recapito per le comunicazioni (facoltativo)', {
      optional: true,
      hint: "Compilare solo se diverso dalla residenza: l'Amministrazione vi invierà ogni comunicazione.",
    }),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Diritti politici e posizione penale'),
      field(prefix, {
        path: 'electoralListMunicipality',
        label: 'Comune di iscrizione nelle liste elettorali',
        hint: 'In alternativa indicare sotto il motivo della non iscrizione o della cancellazione.',
      }),
      field(prefix, {
        path: 'notEnrolledReason',
        label: 'Motivo della non iscrizione o della cancellazione dalle liste elettorali',
      }),
      field(prefix, {
        path: 'criminalConvictions',
        label: 'Condanne penali riportate',
        kind: 'textarea',
        hint: 'Lasciare vuoto se non se ne sono riportate.',
      }),
      field(prefix, {
        path: 'pendingProceedings',
        label: 'Procedimenti penali in corso',
        kind: 'textarea',
        hint: 'Lasciare vuoto se non ce ne sono.',
      }),
      field(prefix, {
        path: 'militaryObligations',
        label: 'Posizione nei riguardi degli obblighi militari (facoltativo)',
        hint: 'Solo per i candidati soggetti a tali obblighi.',
      }),
    ),
    group('studyTitle', 'Titolo di studio', [
      field(prefix, { path: 'studyTitle.name', label: 'Denominazione del titolo di studio', required: true }),
      row(
        col(field(prefix, { path: 'studyTitle.institution', label: 'Istituto che lo ha rilasciato', required: true })),
        col(
          field(prefix, {
            path: 'studyTitle.obtainedOn',
            label: 'Data di conseguimento',
            kind: 'date',
            required: true,
          }),
        ),
      ),
    ]),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Titoli di preferenza e ausili'),
      field(prefix, {
        path: 'preferenceTitles',
        label: 'Titoli di preferenza a parità di merito (facoltativo)',
        kind: 'list',
        rows: 3,
        hint: 'Uno per riga.',
      }),
      field(prefix, {
        path: 'disabilityAids',
        label: 'Ausili o tempi aggiuntivi necessari per le prove (facoltativo)',
        kind: 'textarea',
        hint: 'Art. 20 della legge 5 febbraio 1992, n. 104.',
      }),
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Dichiarazioni obbligatorie'),
      checkbox(prefix, {
        path: 'notDismissedFromPA',
        required: true,
        shortLabel: 'Dichiarazione di non destituzione',
        label:
          "Dichiaro di non essere stato destituito o dispensato dall'impiego presso una pubblica amministrazione per persistente insufficiente rendimento e di non essere stato dichiarato decaduto da un impiego statale.",
      }),
      checkbox(prefix, {
        path: 'commitsToReportChanges',
        required: true,
        shortLabel: "Impegno a comunicare le variazioni dell'indirizzo",
        label:
          "Mi impegno a comunicare per iscritto le eventuali variazioni dell'indirizzo indicato per le comunicazioni, riconoscendo che l'Amministrazione non assume alcuna responsabilità in caso di irreperibilità del destinatario.",
      }),
      checkbox(prefix, {
        path: 'truthfulnessDeclared',
        required: true,
        shortLabel: 'Dichiarazione sostitutiva (D.P.R. 445/2000)',
        label:
          "Dichiaro, ai sensi degli artt. 46 e 47 del D.P.R. 28 dicembre 2000, n. 445, che quanto indicato nella domanda corrisponde al vero, consapevole delle sanzioni penali previste dall'art. 76 dello stesso decreto per le dichiarazioni mendaci.",
      }),
    ),
  ];
}

const ATTACHED = [
  ['', 'Non allegato'],
  ['ORIGINALE', 'Allegato in originale'],
  ['COPIA_AUTOCERTIFICATA', 'Allegato in fotocopia autocertificata'],
];
const isCurriculum = (text) => /curricul/i.test(text);

/**
 * The list of attachments (art. 84 c.1): the CV and each document the bando prescribes, one choice each;
 * merit titles and other documents one per line, with their form (a temporary self-certification only
 * for what is not mandatory, c.2); the health certificate for extra time and aids. `withAttachments`
 * turns the answers into the `attachments` the API takes.
 */
export function attachmentsFieldset(prefix, requiredAttachments = []) {
  const cvRequired = requiredAttachments.find(isCurriculum);
  return h(
    'fieldset',
    { class: 'form-fieldset mb-4', id: `${prefix}-attachments` },
    h('legend', { class: 'h5' }, 'Allegati alla domanda'),
    h(
      'p',
      { class: 'form-text mt-0' },
      "Elenco dei documenti allegati (art. 84 del regolamento): il curriculum e i documenti prescritti dal bando sono obbligatori; la loro mancanza va regolarizzata prima dell'ammissione.",
    ),
    cvRequired
      ? null
      : field(prefix, { path: '_att.cv', label: 'Curriculum professionale', kind: 'select', options: ATTACHED }),
    requiredAttachments.map((text, i) =>
      field(prefix, {
        path: `_att.req.${i}`,
        label: `Prescritto dal bando: ${text}`,
        kind: 'select',
        options: ATTACHED,
      }),
    ),
    field(prefix, {
      path: '_att.merit',
      label: 'Titoli di merito e altri documenti allegati (facoltativo)',
      kind: 'list',
      rows: 3,
      hint: 'Uno per riga, ad esempio i titoli di servizio da valutare (art. 92).',
    }),
    field(prefix, {
      path: '_att.meritForm',
      label: 'Forma dei titoli e documenti elencati',
      kind: 'select',
      options: [
        ['COPIA_AUTOCERTIFICATA', 'Fotocopia autocertificata'],
        ['ORIGINALE', 'Originale'],
        [
          'AUTOCERTIFICAZIONE',
          "Autocertificazione temporanea: il documento si esibisce su richiesta dell'Amministrazione",
        ],
      ],
    }),
    checkbox(prefix, {
      path: '_att.health',
      label: 'Allego la certificazione sanitaria per i tempi aggiuntivi e gli ausili necessari (L. 104/1992)',
    }),
  );
}

/** The form's answers as the domanda's `attachments` (attachmentSchema): the `_att` fields go. */
export function withAttachments(body, requiredAttachments = []) {
  const { _att: a = {}, ...rest } = body;
  const attachments = [];
  if (a.cv) attachments.push({ kind: 'CURRICULUM', description: 'Curriculum professionale', form: a.cv });
  requiredAttachments.forEach((text, i) => {
    const form = a.req?.[i];
    if (form)
      attachments.push({
        kind: isCurriculum(text) ? 'CURRICULUM' : 'DOCUMENTO_BANDO',
        description: text,
        answers: text,
        form,
      });
  });
  for (const line of a.merit ?? [])
    attachments.push({ kind: 'TITOLO_MERITO', description: line, form: a.meritForm ?? 'COPIA_AUTOCERTIFICATA' });
  if (a.health)
    attachments.push({
      kind: 'CERTIFICAZIONE_SANITARIA',
      description: 'Certificazione sanitaria per tempi aggiuntivi e ausili',
      form: 'ORIGINALE',
    });
  return { ...rest, attachments };
}

/** The extra fields of a paper domanda registered by HR (art. 85 c.2–3). */
export function paperFieldset(prefix, today) {
  return h(
    'fieldset',
    { class: 'form-fieldset mb-4' },
    h('legend', { class: 'h5' }, 'Ricezione della domanda cartacea'),
    row(
      col(
        field(prefix, {
          path: 'channel',
          label: 'Canale',
          kind: 'select',
          required: true,
          options: [['', 'Selezionare il canale'], ...CHANNELS.filter(([c]) => c !== 'ONLINE')],
        }),
      ),
      col(
        field(prefix, {
          path: 'protocolReference',
          label: 'Numero di protocollo in arrivo (facoltativo)',
        }),
      ),
    ),
    row(
      col(
        field(prefix, {
          path: 'sentDate',
          label: 'Data di spedizione',
          kind: 'date',
          required: true,
          value: today,
          hint: "Timbro dell'ufficio postale accettante, data di invio della PEC o di consegna a mano.",
        }),
      ),
      col(
        field(prefix, { path: 'receivedDate', label: 'Data di ricezione', kind: 'date', required: true, value: today }),
      ),
    ),
  );
}

/** "art. 85 c. 1 (L1441)", as the API's own formatCitation writes it in traces and events. */
export function citationText(c) {
  if (!c) return '';
  const where = [c.article, c.paragraph].filter(Boolean).join(' ');
  const source = c.source === 'external' ? c.law : c.lines;
  return source ? `${where} (${source})` : where;
}

/** The due date in words, with the closing time: 'mercoledì 23 dicembre 2026, ore 23:59'. */
export function dueText(deadline) {
  return `${formatLongDate(deadline.dueDate)}, ore ${formatTime(deadline.dueAt)}`;
}

/** A <details> with the legal basis (article, paragraph, lines, quote) and, if given, the computation trace. */
export function citationDetails(deadline, { open = false } = {}) {
  const c = deadline.citation ?? {};
  return h(
    'details',
    { class: 'citation', open },
    h('summary', {}, `Fondamento: ${citationText(c)}`),
    h(
      'dl',
      { class: 'citation-facts' },
      h('dt', {}, 'Articolo'),
      h('dd', {}, [c.article, c.paragraph].filter(Boolean).join(', ')),
      c.lines ? [h('dt', {}, 'Riga del regolamento'), h('dd', {}, c.lines)] : null,
      c.law ? [h('dt', {}, 'Norma'), h('dd', {}, c.law)] : null,
    ),
    c.quote ? h('blockquote', { class: 'citation-quote', lang: 'it' }, `«${c.quote}»`) : null,
    deadline.trace?.length
      ? [
          h('p', { class: 'fw-semibold mb-1' }, 'Come è stato calcolato il termine'),
          h(
            'ol',
            { class: 'trace' },
            deadline.trace.map((step) =>
              h('li', {}, h('span', { class: 'trace-date' }, formatDate(step.date)), ' — ', step.text),
            ),
          ),
        ]
      : null,
  );
}

/** 'In corso', 'Scaduto', 'Sospeso dal 5 marzo 2026'. */
export const deadlineStatus = (d) =>
  d.status === 'SUSPENDED' && d.suspendedOn
    ? `Sospeso dal ${formatDate(d.suspendedOn)}`
    : labelOf(DEADLINE_STATUS, d.status);
