/**
 * The examination board and the exam calendar on a concorso's detail page (artt. 119 and 91): the board's
 * appointment (POST …/actions/appoint-board), refused with every rule it breaks; its members with the
 * declarations each one made (…/board-declaration) and whether the board may act; a member's replacement
 * (…/replace-board-member); then the exam calendar the board fixes (…/set-exam-calendar), which convokes
 * the admitted candidates.
 */
import {
  BOARD_APPOINTERS,
  BOARD_DESIGNATORS,
  BOARD_EMPLOYERS,
  BOARD_SEATS,
  DECLARATION_KINDS,
  DECLARATION_OUTCOMES,
  DECLARATION_SHORT,
  EXAM_KINDS,
  GENDERS,
  INQUADRAMENTI,
  labelOf,
  REPLACEMENT_CAUSES,
} from '../shared/labels.js';
import {
  checkbox,
  checkboxGroup,
  errorSummary,
  field,
  formatDate,
  formatLongDate,
  group,
  h,
  readForm,
  repeatable,
  shownWhen,
} from '../shared/ui.js';
import { actFields, submitTo } from './concorso-acts.js';

/** Phases in which the board may be appointed or a member replaced (board.ts BOARD_PHASES). */
const BOARD_PHASES = ['PUBLISHED', 'APPLICATIONS_CLOSED', 'ADMISSION_OPEN', 'ADMISSION_DETERMINED', 'EXAMS_SCHEDULED'];

const capital = (s) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const capitalised = (list) => list.map(([code, text]) => [code, capital(text)]);
const seatLabel = (seat) => capital(labelOf(BOARD_SEATS, seat));
const CHOOSE = ['', 'Selezionare'];
const UNSTATED = ['', 'Non indicato'];

/** "45/2026" → "n. 45/2026"; "D.G.C. n. 45" names itself. */
const actRef = (number) => (/^\d/.test(number) ? `n. ${number}` : number);

const col = (size, ...children) => h('div', { class: `col-md-${size}` }, children);
const row = (...cols) => h('div', { class: 'row' }, cols);

const actDetails = (kind, title, body, open = false) =>
  h('details', { class: 'term-ops mb-3', 'data-act': kind, open }, h('summary', {}, title), body);

/** The admitted candidates among `apps` once the admission is determined (every one not excluded), else null. */
function admittedOf(p, apps) {
  const admission = p.data?.admission;
  if (!admission) return null;
  const excluded = new Set(admission.excluded.map((x) => x.applicationId));
  return apps.filter((a) => !excluded.has(a.id));
}

/**
 * Problems about a whole (`members`, `exams`, `replacement`: the gender third, a seat not covered, two
 * tests on one day) go to the summary alone, in full: pointed at the whole, they would land on its first
 * field and read as that field's error.
 */
const wholeWide = (path) => (problem) => ({
  ...problem,
  errors: (problem.errors ?? []).map((e) => (e.field === path ? { ...e, field: undefined } : e)),
});

// ---------------------------------------------------------------- a person on the board

/**
 * The fields of one person (`base` = `members.N` or `replacement`): the name comes first, so a refusal
 * about the person as a whole (`members.N`) lands on it. Seat-specific facts appear only for that seat.
 */
