/**
 * The tests, the oral and the graduatoria on a concorso's detail page (artt. 93-101): a written or
 * practical test opened on its day with those who handed in a paper (POST …/actions/start-test), each
 * commissioner's scoresheet on the anonymous codes (…/record-marks), the names matched to the papers
 * (…/deanonymise), the list of those admitted to the oral, the oral sessions (…/record-oral-session), the
 * preference documents of those who passed (…/record-preference-documents), the approval by the HR head
 * (…/approve-graduatoria) and then the graduatoria with every position explained (GET …/ranking).
 */
import { ApiError, api } from '../shared/api.js';
import {
  EXAM_KINDS,
  labelOf,
  NOT_ADMITTED_OUTCOMES,
  ORAL_OUTCOMES,
  PREFERENCE_TITLES,
  RANKING_OUTCOMES,
} from '../shared/labels.js';
import {
  checkbox,
  checkboxGroup,
  errorSummary,
  field,
  formatDate,
  formatDateTime,
  formatLongDate,
  h,
  readForm,
  replace,
} from '../shared/ui.js';
import { actFields, submitTo } from './concorso-acts.js';

/** The tests marked anonymously by three commissioners (marking-schemas.ts testId). */
const MARKED_KINDS = ['WRITTEN', 'PRACTICAL'];
/** The term to document the preference titles, one per candidate (oral.ts PREFERENCE_TERM). */
const PREFERENCE_TERM = 'concorso.preferenceDocuments';
/** A session's results the API accepts at most (oral-schemas.ts). */
const SESSION_MAX = 40;

const capital = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const kindLabel = (kind) => labelOf(EXAM_KINDS, kind);
const points = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 3 });
const pts = (n) => (typeof n === 'number' ? points.format(n) : '');

const col = (size, ...children) => h('div', { class: `col-md-${size}` }, children);
const row = (...cols) => h('div', { class: 'row' }, cols);

const actDetails = (kind, title, body, open = false) =>
  h('details', { class: 'term-ops mb-3', 'data-act': kind, open }, h('summary', {}, title), body);

const table = (attrs, caption, headers, rows) =>
  h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table', ...attrs },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );

/** The admitted candidates (every application not excluded by the admission), or [] before it. */
function admittedOf(p, apps) {
  const admission = p.data?.admission;
  if (!admission) return [];
  const excluded = new Set(admission.excluded.map((x) => x.applicationId));
  return apps.filter((a) => !excluded.has(a.id));
}

const appLabel = (a) => `${a.lastName} ${a.firstName} (${a.protocolNumber})`;

/** The board's components who may mark (marking.ts: neither the secretary nor an added member). */
const componentsOf = (p) =>
  (p.data?.board?.board.members ?? []).filter((m) => m.seat !== 'SEGRETARIO' && m.seat !== 'MEMBRO_AGGIUNTO');

const memberName = (p, id) => p.data?.board?.board.members.find((m) => m.id === id)?.name ?? id;

/** The board standing in the way is said once, as the detail, not again as errors of no field. */
const boardWide = (title) => (problem) =>
  problem.code === 'board-may-not-act' ? { ...problem, title, errors: [] } : problem;

// ---------------------------------------------------------------- opening a test

