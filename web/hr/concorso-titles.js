/**
 * The titles evaluation of a concorso per titoli ed esami on its detail page (Allegato I; art. 90 c.1;
 * decisione D3 C2): the board scores each admitted candidate's declared titles (POST
 * …/actions/evaluate-titles), again if needed, until the evaluation is closed and published
 * (…/lock-titles), which the API refuses while a candidate is missing. Only the totals are shown here.
 */
import { SERVICE_LEVELS, TITLE_SCHEMES } from '../shared/labels.js';
import { checkbox, errorSummary, field, formatDate, group, h, readForm, repeatable, shownWhen } from '../shared/ui.js';
import { submitTo } from './concorso-acts.js';

/** Phases in which titles are evaluated (titles-acts.ts PHASES). */
const PHASES = ['ADMISSION_DETERMINED', 'EXAMS_SCHEDULED'];

const points = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 3 });
const pts = (n) => points.format(n);

const col = (size, ...children) => h('div', { class: `col-md-${size}` }, children);
const row = (...cols) => h('div', { class: 'row' }, cols);

const actDetails = (kind, title, body, open = false) =>
  h('details', { class: 'term-ops mb-3', 'data-act': kind, open }, h('summary', {}, title), body);

const appLabel = (a) => `${a.lastName} ${a.firstName} (${a.protocolNumber})`;

/** The admitted candidates (every application not excluded by the admission), or [] before it. */
function admittedOf(p, apps) {
  const admission = p.data?.admission;
  if (!admission) return [];
  const excluded = new Set(admission.excluded.map((x) => x.applicationId));
  return apps.filter((a) => !excluded.has(a.id));
}

/** The scheme the post's category suggests (D → laurea, C → diploma, below → none); the board may change it. */
function suggestedScheme(p) {
  const category = p.data?.bando?.posts?.[0]?.category ?? '';
  if (category.startsWith('D')) return 'DEGREE_REQUIRED';
  return category === 'C' ? 'DIPLOMA_REQUIRED' : 'NO_DIPLOMA_REQUIRED';
}

const removeButton = (label, onRemove) =>
  h('button', { type: 'button', class: 'btn btn-outline-danger btn-sm mb-3', onclick: onRemove }, label);

// ---------------------------------------------------------------- the evaluation form

function serviceRow(prefix, i, values, onRemove) {
  const base = `service.${i}`;
  return group(
    base,
    `Periodo di servizio n. ${i + 1}`,
    [
      field(prefix, {
        path: `${base}.description`,
        label: 'Ente e mansioni',
        value: values.description,
      }),
      row(
        col(6, field(prefix, { path: `${base}.from`, label: 'Dal', kind: 'date', value: values.from })),
        col(
          6,
          field(prefix, {
            path: `${base}.to`,
            label: 'Al',
            kind: 'date',
            value: values.to,
            hint: 'Senza le date il periodo non è valutato; conta fino alla scadenza del bando.',
          }),
        ),
      ),
      field(prefix, {
        path: `${base}.categoriesBelow`,
        label: 'Mansioni rispetto alla categoria del posto',
        kind: 'select',
        value: values.categoriesBelow ?? '0',
        options: SERVICE_LEVELS,
      }),
      checkbox(prefix, {
        path: `${base}.tenured`,
        label: 'Servizio di ruolo',
        checked: values.tenured,
        hint: 'Il servizio non di ruolo vale il 10% in meno.',
      }),
      checkbox(prefix, {
        path: `${base}.military`,
        label: 'Servizio militare (valutato secondo il ruolo o grado)',
        checked: values.military,
      }),
      removeButton(`Rimuovi il periodo n. ${i + 1}`, onRemove),
    ],
    { legendClass: 'h6' },
  );
}

function awardRow(prefix, i, values, onRemove) {
  const base = `awards.${i}`;
  return group(
    base,
    `Titolo vario n. ${i + 1}`,
    [
      row(
        col(
          8,
          field(prefix, { path: `${base}.description`, label: 'Titolo', required: true, value: values.description }),
        ),
        col(
          4,
          field(prefix, {
            path: `${base}.points`,
            label: 'Punti attribuiti dalla commissione',
            kind: 'decimal',
            required: true,
            value: values.points,
            attrs: { min: '0', max: '2.5' },
          }),
        ),
      ),
      removeButton(`Rimuovi il titolo vario n. ${i + 1}`, onRemove),
    ],
    { legendClass: 'h6' },
  );
}

/**
 * The declared titles as the API wants them, from the form's own paths (`study`, `service`, `awards`:
 * `repeatable` keeps its rows at the top of the form): only what was filled in, numbers as numbers.
 */