function memberFields(prefix, base, values) {
  const seat = field(prefix, {
    path: `${base}.seat`,
    label: 'Posto nella commissione',
    kind: 'select',
    required: true,
    value: values.seat,
    options: [CHOOSE, ...capitalised(BOARD_SEATS)],
  });
  const employer = field(prefix, {
    path: `${base}.employer`,
    label: 'Rapporto di lavoro',
    kind: 'select',
    required: true,
    value: values.employer ?? 'COMUNE',
    options: BOARD_EMPLOYERS,
  });
  const forSeat = (code, node) => shownWhen(seat, (v) => v === code, node);
  return [
    row(
      col(5, field(prefix, { path: `${base}.name`, label: 'Nome e cognome', required: true, value: values.name })),
      col(
        4,
        field(prefix, {
          path: `${base}.id`,
          label: 'Identificativo della persona',
          required: true,
          value: values.id,
          hint: 'Ad esempio la matricola o il codice fiscale.',
        }),
      ),
      col(
        3,
        field(prefix, {
          path: `${base}.gender`,
          label: 'Genere',
          kind: 'select',
          required: true,
          value: values.gender,
          options: [CHOOSE, ...GENDERS],
        }),
      ),
    ),
    row(col(6, seat), col(6, employer)),
    shownWhen(
      employer,
      (v) => v !== 'COMUNE',
      field(prefix, {
        path: `${base}.employerName`,
        label: 'Amministrazione o datore di lavoro',
        value: values.employerName,
      }),
    ),
    row(
      col(
        4,
        field(prefix, {
          path: `${base}.inquadramento`,
          label: 'Inquadramento',
          kind: 'select',
          value: values.inquadramento,
          options: [UNSTATED, ...INQUADRAMENTI],
        }),
      ),
      col(4, field(prefix, { path: `${base}.area`, label: 'Area di appartenenza', value: values.area })),
      col(
        4,
        field(prefix, {
          path: `${base}.headOfService`,
          label: 'Servizio di cui è Responsabile',
          value: values.headOfService,
        }),
      ),
    ),
    field(prefix, {
      path: `${base}.expertise`,
      label: 'Competenza nelle materie del concorso',
      kind: 'textarea',
      rows: 2,
      value: values.expertise,
      hint: 'Le materie e su che cosa si fonda (curriculum, incarico): richiesta per ogni componente, non per il segretario (art. 80 c.1 lett. e).',
    }),
    field(prefix, {
      path: `${base}.designatedBy`,
      label: 'Designato da',
      kind: 'select',
      value: values.designatedBy,
      options: [UNSTATED, ...BOARD_DESIGNATORS],
      hint: "Per l'esperto, per chi sostituisce il Responsabile del Servizio interessato e per il segretario.",
    }),
    checkbox(prefix, { path: `${base}.permanent`, label: 'Dipendente di ruolo', checked: values.permanent }),
    forSeat(
      'ESPERTO_PA',
      checkbox(prefix, {
        path: `${base}.selectedOnCv`,
        label: 'Selezionato in base al curriculum vitae (art. 119 c.2)',
        checked: values.selectedOnCv,
      }),
    ),
    forSeat(
      'ESPERTO_ALBO',
      checkbox(prefix, {
        path: `${base}.fromAlboEsperti`,
        label: "Scelto dall'Albo degli esperti",
        checked: values.fromAlboEsperti,
      }),
    ),
    forSeat(
      'MEMBRO_AGGIUNTO',
      field(prefix, {
        path: `${base}.addedFor`,
        label: 'Lingua straniera o materia speciale (art. 119 c.3)',
        required: true,
        value: values.addedFor,
      }),
    ),
    shownWhen(
      employer,
      (v) => v === 'COMUNE',
      checkbox(prefix, {
        path: `${base}.duringWorkingHours`,
        label: "Svolge l'incarico in orario di servizio (art. 121 c.7)",
        checked: values.duringWorkingHours,
      }),
    ),
  ];
}

function memberRow(prefix, i, values, onRemove, removable) {
  return group(
    `members.${i}`,
    `Persona n. ${i + 1}`,
    [
      memberFields(prefix, `members.${i}`, values),
      removable
        ? h(
            'button',
            { type: 'button', class: 'btn btn-outline-danger btn-sm mb-3', onclick: onRemove },
            `Rimuovi la persona n. ${i + 1}`,
          )
        : null,
    ],
    { legendClass: 'h6' },
  );
}

// ---------------------------------------------------------------- appointment