function startForm(p, apps, exam, reload) {
  const prefix = `start-${exam.kind}`;
  const summary = errorSummary(prefix, 4);
  const admitted = admittedOf(p, apps);
  const components = componentsOf(p);
  const options = [['', 'Selezionare'], ...components.map((m) => [m.id, m.name])];
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': `Svolgimento della ${kindLabel(exam.kind)}` },
    summary,
    row(
      col(
        6,
        field(prefix, {
          path: 'heldOn',
          label: 'Data di svolgimento',
          kind: 'date',
          required: true,
          value: exam.date,
          hint: 'Quella del diario delle prove: la prova si registra dal giorno in cui si è svolta.',
        }),
      ),
      exam.kind === 'WRITTEN'
        ? col(
            6,
            field(prefix, {
              path: 'papers',
              label: 'Elaborati per candidato',
              kind: 'select',
              value: '1',
              options: [
                ['1', 'Uno'],
                ['2', 'Due, abbinati sotto lo stesso codice (art. 93 c.22)'],
              ],
            }),
          )
        : null,
    ),
    checkboxGroup(prefix, {
      path: 'sat',
      legend: 'Candidati che hanno consegnato un elaborato',
      required: true,
      options: admitted.map((a) => [a.id, appLabel(a)]),
      values: admitted.map((a) => a.id),
      hint: 'Togliere la spunta a chi era assente: è considerato rinunciatario (decisione D3 Q13).',
    }),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h6' }, 'Commissari che valutano gli elaborati'),
      h(
        'p',
        { class: 'form-text mt-0 mb-3' },
        'Tre componenti della commissione, ciascuno con 10 punti per elaborato (art. 94 c.6); non il segretario.',
      ),
      row(
        [0, 1, 2].map((i) =>
          col(
            4,
            field(prefix, {
              path: `commissioners.${i}`,
              label: `Commissario n. ${i + 1}`,
              kind: 'select',
              required: true,
              value: components[i]?.id,
              options,
            }),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'form-text' },
      'A ogni elaborato è assegnato un codice casuale: la corrispondenza con i nomi resta sigillata fino a quando tutti gli elaborati sono valutati.',
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra lo svolgimento della prova'),
  );
  submitTo(
    form,
    summary,
    p,
    'start-test',
    () => {
      const body = readForm(form);
      return { ...body, kind: exam.kind, papers: Number(body.papers ?? 1) };
    },
    () => `${capital(kindLabel(exam.kind))} registrata: gli elaborati sono codificati in forma anonima.`,
    reload,
    boardWide('La commissione non può svolgere la prova'),
  );
  return form;
}

// ---------------------------------------------------------------- a commissioner's scoresheet

function marksForm(p, test, reload) {
  const prefix = `marks-${test.testId}`;
  const summary = errorSummary(prefix, 4);
  // One row per paper: a code, or a code and its paper when two are paired under one code.
  const papers = test.codes.flatMap((code) => Array.from({ length: test.papers }, (_, k) => ({ code, paper: k + 1 })));
  const paired = test.papers > 1;
  const rowOf = (x) => `${x.code}-${x.paper}`;
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': `Voti di un commissario sulla ${kindLabel(test.kind)}` },
    summary,
    row(
      col(
        6,
        field(prefix, {
          path: 'commissionerId',
          label: 'Commissario che assegna i voti',
          kind: 'select',
          required: true,
          options: test.commissioners.map((id) => [id, memberName(p, id)]),
        }),
      ),
    ),
    table(
      { id: `marks-${test.testId}` },
      `Elaborati (${papers.length}): punti da 0 a 10, al più 3 decimali`,
      paired ? ['Codice', 'Elaborato', 'Punti'] : ['Codice', 'Punti'],
      papers.map((x) =>
        h(
          'tr',
          { 'data-code': x.code, 'data-paper': paired ? x.paper : undefined },
          h('th', { scope: 'row', class: 'mono fw-normal' }, x.code),
          paired ? h('td', {}, `n. ${x.paper}`) : null,
          h(
            'td',
            {},
            field(prefix, {
              path: `rows.${rowOf(x)}.points`,
              label: paired ? `Punti per il codice ${x.code}, elaborato ${x.paper}` : `Punti per il codice ${x.code}`,
              kind: 'decimal',
              attrs: { min: '0', max: '10' },
            }),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'form-text' },
      'Si registrano i voti compilati; gli altri si possono inserire dopo. Se un voto non è valido il foglio è respinto per intero. Il secondo elaborato si valuta solo se il primo è sufficiente (art. 94 c.7).',
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra i voti'),
  );
  // The marks are built from the filled rows: remember which row each entry came from, for the errors.
  let rowsOf = [];
  let body = {};
  const makeBody = () => {
    const { rows = {}, commissionerId } = readForm(form);
    rowsOf = [];
    const marks = [];
    for (const x of papers) {
      const value = rows[rowOf(x)]?.points;
      if (value === undefined) continue;
      marks.push({ code: x.code, ...(paired ? { paper: x.paper } : {}), points: value });
      rowsOf.push(rowOf(x));
    }
    body = { testId: test.testId, commissionerId, marks };
    return body;
  };
  // `marks.N.points` and `marks.N.code` (a paper that cannot take this mark) both land on that row's input.
  const mapProblem = (problem) =>
    boardWide('La commissione non può valutare gli elaborati')({
      ...problem,
      errors: (problem.errors ?? []).map((e) => {
        const m = /^marks\.(\d+)(?:\.\w+)?$/.exec(e.field ?? '');
        const key = m && rowsOf[Number(m[1])];
        return key ? { ...e, field: `rows.${key}.points` } : e;
      }),
    });
  submitTo(
    form,
    summary,
    p,
    'record-marks',
    makeBody,
    () =>
      `Voti di ${memberName(p, body.commissionerId)} registrati: ${body.marks.length === 1 ? '1 elaborato' : `${body.marks.length} elaborati`}.`,
    reload,
    mapProblem,
  );
  return form;
}

// ---------------------------------------------------------------- matching the names

function matchForm(p, test, reload) {
  const prefix = `match-${test.testId}`;
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': `Abbinamento dei nomi sulla ${kindLabel(test.kind)}` },
    summary,
    h(
      'p',
      { class: 'form-text' },
      "Si apre la corrispondenza sigillata tra codici e candidati (art. 94 c.5): è possibile solo quando ogni elaborato ha i voti dei tre commissari, e da allora i voti non si modificano più. Se tutte le prove scritte e pratiche sono abbinate si pubblica l'elenco degli ammessi alla prova orale.",
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Abbina i nomi agli elaborati'),
  );
  submitTo(
    form,
    summary,
    p,
    'deanonymise',
    () => ({ testId: test.testId }),
    () => `Nomi abbinati agli elaborati della ${kindLabel(test.kind)}.`,
    reload,
    (problem) =>
      problem.code === 'deanonymisation-refused'
        ? { ...problem, title: 'Abbinamento dei nomi non ancora possibile' }
        : problem,
  );
  return form;
}

// ---------------------------------------------------------------- one marked test

function testPart(p, apps, exam, reload, today) {
  const test = (p.data.tests ?? []).find((t) => t.testId === exam.kind);
  const open = p.phase === 'EXAMS_SCHEDULED';
  const heading = h(
    'h3',
    { class: 'h4', id: `test-title-${exam.kind}` },
    `${capital(kindLabel(exam.kind))} del ${formatDate(exam.date)}`,
  );
  if (!test) {
    let body;
    if (!open) body = h('p', {}, 'Prova non svolta.');
    else if (exam.date > today)
      body = h('p', {}, `La prova si registra dal ${formatLongDate(exam.date)}, giorno in cui si svolge.`);
    else {
      body = actDetails(
        'start-test',
        `Svolgimento della ${kindLabel(exam.kind)} (art. 94)`,
        startForm(p, apps, exam, reload),
        true,
      );
    }
    return h(
      'div',
      { 'data-test': exam.kind, 'aria-labelledby': `test-title-${exam.kind}`, role: 'group' },
      heading,
      body,
    );
  }
  const { progress } = test;
  const complete = progress.toMark > 0 && progress.marked === progress.toMark;
  const parts = [
    h(
      'p',
      { id: `test-line-${test.testId}` },
      `Svolta il ${formatDate(test.heldOn)}: ${test.codes.length === 1 ? '1 elaborato codificato' : `${test.codes.length} elaborati codificati`}${test.papers > 1 ? ` (${test.papers} per codice)` : ''}. Commissari che valutano: ${test.commissioners.map((id) => memberName(p, id)).join(', ')}.`,
    ),
    test.absent.length
      ? h(
          'p',
          {},
          `Assenti, considerati rinunciatari (decisione D3 Q13): ${test.absent.map((a) => a.name).join(', ')}.`,
        )
      : null,
  ];
  if (test.deanonymisedAt) {
    const o = test.outcomes ?? { passed: 0, failed: 0, withdrawn: 0, excluded: 0 };
    parts.push(
      h(
        'p',
        { id: `test-outcomes-${test.testId}` },
        `Nomi abbinati il ${formatDateTime(test.deanonymisedAt)}: superata da ${o.passed}, non superata da ${o.failed}, rinunciatari ${o.withdrawn}, esclusi ${o.excluded}. I voti sono definitivi.`,
      ),
    );
  } else {
    parts.push(
      h(
        'p',
        { id: `test-progress-${test.testId}` },
        h('label', { for: `test-meter-${test.testId}` }, 'Elaborati con i voti di tutti e tre i commissari: '),
        h('progress', {
          id: `test-meter-${test.testId}`,
          max: String(progress.toMark || 1),
          value: String(progress.marked),
        }),
        ` ${progress.marked} su ${progress.toMark}.`,
      ),
    );
    if (open) {
      parts.push(
        actDetails('record-marks', 'Voti di un commissario', marksForm(p, test, reload), !complete),
        actDetails(
          'deanonymise',
          'Abbinamento dei nomi agli elaborati (art. 94 c.5)',
          matchForm(p, test, reload),
          complete,
        ),
      );
    }
  }
  return h(
    'div',
    { 'data-test': exam.kind, 'aria-labelledby': `test-title-${exam.kind}`, role: 'group' },
    heading,
    parts,
  );
}

// ---------------------------------------------------------------- the list of those admitted to the oral

function oralAdmissionPart(p) {
  const list = p.data.oralAdmission;
  const tests = p.data.tests ?? [];
  const hasPractical = tests.some((t) => t.kind === 'PRACTICAL');
  const marks = (ns) => ns.map((n) => `${pts(n)}/30`).join('; ');
  return [
    h('h3', { class: 'h4', id: 'oral-admission-title' }, 'Ammessi alla prova orale (art. 96)'),
    h(
      'p',
      { id: 'oral-admission-line' },
      `Elenco pubblicato il ${formatDateTime(list.publishedAt)} all'albo pretorio e sul sito: ${list.admitted.length} ammessi, ${list.notAdmitted.length} non ammessi.`,
    ),
    table(
      { id: 'oral-admitted' },
      `Ammessi alla prova orale (${list.admitted.length})`,
      ['Candidato', 'Prova scritta', ...(hasPractical ? ['Prova pratica'] : [])],
      list.admitted.map((a) =>
        h(
          'tr',
          { 'data-application': a.applicationId },
          h('th', { scope: 'row', class: 'fw-normal' }, a.name),
          h('td', {}, marks(a.written)),
          hasPractical ? h('td', {}, marks(a.practical)) : null,
        ),
      ),
    ),
    list.notAdmitted.length
      ? table(
          { id: 'oral-not-admitted' },
          `Non ammessi alla prova orale (${list.notAdmitted.length})`,
          ['Candidato', 'Esito', 'Motivo'],
          list.notAdmitted.map((a) =>
            h(
              'tr',
              { 'data-application': a.applicationId },
              h('th', { scope: 'row', class: 'fw-normal' }, a.name),
              h('td', {}, labelOf(NOT_ADMITTED_OUTCOMES, a.outcome)),
              h('td', {}, a.reason),
            ),
          ),
        )
      : null,
  ];
}

// ---------------------------------------------------------------- oral sessions

/** Those admitted to the oral with no result in any session yet. */
function pendingOral(p) {
  const examined = new Set((p.data.oralSessions ?? []).flatMap((s) => s.results.map((r) => r.applicationId)));
  return p.data.oralAdmission.admitted.filter((a) => !examined.has(a.applicationId));
}

function sessionForm(p, pending, reload, today) {
  const prefix = 'oral';
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Seduta della prova orale' },
    summary,
    row(
      col(
        6,
        field(prefix, {
          path: 'date',
          label: 'Data della seduta',
          kind: 'date',
          required: true,
          value: today,
          hint: 'Non futura: la seduta si registra alla sua conclusione, quando se ne pubblica l’esito (art. 98 c.3).',
        }),
      ),
      col(
        6,
        field(prefix, {
          path: 'draw',
          label: 'Lettera estratta (facoltativa)',
          hint: "Per l'ordine in cui i candidati sono esaminati (art. 97 c.3).",
        }),
      ),
    ),
    table(
      { id: 'oral-session-rows', class: 'table align-middle' },
      `Ammessi alla prova orale non ancora esaminati (${pending.length})`,
      ['Candidato', 'Punti', 'Assenza'],
      pending.map((a) =>
        h(
          'tr',
          { 'data-application': a.applicationId },
          h('th', { scope: 'row', class: 'fw-normal' }, a.name),
          h(
            'td',
            {},
            field(prefix, {
              path: `rows.${a.applicationId}.points`,
              label: `Punti di ${a.name}`,
              kind: 'decimal',
              attrs: { min: '0', max: '30' },
              hint: 'Da 0 a 30; almeno 21 per superarla.',
            }),
          ),
          h(
            'td',
            {},
            checkbox(prefix, {
              path: `rows.${a.applicationId}.absent`,
              label: `${a.name} assente`,
              hint: 'Rinunciatario (decisione D3 Q13).',
            }),
          ),
        ),
      ),
    ),
    h(
      'p',
      { class: 'form-text' },
      `Si registrano i candidati con i punti o l'assenza; gli altri restano per una seduta successiva. Al più ${SESSION_MAX} candidati per seduta. Chi supera la prova riceve per e-mail il termine di 15 giorni per documentare i titoli di preferenza (art. 100 c.1).`,
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra e pubblica la seduta'),
  );
  // The results are built from the filled rows: remember which row each result came from, for the errors.
  let rowsOf = [];
  const makeBody = () => {
    const { rows = {}, ...body } = readForm(form);
    rowsOf = [];
    const results = [];
    for (const a of pending) {
      const r = rows[a.applicationId] ?? {};
      if (r.absent) results.push({ applicationId: a.applicationId, absent: true });
      else if (r.points !== undefined) results.push({ applicationId: a.applicationId, points: r.points });
      else continue;
      rowsOf.push(a.applicationId);
    }
    return { ...body, results };
  };
  // `results.N` (the candidate as a whole) and `results.N.points` land on that row's points.
  const mapProblem = (problem) =>
    boardWide('La commissione non può tenere la seduta')({
      ...problem,
      errors: (problem.errors ?? []).map((e) => {
        const m = /^results\.(\d+)(?:\.(\w+))?$/.exec(e.field ?? '');
        const id = m && rowsOf[Number(m[1])];
        return id ? { ...e, field: `rows.${id}.${m[2] === 'absent' ? 'absent' : 'points'}` } : e;
      }),
    });
  submitTo(
    form,
    summary,
    p,
    'record-oral-session',
    makeBody,
    () => 'Seduta della prova orale registrata e pubblicata. Chi l’ha superata riceve il termine per i documenti.',
    reload,
    mapProblem,
  );
  return form;
}

function sessionsPart(p) {
  const sessions = p.data.oralSessions ?? [];
  const prefs = p.data.preferences ?? {};
  return sessions.map((s) =>
    table(
      { 'data-session': s.sessionId },
      `Seduta del ${formatDate(s.date)}, pubblicata il ${formatDateTime(s.publishedAt)}`,
      ['Candidato', 'Esito', 'Punti', 'Documenti dei titoli di preferenza'],
      s.results.map((r) =>
        h(
          'tr',
          { 'data-application': r.applicationId },
          h('th', { scope: 'row', class: 'fw-normal' }, r.name),
          h('td', {}, labelOf(ORAL_OUTCOMES, r.outcome)),
          h('td', {}, r.points !== undefined ? `${pts(r.points)}/30` : '—'),
          h(
            'td',
            {},
            r.documentsDue ? `Entro il ${formatDate(r.documentsDue)}` : '—',
            prefs[r.applicationId]
              ? h('div', { class: 'small' }, `Ricevuti il ${formatDate(prefs[r.applicationId].receivedOn)}`)
              : null,
          ),
        ),
      ),
    ),
  );
}

// ---------------------------------------------------------------- preference documents

const TITLE_OPTIONS = Object.entries(PREFERENCE_TITLES)
  .filter(([n]) => n !== '18')
  .map(([n, text]) => [n, `n. ${n} — ${text}`]);

/** Those who passed the oral with no documents recorded, with their term. */
function awaitingDocuments(p) {
  const prefs = p.data.preferences ?? {};
  return (p.data.oralSessions ?? [])
    .flatMap((s) => s.results)
    .filter((r) => r.outcome === 'PASSED' && !prefs[r.applicationId]);
}

function documentsForm(p, awaiting, reload, today) {
  const prefix = 'preferences';
  const summary = errorSummary(prefix, 4);
  const nameOf = (id) => awaiting.find((r) => r.applicationId === id)?.name ?? id;
  let body = {};
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Documenti dei titoli di preferenza' },
    summary,
    row(
      col(
        6,
        field(prefix, {
          path: 'applicationId',
          label: 'Candidato',
          kind: 'select',
          required: true,
          options: awaiting.map((r) => [r.applicationId, `${r.name} — termine ${formatDate(r.documentsDue)}`]),
        }),
      ),
      col(
        6,
        field(prefix, {
          path: 'receivedOn',
          label: 'Documenti pervenuti il',
          kind: 'date',
          required: true,
          value: today,
          hint: 'Entro il termine del candidato: i titoli documentati dopo non si considerano (art. 100 c.1).',
        }),
      ),
    ),
    checkboxGroup(prefix, {
      path: 'preferenceTitles',
      legend: 'Titoli di preferenza documentati (Allegato M)',
      options: TITLE_OPTIONS,
      hint: 'I figli a carico (n. 18) si indicano sotto, con il loro numero.',
    }),
    row(
      col(
        6,
        field(prefix, {
          path: 'dependentChildren',
          label: 'Figli a carico documentati',
          kind: 'int',
          value: 0,
          attrs: { min: '0', max: '20' },
        }),
      ),
    ),
    checkbox(prefix, {
      path: 'commendablePublicService',
      label: 'Lodevole servizio nelle amministrazioni pubbliche documentato',
    }),
    checkbox(prefix, {
      path: 'militaryVolunteer',
      label: 'Militare volontario delle Forze Armate congedato senza demerito (riserva, art. 112)',
    }),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra i documenti'),
  );
  submitTo(
    form,
    summary,
    p,
    'record-preference-documents',
    () => {
      const read = readForm(form);
      body = { ...read, preferenceTitles: (read.preferenceTitles ?? []).map(Number) };
      return body;
    },
    () => `Documenti di ${nameOf(body.applicationId)} registrati.`,
    reload,
  );
  return form;
}

function documentsTable(p) {
  const prefs = Object.entries(p.data.preferences ?? {});
  if (!prefs.length) return null;
  const names = new Map((p.data.oralSessions ?? []).flatMap((s) => s.results).map((r) => [r.applicationId, r.name]));
  const yes = (b) => (b ? 'Sì' : 'No');
  return table(
    { id: 'preference-documents' },
    `Documenti dei titoli di preferenza ricevuti (${prefs.length})`,
    ['Candidato', 'Ricevuti il', 'Titoli (Allegato M)', 'Figli a carico', 'Lodevole servizio', 'Militare volontario'],
    prefs.map(([id, d]) =>
      h(
        'tr',
        { 'data-application': id },
        h('th', { scope: 'row', class: 'fw-normal' }, names.get(id) ?? id),
        h('td', {}, formatDate(d.receivedOn)),
        h('td', {}, d.preferenceTitles.length ? d.preferenceTitles.map((n) => `n. ${n}`).join(', ') : 'Nessuno'),
        h('td', {}, String(d.dependentChildren)),
        h('td', {}, yes(d.commendablePublicService)),
        h('td', {}, yes(d.militaryVolunteer)),
      ),
    ),
  );
}

// ---------------------------------------------------------------- approval

/** Why the approval would be refused now: orals still to hold, documents terms still running. */
function approvalNotice(p, pending) {
  // One documents term per oral session (oral.ts preferenceDeadlineId): its id ends with the session's.
  const open = (p.deadlines ?? []).filter((d) => d.termId === PREFERENCE_TERM && d.status === 'OPEN');
  const sessions = p.data.oralSessions ?? [];
  const whose = (d) => {
    const session = sessions.find((s) => d.id === `${PREFERENCE_TERM}.${s.sessionId}`);
    return session ? `i candidati della seduta del ${formatDate(session.date)}` : d.label;
  };
  const reasons = [];
  if (pending.length) reasons.push(`prova orale ancora da sostenere per ${pending.map((a) => a.name).join(', ')}`);
  if (open.length) {
    reasons.push(
      `termine per i documenti ancora aperto per ${open.map((d) => `${whose(d)} (fino al ${formatDate(d.dueDate)})`).join(', ')}`,
    );
  }
  if (!reasons.length) return null;
  return h(
    'div',
    { class: 'alert alert-warning', id: 'approval-refusal' },
    `La graduatoria non si può ancora approvare: ${reasons.join('; ')}.`,
  );
}

function approvalForm(p, reload, today) {
  const prefix = 'approval';
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Approvazione della graduatoria' },
    summary,
    h(
      'p',
      { class: 'form-text mt-0', id: 'approval-reserved' },
      'Riservato al Responsabile del Servizio Risorse Umane.',
    ),
    actFields(prefix, today, 'approvazione'),
    row(
      col(
        6,
        field(prefix, {
          path: 'post.service',
          label: 'Servizio di assegnazione',
          required: true,
          hint: 'Per la formazione del contratto dei vincitori.',
        }),
      ),
      col(6, field(prefix, { path: 'post.workplace', label: 'Sede di lavoro', required: true })),
    ),
    h(
      'p',
      { class: 'form-text' },
      "La graduatoria è calcolata con i punteggi delle prove, i titoli di preferenza documentati e le riserve; resta valida tre anni dall'approvazione ed è trasmessa alla formazione dei contratti.",
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Approva la graduatoria'),
  );
  submitTo(
    form,
    summary,
    p,
    'approve-graduatoria',
    () => readForm(form),
    () => 'Graduatoria approvata e trasmessa alla formazione dei contratti.',
    reload,
    (problem) =>
      problem.code === 'oral-pending' || problem.code === 'preference-terms-open'
        ? { ...problem, title: 'La graduatoria non si può ancora approvare' }
        : problem,
  );
  return form;
}

// ---------------------------------------------------------------- the approved graduatoria

/** The graduatoria's rows as the ranking explains them (or the winners alone, when it could not be read). */
function rankingTable(entries, caption = `Graduatoria di merito (${entries.length} idonei)`) {
  return table(
    { id: 'graduatoria' },
    caption,
    ['Posizione', 'Candidato', 'Punteggio', 'Esito', 'Motivazione'],
    entries.map((e) =>
      h(
        'tr',
        { 'data-application': e.id, 'data-position': e.position },
        h('th', { scope: 'row', class: 'fw-normal' }, String(e.position)),
        h('td', {}, e.name),
        h('td', {}, pts(e.score)),
        h(
          'td',
          {},
          e.winner ? h('span', { class: 'badge bg-success' }, 'Vincitore') : 'Idoneo',
          e.reserve ? h('div', { class: 'small' }, `Posto riservato a ${e.reserve}`) : null,
        ),
        h(
          'td',
          {},
          e.explanation.length
            ? h(
                'details',
                { class: 'small' },
                h('summary', {}, 'Perché in questa posizione'),
                h(
                  'ul',
                  { class: 'mb-0 exam-reasons' },
                  e.explanation.map((line) => h('li', {}, line)),
                ),
              )
            : null,
        ),
      ),
    ),
  );
}

function rankingBody(ranking) {
  const entries = ranking.entries.map((e) => ({
    id: e.candidateId,
    position: e.position,
    name: e.name ?? e.candidateId,
    score: e.score,
    winner: e.winner,
    reserve: e.reserve?.label,
    explanation: e.explanation ?? [],
  }));
  return [
    rankingTable(entries),
    ranking.excluded.length
      ? table(
          { id: 'non-idonei' },
          `Non in graduatoria (${ranking.excluded.length})`,
          ['Candidato', 'Esito', 'Motivo'],
          ranking.excluded.map((x) =>
            h(
              'tr',
              { 'data-application': x.candidateId },
              h('th', { scope: 'row', class: 'fw-normal' }, x.name ?? x.candidateId),
              h('td', {}, labelOf(RANKING_OUTCOMES, x.outcome)),
              h('td', {}, x.reason),
            ),
          ),
        )
      : null,
    ranking.reserves.length
      ? [
          h('h4', { class: 'h5', id: 'reserves-title' }, 'Riserve'),
          h(
            'ul',
            { 'aria-labelledby': 'reserves-title' },
            ranking.reserves.map((r) => h('li', {}, r.text)),
          ),
        ]
      : null,
    h(
      'details',
      { class: 'mb-3' },
      h('summary', {}, 'Criteri applicati'),
      h(
        'ul',
        { class: 'exam-reasons' },
        ranking.explanation.map((line) => h('li', {}, line)),
      ),
    ),
  ];
}

function graduatoriaPart(p) {
  const g = p.data.graduatoria;
  const slot = h('div', { id: 'graduatoria-body', 'aria-busy': 'true' }, h('p', {}, 'Caricamento della graduatoria…'));
  // The ranking and its explanations are stored apart from the procedure: fetched once the page is drawn.
  api(`/api/v1/procedures/${encodeURIComponent(p.id)}/ranking`, { auth: true })
    .then(({ ranking }) => replace(slot, rankingBody(ranking)))
    .catch((error) =>
      replace(
        slot,
        h(
          'div',
          { class: 'alert alert-warning' },
          `Graduatoria completa non disponibile: ${error instanceof ApiError ? error.message : String(error)}`,
        ),
        // The procedure keeps the winners: enough to appoint them.
        rankingTable(
          g.winners.map((e) => ({
            id: e.applicationId,
            position: e.position,
            name: e.name,
            score: e.score,
            winner: true,
            explanation: [],
          })),
          'Vincitori',
        ),
      ),
    )
    .finally(() => slot.removeAttribute('aria-busy'));
  return [
    h('h3', { class: 'h4', id: 'graduatoria-title' }, 'Graduatoria approvata (art. 101)'),
    h(
      'p',
      { id: 'graduatoria-line' },
      `Approvata con atto n. ${g.approval.number} del ${formatDate(g.approval.date)}; valida fino al ${formatDate(g.validUntil)}. ${g.idonei} idonei, di cui ${g.winners.length} vincitori; ${g.notIdonei} non in graduatoria.`,
    ),
    slot,
    h(
      'p',
      {},
      h(
        'a',
        { href: `/api/v1/public/concorsi/${encodeURIComponent(p.id)}/graduatoria.pdf`, id: 'graduatoria-pdf' },
        'Graduatoria da pubblicare (PDF)',
      ),
      ' · ',
      h('a', { href: '/hr/contracts.html' }, 'Nomine dalla graduatoria'),
    ),
  ];
}

/**
 * The Giunta's optional ratification (art. 102, L1667; D3 C3): shown once recorded, else a form. The
 * graduatoria is effective from the HR head's approval either way.
 */
function ratificationPart(p, reload, today) {
  const r = p.data.graduatoria.ratification;
  if (r)
    return h(
      'p',
      { id: 'ratification-line' },
      `Ratificata dalla Giunta con delibera n. ${r.number} del ${formatDate(r.date)} (art. 102); efficace dall'approvazione.`,
    );
  const prefix = 'ratify';
  const summary = errorSummary(prefix, 4);
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Ratifica della Giunta' },
    summary,
    h(
      'p',
      { class: 'form-text mt-0' },
      "Facoltativa: la graduatoria è già efficace dall'approvazione del Responsabile (art. 101 c.2); la delibera di Giunta approva le operazioni concorsuali (art. 102).",
    ),
    row(
      col(6, field(prefix, { path: 'deliberation.number', label: 'Numero della delibera di Giunta', required: true })),
      col(
        6,
        field(prefix, {
          path: 'deliberation.date',
          label: 'Data della delibera',
          kind: 'date',
          required: true,
          value: today,
          hint: "Non può essere futura né precedere l'approvazione.",
        }),
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra la ratifica'),
  );
  submitTo(
    form,
    summary,
    p,
    'ratify-graduatoria',
    () => readForm(form),
    () => 'Ratifica della Giunta registrata.',
    reload,
  );
  return actDetails('ratify-graduatoria', 'Ratifica della Giunta (facoltativa, art. 102)', form);
}

// ---------------------------------------------------------------- the section

/** The "Prove, orale e graduatoria" section, or null before the exam calendar is set. */
export function examsSection(p, apps, reload, today) {
  const calendar = p.data?.examCalendar;
  if (!calendar) return null;
  const open = p.phase === 'EXAMS_SCHEDULED';
  const parts = calendar.exams
    .filter((e) => MARKED_KINDS.includes(e.kind))
    .map((e) => testPart(p, apps, e, reload, today));
  if (p.data.oralAdmission) {
    parts.push(oralAdmissionPart(p));
    const pending = pendingOral(p);
    const sessions = p.data.oralSessions ?? [];
    parts.push(h('h3', { class: 'h4', id: 'oral-title' }, 'Prova orale (artt. 97-98)'));
    if (!sessions.length && !pending.length) parts.push(h('p', {}, 'Nessun candidato ammesso alla prova orale.'));
    parts.push(sessionsPart(p));
    if (open && pending.length) {
      parts.push(
        actDetails(
          'record-oral-session',
          'Seduta della prova orale',
          sessionForm(p, pending, reload, today),
          !calendar.exams.some((e) => e.kind === 'ORAL' && e.date > today),
        ),
      );
    }
    const awaiting = awaitingDocuments(p);
    if (awaiting.length || Object.keys(p.data.preferences ?? {}).length) {
      parts.push(
        h('h3', { class: 'h4', id: 'preferences-title' }, 'Titoli di preferenza (art. 100)'),
        documentsTable(p),
      );
      if (open && awaiting.length) {
        parts.push(
          actDetails(
            'record-preference-documents',
            'Documenti dei titoli di preferenza di un candidato',
            documentsForm(p, awaiting, reload, today),
          ),
        );
      }
    }
    if (open) {
      const notice = approvalNotice(p, pending);
      parts.push(
        h('h3', { class: 'h4', id: 'approval-title' }, 'Graduatoria'),
        notice,
        actDetails(
          'approve-graduatoria',
          'Approvazione della graduatoria (art. 101)',
          approvalForm(p, reload, today),
          !notice,
        ),
      );
    }
  }
  if (p.data.graduatoria) parts.push(graduatoriaPart(p), ratificationPart(p, reload, today));
  return h(
    'section',
    { 'aria-labelledby': 'exams-title', class: 'mb-5' },
    h('h2', { id: 'exams-title' }, 'Prove, orale e graduatoria'),
    parts,
  );
}