function declaredOf({ study = {}, service = [], awards = [] }) {
  const s = {};
  const degree = study.requiredDegree;
  if (degree && (degree.mark !== undefined || degree.cumLaude)) {
    s.requiredDegree = {
      mark: degree.mark,
      outOf: Number(degree.outOf),
      ...(degree.cumLaude ? { cumLaude: true } : {}),
    };
  }
  for (const list of ['degrees', 'otherDiplomas']) if (study[list]?.length) s[list] = study[list];
  if (study.abilitazione) s.abilitazione = study.abilitazione;
  const declared = {};
  if (Object.keys(s).length) declared.study = s;
  if (service.length) {
    declared.service = service.map(({ categoriesBelow, military, ...period }) => ({
      ...period,
      categoriesBelow: Number(categoriesBelow ?? 0),
      ...(military ? { military: true } : {}),
    }));
  }
  if (awards.length) declared.misc = { other: awards };
  return declared;
}

/** The API's `declared.…` paths back onto the form's own; `declared` as a whole (a malformed title) in the summary. */
function titlesProblem(problem) {
  if (problem.code === 'board-may-not-act') {
    return { ...problem, title: 'La commissione non può valutare i titoli', errors: [] };
  }
  return {
    ...problem,
    errors: (problem.errors ?? []).map((e) => {
      const f = e.field ?? '';
      if (f === 'declared') return { ...e, field: undefined };
      return { ...e, field: f.replace(/^declared\.misc\.other\b/, 'awards').replace(/^declared\./, '') };
    }),
  };
}

function evaluationForm(p, admitted, reload) {
  const prefix = 'titles';
  const summary = errorSummary(prefix, 4);
  const evaluated = p.data.titles?.evaluated ?? {};
  const next = admitted.find((a) => !(a.id in evaluated)) ?? admitted[0];
  const form = h('form', { novalidate: true, class: 'mt-3', 'aria-label': 'Valutazione dei titoli di un candidato' });
  const scheme = field(prefix, {
    path: 'scheme',
    label: 'Criteri di valutazione',
    kind: 'select',
    required: true,
    value: suggestedScheme(p),
    options: TITLE_SCHEMES,
    hint: 'Secondo il titolo di studio che il bando richiede per l’accesso.',
  });
  const [services, addService] = repeatable(form, prefix, {
    path: 'service',
    make: serviceRow,
    min: 0,
    initial: [],
    addLabel: 'Aggiungi un periodo di servizio',
  });
  const [awards, addAward] = repeatable(form, prefix, {
    path: 'awards',
    make: awardRow,
    min: 0,
    initial: [],
    addLabel: 'Aggiungi un titolo vario',
  });
  let body = {};
  form.append(
    summary,
    row(
      col(
        6,
        field(prefix, {
          path: 'applicationId',
          label: 'Candidato',
          kind: 'select',
          required: true,
          value: next?.id,
          options: admitted.map((a) => [
            a.id,
            a.id in evaluated ? `${appLabel(a)} — già valutato: ${pts(evaluated[a.id])} punti` : appLabel(a),
          ]),
          hint: 'Una nuova valutazione sostituisce la precedente.',
        }),
      ),
      col(6, scheme),
    ),
    group(
      'study',
      'Titoli di studio (fino a 3,5 punti)',
      [
        shownWhen(
          scheme,
          (v) => v === 'DEGREE_REQUIRED',
          row(
            col(
              4,
              field(prefix, {
                path: 'study.requiredDegree.mark',
                label: 'Voto della laurea richiesta',
                kind: 'int',
                attrs: { min: '60', max: '110' },
              }),
            ),
            col(
              4,
              field(prefix, {
                path: 'study.requiredDegree.outOf',
                label: 'Su',
                kind: 'select',
                value: '110',
                options: [
                  ['110', '110'],
                  ['100', '100'],
                ],
              }),
            ),
            col(4, checkbox(prefix, { path: 'study.requiredDegree.cumLaude', label: 'Con lode' })),
          ),
        ),
        field(prefix, {
          path: 'study.degrees',
          label: 'Diplomi di laurea (uno per riga)',
          kind: 'list',
          rows: 2,
          hint: 'Se il concorso richiede la laurea: quelle oltre la laurea richiesta.',
        }),
        field(prefix, {
          path: 'study.otherDiplomas',
          label: 'Altri diplomi di scuola media superiore (uno per riga)',
          kind: 'list',
          rows: 2,
        }),
        field(prefix, {
          path: 'study.abilitazione',
          label: 'Abilitazione professionale affine al posto',
          hint: 'Valutata nei concorsi che richiedono la laurea.',
        }),
      ],
      { optional: true, legendClass: 'h6' },
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h6' }, 'Titoli di servizio (fino a 4 punti)'),
      services,
      addService,
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h6' }, 'Titoli vari (fino a 2,5 punti)'),
      h(
        'p',
        { class: 'form-text mt-0 mb-3' },
        'Altri titoli che la commissione valuta a sua discrezione, con i punti che attribuisce.',
      ),
      awards,
      addAward,
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra la valutazione'),
  );
  const nameOf = (id) => {
    const a = admitted.find((x) => x.id === id);
    return a ? appLabel(a) : id;
  };
  submitTo(
    form,
    summary,
    p,
    'evaluate-titles',
    () => {
      const read = readForm(form);
      body = { applicationId: read.applicationId, scheme: read.scheme, declared: declaredOf(read) };
      return body;
    },
    () => `Titoli di ${nameOf(body.applicationId)} valutati.`,
    reload,
    titlesProblem,
  );
  return form;
}

// ---------------------------------------------------------------- the lock

function lockForm(p, reload, today) {
  const prefix = 'titles-lock';
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Chiusura e pubblicazione della valutazione dei titoli' },
    summary,
    row(
      col(
        6,
        field(prefix, {
          path: 'publishedOn',
          label: 'Data di pubblicazione degli esiti',
          kind: 'date',
          required: true,
          value: today,
          hint: "All'albo pretorio e sul sito, prima della prova orale. Non può essere futura.",
        }),
      ),
    ),
    h(
      'p',
      { class: 'form-text' },
      'Si chiude solo quando tutti gli ammessi sono valutati; chiusa, la valutazione non si modifica più e si possono abbinare i nomi agli elaborati.',
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Chiudi e pubblica la valutazione'),
  );
  submitTo(
    form,
    summary,
    p,
    'lock-titles',
    () => readForm(form),
    () => 'Valutazione dei titoli chiusa e pubblicata.',
    reload,
    (problem) =>
      problem.code === 'titles-missing' ? { ...problem, title: 'La valutazione non si può ancora chiudere' } : problem,
  );
  return form;
}

// ---------------------------------------------------------------- the section

function totalsTable(admitted, evaluated) {
  return h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table', id: 'titles' },
      h('caption', {}, `Punteggio dei titoli degli ammessi (${admitted.length})`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Protocollo', 'Candidato', 'Punti (su 10)'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        admitted.map((a) =>
          h(
            'tr',
            { 'data-application': a.id },
            h('th', { scope: 'row', class: 'mono fw-normal' }, a.protocolNumber),
            h('td', {}, `${a.lastName} ${a.firstName}`),
            h('td', {}, a.id in evaluated ? pts(evaluated[a.id]) : 'Da valutare'),
          ),
        ),
      ),
    ),
  );
}