/**
 * The seats art. 119 foresees for the post's category, to start from: C and above (c.1-2, Giunta),
 * B3 and below (c.8, composed as art. 106 c.2, Responsabile RU). The API checks the board anyway.
 */
function proposal(p) {
  const small = ['A', 'B1', 'B3'].includes(p.data?.bando?.posts?.[0]?.category);
  return small
    ? { appointedBy: 'RESP_HR', seats: ['RESP_HR', 'RESP_SERVIZIO_INTERESSATO', 'RESP_ALTRO_SERVIZIO', 'SEGRETARIO'] }
    : { appointedBy: 'GIUNTA', seats: ['RESP_HR', 'RESP_SERVIZIO_INTERESSATO', 'ESPERTO_PA', 'SEGRETARIO'] };
}

function appointForm(p, reload, today) {
  const prefix = 'board';
  const summary = errorSummary(prefix, 3);
  const start = proposal(p);
  const form = h('form', { novalidate: true, class: 'mt-3', 'aria-label': 'Nomina della commissione esaminatrice' });
  const [members, addMember] = repeatable(form, prefix, {
    path: 'members',
    make: memberRow,
    min: 1,
    initial: start.seats.map((seat) => ({ seat })),
    addLabel: 'Aggiungi una persona',
  });
  form.append(
    summary,
    field(prefix, {
      path: 'appointedBy',
      label: 'Organo che nomina',
      kind: 'select',
      required: true,
      value: start.appointedBy,
      options: BOARD_APPOINTERS,
      hint: 'Categoria C e superiori: Giunta Comunale (art. 119 c.1); B3 e inferiori: Responsabile RU (art. 106 c.2).',
    }),
    actFields(prefix, today, 'nomina'),
    row(
      col(
        6,
        field(prefix, {
          path: 'postArea',
          label: 'Area del posto',
          required: true,
          hint: "L'esperto deve essere della stessa area (art. 119 c.2).",
        }),
      ),
    ),
    row(
      col(
        6,
        field(prefix, {
          path: 'respHrId',
          label: 'Identificativo del Responsabile RU',
          required: true,
          hint: 'Del Responsabile del Servizio Gestione Risorse Umane, che presiede.',
        }),
      ),
      col(
        6,
        field(prefix, {
          path: 'hiringServiceHeadId',
          label: 'Identificativo del Responsabile del Servizio interessato',
          required: true,
          hint: 'Se è lo stesso Responsabile RU, il posto spetta a un altro Responsabile di Servizio (art. 119 c.2).',
        }),
      ),
    ),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Componenti e segretario'),
      h(
        'p',
        { class: 'form-text mt-0 mb-4' },
        'I posti proposti sono quelli previsti per la categoria del posto. Almeno un terzo dei posti di componente (presidente compreso, segretario escluso) spetta alle donne, salvo motivata impossibilità (art. 119 c.5).',
      ),
      members,
      addMember,
    ),
    group(
      'genderException',
      'Motivata impossibilità di riservare un terzo dei posti alle donne (art. 119 c.5)',
      [
        field(prefix, {
          path: 'genderException.motivation',
          label: 'Motivazione',
          kind: 'textarea',
          rows: 2,
        }),
        field(prefix, { path: 'genderException.act', label: 'Atto che la accerta (facoltativo)' }),
      ],
      {
        optional: true,
        legendClass: 'h6',
        hint: "Solo quando l'equilibrio di genere non è possibile: la motivazione resta agli atti.",
      },
    ),
    h(
      'p',
      { class: 'form-text' },
      'Se la composizione non è regolare la nomina è respinta: ogni motivo indica la norma violata. Dopo la nomina ciascuno rende le dichiarazioni dovute.',
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Nomina la commissione'),
  );
  submitTo(
    form,
    summary,
    p,
    'appoint-board',
    () => readForm(form),
    () => 'Commissione esaminatrice nominata. Ciascun componente deve ora rendere le dichiarazioni dovute.',
    reload,
    wholeWide('members'),
  );
  return form;
}

// ---------------------------------------------------------------- the board as appointed

/** One cell per declaration kind: made (and how), owed, or not owed (yet). */
function declarationCell(p, record, m, kind) {
  const { board, standing } = record;
  const barred = standing.barred.some((b) => b.memberId === m.id && b.kind === kind);
  const missing = standing.missing.some((b) => b.memberId === m.id && b.kind === kind);
  const made = board.declarations.filter((d) => d.memberId === m.id && d.kind === kind);
  const last = made[made.length - 1];
  if (barred) {
    const when = made.find((d) => d.outcome === 'SUSSISTENZA')?.date;
    return h('td', { class: 'text-danger' }, `Causa ostativa dichiarata${when ? ` il ${formatDate(when)}` : ''}`);
  }
  if (missing) return h('td', { class: 'text-danger' }, made.length ? 'Da integrare' : 'Da rendere');
  if (last) return h('td', {}, `Resa il ${formatDate(last.date)}`);
  if (kind === 'CONFLITTO_CANDIDATI' && !p.data.admission) return h('td', {}, "Dopo l'ammissione");
  return h('td', {}, 'Non dovuta');
}

function membersTable(p, record) {
  const { board } = record;
  // RAPPORTI_AMMINISTRATORI is an entity's own measure: a column only once someone declared it.
  const kinds = DECLARATION_KINDS.map(([k]) => k).filter(
    (k) => k !== 'RAPPORTI_AMMINISTRATORI' || board.declarations.some((d) => d.kind === k),
  );
  return h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table', id: 'board-members' },
      h('caption', {}, `Componenti e segretario (${board.members.length}) e dichiarazioni rese`),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Nome', 'Posto', ...kinds.map((k) => DECLARATION_SHORT[k])].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        board.members.map((m) =>
          h(
            'tr',
            { 'data-member': m.id },
            h(
              'th',
              { scope: 'row', class: 'fw-normal' },
              m.name,
              h(
                'div',
                { class: 'small' },
                [
                  labelOf(GENDERS, m.gender),
                  labelOf(BOARD_EMPLOYERS, m.employer) + (m.employerName ? ` (${m.employerName})` : ''),
                  m.inquadramento ? labelOf(INQUADRAMENTI, m.inquadramento) : null,
                ]
                  .filter(Boolean)
                  .join(' · '),
              ),
            ),
            h('td', {}, seatLabel(m.seat)),
            kinds.map((k) => declarationCell(p, record, m, k)),
          ),
        ),
      ),
    ),
  );
}

function standingBlock(standing) {
  if (standing.mayAct) {
    return h(
      'div',
      { class: 'alert alert-success', id: 'board-standing' },
      'La commissione può operare: è regolarmente composta e tutte le dichiarazioni dovute sono state rese.',
    );
  }
  return h(
    'div',
    { class: 'alert alert-warning', id: 'board-standing' },
    h('p', { class: 'mb-2' }, 'La commissione non può ancora operare:'),
    h(
      'ul',
      { class: 'mb-0' },
      standing.obstacles.map((o) => h('li', {}, o)),
    ),
  );
}