/** The "Valutazione dei titoli" section of a concorso per titoli ed esami, or null when it does not apply. */
export function titlesSection(p, apps, reload, today) {
  const titles = p.data?.titles;
  if (p.data?.bando?.competitionType !== 'PER_TITOLI_ED_ESAMI') return null;
  if (!titles && !PHASES.includes(p.phase)) return null;
  const admitted = admittedOf(p, apps);
  const evaluated = titles?.evaluated ?? {};
  const parts = [
    h(
      'p',
      {},
      "La commissione valuta i titoli dichiarati dagli ammessi e posseduti alla scadenza del bando: fino a 10 punti, di cui 3,5 per i titoli di studio, 4 per quelli di servizio e 2,5 per i vari (Allegato I). La valutazione si può rifare finché non è chiusa; gli esiti si pubblicano prima dell'abbinamento dei nomi agli elaborati e della prova orale (art. 90 c.1; decisione D3 C2).",
    ),
    totalsTable(admitted, evaluated),
  ];
  if (titles?.lockedAt) {
    parts.push(
      h(
        'p',
        { id: 'titles-line' },
        `Valutazione chiusa e pubblicata il ${formatDate(titles.publishedOn)}.`,
        titles.digest ? h('span', { class: 'small mono d-block' }, `Impronta dei punteggi: ${titles.digest}`) : null,
      ),
    );
  } else if (PHASES.includes(p.phase)) {
    const missing = admitted.filter((a) => !(a.id in evaluated)).length;
    parts.push(
      actDetails(
        'evaluate-titles',
        'Valutazione dei titoli di un candidato',
        evaluationForm(p, admitted, reload),
        missing > 0,
      ),
      actDetails(
        'lock-titles',
        'Chiusura e pubblicazione della valutazione',
        lockForm(p, reload, today),
        missing === 0,
      ),
    );
  }
  return h(
    'section',
    { 'aria-labelledby': 'titles-title', class: 'mb-5' },
    h('h2', { id: 'titles-title' }, 'Valutazione dei titoli (Allegato I)'),
    parts,
  );
}