function declarationForm(p, apps, reload, today) {
  const prefix = 'declaration';
  const summary = errorSummary(prefix, 4);
  const { board, standing } = p.data.board;
  const admitted = admittedOf(p, apps);
  // The declaration about the candidates is refused before the admitted list exists: not offered.
  const kinds = DECLARATION_KINDS.filter(([k]) => k !== 'CONFLITTO_CANDIDATI' || admitted);
  const next = standing.missing[0];
  const kind = field(prefix, {
    path: 'kind',
    label: 'Tipo di dichiarazione',
    kind: 'select',
    required: true,
    value: next?.kind,
    options: kinds,
  });
  const outcome = field(prefix, {
    path: 'outcome',
    label: 'Esito',
    kind: 'select',
    required: true,
    value: 'INSUSSISTENZA',
    options: DECLARATION_OUTCOMES,
    hint: 'Chi dichiara una causa ostativa non può operare e va sostituito.',
  });
  const conflicts = admitted
    ? shownWhen(
        kind,
        (v) => v === 'CONFLITTO_CANDIDATI',
        shownWhen(
          outcome,
          (v) => v === 'SUSSISTENZA',
          checkboxGroup(prefix, {
            path: 'conflictApplicationIds',
            legend: 'Candidati con cui sussiste il rapporto o il conflitto',
            required: true,
            options: admitted.map((a) => [a.id, `${a.lastName} ${a.firstName} (${a.protocolNumber})`]),
          }),
        ),
      )
    : null;
  const nameOf = (id) => board.members.find((m) => m.id === id)?.name ?? id;
  let body = {};
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Dichiarazione di un componente' },
    summary,
    row(
      col(
        6,
        field(prefix, {
          path: 'memberId',
          label: 'Chi dichiara',
          kind: 'select',
          required: true,
          value: next?.memberId,
          options: board.members.map((m) => [m.id, `${m.name} — ${seatLabel(m.seat)}`]),
        }),
      ),
      col(
        6,
        field(prefix, {
          path: 'date',
          label: 'Data della dichiarazione',
          kind: 'date',
          required: true,
          value: today,
          hint: 'Non anteriore alla nomina, non futura.',
        }),
      ),
    ),
    kind,
    outcome,
    conflicts,
    h(
      'p',
      { class: 'form-text' },
      admitted
        ? `La dichiarazione sui candidati riguarda gli ammessi come risultano ora (${admitted.length}).`
        : 'La dichiarazione sui candidati ammessi si rende dopo la determinazione di ammissione.',
    ),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra la dichiarazione'),
  );
  submitTo(
    form,
    summary,
    p,
    'board-declaration',
    () => {
      body = readForm(form);
      return body;
    },
    () => `Dichiarazione di ${nameOf(body.memberId)} registrata.`,
    reload,
  );
  return form;
}

function replaceForm(p, reload, today) {
  const prefix = 'replace';
  const summary = errorSummary(prefix, 4);
  const { board, standing } = p.data.board;
  const seatOf = (id) => board.members.find((m) => m.id === id)?.seat;
  // A barred member is the one to replace, most likely.
  const first = standing.barred[0]?.memberId ?? board.members[0]?.id;
  const outgoing = field(prefix, {
    path: 'memberId',
    label: 'Chi viene sostituito',
    kind: 'select',
    required: true,
    value: first,
    options: board.members.map((m) => [m.id, `${m.name} — ${seatLabel(m.seat)}`]),
  });
  const incoming = group('replacement', 'Chi subentra', memberFields(prefix, 'replacement', { seat: seatOf(first) }), {
    legendClass: 'h6',
    hint: 'Subentra nello stesso ruolo e deve rendere di nuovo tutte le dichiarazioni.',
  });
  // The newcomer takes the outgoing member's seat: follow the choice (the seat stays editable).
  outgoing.querySelector('select').addEventListener('change', (event) => {
    const seat = incoming.querySelector('select[data-path="replacement.seat"]');
    seat.value = seatOf(event.target.value) ?? '';
    seat.dispatchEvent(new Event('change'));
  });
  let body = {};
  const form = h(
    'form',
    { novalidate: true, class: 'mt-3', 'aria-label': 'Sostituzione di un componente' },
    summary,
    outgoing,
    row(
      col(
        6,
        field(prefix, {
          path: 'reason.cause',
          label: 'Causa',
          kind: 'select',
          required: true,
          options: [CHOOSE, ...capitalised(REPLACEMENT_CAUSES)],
        }),
      ),
      col(
        6,
        field(prefix, {
          path: 'reason.date',
          label: 'Data della sostituzione',
          kind: 'date',
          required: true,
          value: today,
        }),
      ),
    ),
    field(prefix, {
      path: 'reason.text',
      label: 'Motivazione',
      kind: 'textarea',
      rows: 2,
      required: true,
      hint: 'I fatti, per il verbale.',
    }),
    row(
      col(6, field(prefix, { path: 'reason.act', label: 'Atto di sostituzione', hint: 'Ad esempio "D.G.C. n. 60".' })),
      col(
        6,
        field(prefix, {
          path: 'reason.sessionsAttended',
          label: 'Sedute a cui ha partecipato chi esce',
          kind: 'int',
          attrs: { min: '0' },
          hint: 'Per il compenso (art. 121 c.6).',
        }),
      ),
    ),
    incoming,
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Registra la sostituzione'),
  );
  submitTo(
    form,
    summary,
    p,
    'replace-board-member',
    () => {
      body = readForm(form);
      return body;
    },
    () =>
      `Sostituzione registrata: ${body.replacement?.name} subentra a ${board.members.find((m) => m.id === body.memberId)?.name}.`,
    reload,
    // The API refuses the replacement as a whole (the board it would leave): in the summary, in full.
    wholeWide('replacement'),
  );
  return form;
}

function formerList(record) {
  const former = record.board.formerMembers ?? [];
  if (!former.length) return null;
  const people = [...record.board.members, ...former.map((f) => f.member)];
  const nameOf = (id) => people.find((m) => m.id === id)?.name ?? id;
  return [
    h('h3', { class: 'h5', id: 'former-title' }, 'Componenti sostituiti'),
    h(
      'ul',
      { id: 'former-members', 'aria-labelledby': 'former-title' },
      former.map((f) =>
        h(
          'li',
          {},
          `${f.member.name} (${labelOf(BOARD_SEATS, f.member.seat)}): ${f.member.gender === 'F' ? 'sostituita' : 'sostituito'} da ${nameOf(f.replacedBy)} dal ${formatDate(f.reason.date)}${f.reason.act ? ` (${f.reason.act})` : ''} per ${labelOf(REPLACEMENT_CAUSES, f.reason.cause)} — ${f.reason.text}`,
        ),
      ),
    ),
  ];
}

// ---------------------------------------------------------------- exam calendar

function examRow(prefix, i, values, onRemove, removable) {
  const base = `exams.${i}`;
  return group(
    base,
    `Prova n. ${i + 1}`,
    [
      row(
        col(
          4,
          field(prefix, {
            path: `${base}.kind`,
            label: 'Tipo di prova',
            kind: 'select',
            required: true,
            value: values.kind,
            options: [CHOOSE, ...capitalised(EXAM_KINDS)],
          }),
        ),
        col(
          4,
          field(prefix, {
            path: `${base}.date`,
            label: 'Data della prova',
            kind: 'date',
            required: true,
            value: values.date,
            hint: 'Non in un giorno festivo, domenica compresa, né in una festività ebraica o valdese (art. 91 c.2).',
          }),
        ),
        col(
          4,
          field(prefix, {
            path: `${base}.time`,
            label: 'Ora di inizio',
            required: true,
            value: values.time,
            attrs: { inputmode: 'numeric', autocomplete: 'off' },
            hint: 'Nel formato HH:MM, ad esempio 09:30.',
          }),
        ),
      ),
      field(prefix, { path: `${base}.place`, label: 'Luogo della prova', required: true, value: values.place }),
      removable
        ? h(
            'button',
            { type: 'button', class: 'btn btn-outline-danger btn-sm mb-3', onclick: onRemove },
            `Rimuovi la prova n. ${i + 1}`,
          )
        : null,
    ],
    { legendClass: 'h6' },
  );
}

/** Why the calendar would be refused now, in a few words: who still owes what, who must be replaced. */
function refusalNotice(standing) {
  const who = (list) => list.map((x) => `${x.memberName} (${DECLARATION_SHORT[x.kind] ?? x.kind})`).join(', ');
  const reasons = [];
  if (standing.missing.length) reasons.push(`mancano le dichiarazioni di ${who(standing.missing)}`);
  if (standing.barred.length) {
    reasons.push(`va sostituito chi ha dichiarato una causa ostativa: ${who(standing.barred)}`);
  }
  return h(
    'div',
    { class: 'alert alert-warning', id: 'calendar-refusal' },
    h(
      'p',
      { class: reasons.length ? 'mb-0' : 'mb-2' },
      'La commissione non può ancora operare e il diario sarà respinto',
      reasons.length ? `: ${reasons.join('; ')}.` : ' per questi motivi:',
    ),
    reasons.length
      ? null
      : h(
          'ul',
          { class: 'mb-0' },
          standing.obstacles.map((o) => h('li', {}, o)),
        ),
  );
}

function calendarForm(p, reload, today) {
  const prefix = 'calendar';
  const summary = errorSummary(prefix, 4);
  const form = h('form', { novalidate: true, class: 'mt-3', 'aria-label': 'Diario delle prove' });
  const [exams, addExam] = repeatable(form, prefix, {
    path: 'exams',
    make: examRow,
    min: 1,
    initial: [{ kind: 'WRITTEN' }, { kind: 'ORAL' }],
    addLabel: 'Aggiungi una prova',
  });
  form.append(
    summary,
    row(
      col(6, field(prefix, { path: 'minutes.number', label: 'Numero del verbale della commissione', required: true })),
      col(
        6,
        field(prefix, {
          path: 'minutes.date',
          label: 'Data del verbale',
          kind: 'date',
          required: true,
          value: today,
        }),
      ),
    ),
    field(prefix, {
      path: 'publishedOn',
      label: 'Data di pubblicazione del diario',
      kind: 'date',
      required: true,
      value: today,
      hint: "All'albo pretorio e sul sito: da questa data decorre il preavviso di almeno 20 giorni prima di ogni prova (art. 91 c.1).",
    }),
    h('fieldset', { class: 'form-fieldset mb-4' }, h('legend', { class: 'h6' }, 'Prove'), exams, addExam),
    h('p', { class: 'form-text' }, 'Fissato il diario, ogni candidato ammesso riceve la convocazione per e-mail.'),
    h('button', { type: 'submit', class: 'btn btn-primary btn-sm' }, 'Fissa il diario delle prove'),
  );
  const mapProblem = (problem) => {
    // The obstacles come once as the detail, not again as errors of no field of the form.
    if (problem.code === 'board-may-not-act') {
      return { ...problem, title: 'La commissione non può fissare il diario delle prove', errors: [] };
    }
    return wholeWide('exams')(problem);
  };
  submitTo(
    form,
    summary,
    p,
    'set-exam-calendar',
    () => readForm(form),
    () => 'Diario delle prove fissato. Le convocazioni agli ammessi sono in invio.',
    reload,
    mapProblem,
  );
  return form;
}

function calendarTable(calendar) {
  return [
    h(
      'p',
      { id: 'calendar-line' },
      `Fissato con il verbale ${actRef(calendar.minutes.number)} del ${formatDate(calendar.minutes.date)}, pubblicato il ${formatDate(calendar.publishedOn)}: ${calendar.convoked === 1 ? '1 ammesso convocato' : `${calendar.convoked} ammessi convocati`}.`,
    ),
    h(
      'div',
      { class: 'table-responsive' },
      h(
        'table',
        { class: 'table', id: 'exam-calendar' },
        h('caption', {}, `Prove (${calendar.exams.length})`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['Prova', 'Data', 'Ora', 'Luogo', 'Preavviso'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          calendar.exams.map((e) =>
            h(
              'tr',
              { 'data-exam': e.kind },
              h('th', { scope: 'row', class: 'fw-normal' }, capital(labelOf(EXAM_KINDS, e.kind))),
              h('td', {}, formatLongDate(e.date)),
              h('td', {}, e.time),
              h('td', {}, e.place),
              h(
                'td',
                {},
                `Da comunicare entro il ${formatDate(e.latestNoticeDate)}`,
                e.checks?.length
                  ? h(
                      'details',
                      { class: 'small' },
                      h('summary', {}, 'Verifiche'),
                      h(
                        'ul',
                        { class: 'mb-0' },
                        e.checks.map((c) => h('li', {}, c)),
                      ),
                    )
                  : null,
              ),
            ),
          ),
        ),
      ),
    ),
  ];
}

function calendarPart(p, reload, today) {
  const calendar = p.data?.examCalendar;
  const record = p.data?.board;
  let body;
  if (calendar) body = calendarTable(calendar);
  else if (p.phase === 'ADMISSION_DETERMINED' && record) {
    body = [
      record.standing.mayAct ? null : refusalNotice(record.standing),
      actDetails(
        'set-exam-calendar',
        'Diario delle prove (art. 91)',
        calendarForm(p, reload, today),
        record.standing.mayAct,
      ),
    ];
  } else if (p.phase === 'ADMISSION_DETERMINED') {
    body = h('p', {}, 'Il diario delle prove lo fissa la commissione: nominarla prima.');
  } else if (record && BOARD_PHASES.includes(p.phase)) {
    body = h(
      'p',
      {},
      'Il diario delle prove si fissa dopo la determinazione di ammissione, per convocare gli ammessi (art. 91 c.1).',
    );
  }
  if (!body) return null;
  return [h('h3', { class: 'h4', id: 'calendar-title' }, 'Diario delle prove'), body];
}

// ---------------------------------------------------------------- the section

/** The "Commissione esaminatrice" section with the exam calendar, or null when neither applies. */
export function boardSection(p, apps, reload, today) {
  const record = p.data?.board;
  const calendar = calendarPart(p, reload, today);
  if (!record && !calendar && !BOARD_PHASES.includes(p.phase)) return null;
  const parts = [];
  if (!record) {
    if (BOARD_PHASES.includes(p.phase)) {
      parts.push(
        h('p', {}, 'La commissione non è ancora nominata.'),
        actDetails('appoint-board', 'Nomina della commissione esaminatrice (art. 119)', appointForm(p, reload, today)),
      );
    }
  } else {
    const { board } = record;
    const exception = board.genderException;
    parts.push(
      h(
        'p',
        { id: 'board-line' },
        `Nominata ${board.appointedBy === 'GIUNTA' ? 'dalla Giunta Comunale' : 'dal Responsabile del Servizio Gestione Risorse Umane'}${board.appointment ? ` con atto ${actRef(board.appointment.act)} del ${formatDate(board.appointment.date)}` : ''}. Area del posto: ${record.context.postArea}.`,
      ),
      exception
        ? h(
            'p',
            {},
            `Equilibrio di genere derogato per motivata impossibilità${exception.act ? ` (${exception.act})` : ''}: ${exception.motivation}`,
          )
        : null,
      membersTable(p, record),
      h('h3', { class: 'h4' }, 'Stato della commissione'),
      standingBlock(record.standing),
    );
    // Declarations and replacements while the board works: after that the record is read-only.
    if (BOARD_PHASES.includes(p.phase)) {
      parts.push(
        actDetails(
          'board-declaration',
          'Dichiarazione di un componente o del segretario',
          declarationForm(p, apps, reload, today),
        ),
        actDetails('replace-board-member', 'Sostituzione di un componente', replaceForm(p, reload, today)),
      );
    }
    parts.push(formerList(record));
  }
  parts.push(calendar);
  return h(
    'section',
    { 'aria-labelledby': 'board-title', class: 'mb-5' },
    h('h2', { id: 'board-title' }, 'Commissione esaminatrice'),
    parts,
  );
}
