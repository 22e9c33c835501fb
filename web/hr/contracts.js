/**
 * The HR console's "Assunzioni" section: the entity's graduatorie (entered by the HR head with their
 * approval act and candidates; each with every position's appointment and the next eligible candidate),
 * the appointments, the "Nomina" form (a graduatoria position, notified by a channel with proof of
 * receipt), and an appointment's page — phase, terms with due date, status and citation, the notice and
 * its delivery evidence, the acts as forms (each with the term that binds it), the contract's versions
 * with their documents, and the scorrimento the HR head confirms. The head of unit opens an appointment
 * on probation here to give the opinion.
 *
 * Views by query string: `/hr/contracts.html` (graduatorie), `?graduatoria=<id>`, `?view=nuova-graduatoria`,
 * `?view=nomine`, `?view=nomina&graduatoria=<id>&posizione=<n>`, `?id=<appointment>`,
 * `?id=<appointment>&contratto=<version>` (the contract's document).
 */
import { api } from '../shared/api.js';
import { appointmentActGroup, contractActsSection, noticeChannelField } from '../shared/contract-acts.js';
import { CATEGORY_AREAS } from '../shared/contract-labels.js';
import {
  appointmentCommunications,
  appointmentSummary,
  appointmentTerms,
  contractsSection,
  postText,
  renderContractDocument,
} from '../shared/contract-view.js';
import { section, table } from '../shared/discipline-case.js';
import { dateField, facts, requiredNote, row, submitForm } from '../shared/discipline-forms.js';
import {
  breadcrumb,
  hasRole,
  procedurePage,
  RESERVED,
  renderSections,
  reserved,
  setTitle,
  startPage,
  viewError,
} from '../shared/discipline-shell.js';
import { CATEGORIES } from '../shared/labels.js';
import {
  errorSummary,
  field,
  formatDate,
  formatDateTime,
  group,
  h,
  readForm,
  repeatable,
  replace,
  shownWhen,
} from '../shared/ui.js';

const APP = 'Assunzioni';
const HOME = '/hr/contracts.html';
const view = document.getElementById('view');
const params = new URLSearchParams(location.search);

/** { me, entities, entityName, today } once signed in. */
let session;

const title = (text) => setTitle(text, APP);
const isHr = () => hasRole(session.me, 'HR_OFFICER', 'HR_HEAD');
const isHead = () => hasRole(session.me, 'HR_HEAD');
const entityId = () => params.get('entity') ?? session.me.entities[0];
const gradHref = (id) => `${HOME}?graduatoria=${encodeURIComponent(id)}`;
const appointmentHref = (id) => `${HOME}?id=${encodeURIComponent(id)}`;

function renderNav() {
  const which = params.get('view');
  const items = [
    ['Graduatorie', HOME, !which && !params.get('id') && !params.get('graduatoria')],
    ['Nomine', `${HOME}?view=nomine`, which === 'nomine'],
  ];
  if (isHead())
    items.push(['Inserisci una graduatoria', `${HOME}?view=nuova-graduatoria`, which === 'nuova-graduatoria']);
  items.push(['Mobilità', '/hr/mobility.html', false], ["Console dell'ufficio personale", '/hr/', false]);
  renderSections(document.getElementById('console-nav'), 'Sezioni delle assunzioni', items);
}

const postShort = (post) => `${post.profile}, cat. ${post.category}`;

// ---------------------------------------------------------------- graduatorie

async function renderGraduatorie() {
  title('Graduatorie');
  const { items } = await api(`/api/v1/graduatorie?entity=${encodeURIComponent(entityId())}`, { auth: true });
  const today = session.today();
  replace(
    view,
    h('h1', {}, `Graduatorie — ${session.entityName(entityId())}`),
    h(
      'p',
      {},
      "Le graduatorie approvate, efficaci per tre anni dall'approvazione (art. 101 c.5): da ciascuna si nominano i vincitori e, se un nominato rinuncia o decade, il candidato successivo.",
    ),
    isHead()
      ? h('p', {}, h('a', { class: 'btn btn-primary', href: '?view=nuova-graduatoria' }, 'Inserisci una graduatoria'))
      : h('p', { class: 'small' }, "L'inserimento di una graduatoria spetta al responsabile del personale."),
    items.length
      ? table(
          `Graduatorie dell'ente (${items.length})`,
          ['Oggetto', 'Posto', 'Approvazione', 'Efficace fino al', 'Candidati'],
          items.map((g) =>
            h(
              'tr',
              { 'data-graduatoria': g.id },
              h('th', { scope: 'row', class: 'fw-normal' }, h('a', { href: gradHref(g.id) }, g.title)),
              h('td', {}, `${postShort(g.post)} — ${g.posts} ${g.posts === 1 ? 'posto' : 'posti'}`),
              h('td', {}, `n. ${g.approval.number} del ${formatDate(g.approval.date)}`),
              h(
                'td',
                {},
                formatDate(g.validUntil),
                today > g.validUntil ? h('div', { class: 'small' }, 'Scaduta') : null,
              ),
              h('td', {}, String(g.entries.length)),
            ),
          ),
        )
      : h('p', {}, 'Nessuna graduatoria inserita.'),
  );
}

async function renderGraduatoria(id) {
  const g = await api(`/api/v1/graduatorie/${encodeURIComponent(id)}`, { auth: true });
  title(g.title);
  breadcrumb([g.title]);
  const expired = session.today() > g.validUntil;
  const nominaHref = (position) =>
    `${HOME}?view=nomina&graduatoria=${encodeURIComponent(g.id)}&posizione=${encodeURIComponent(position)}`;
  replace(
    view,
    h('h1', {}, g.title),
    facts([
      ['Atto di approvazione', `n. ${g.approval.number} del ${formatDate(g.approval.date)}`],
      ['Efficace fino al', `${formatDate(g.validUntil)}${expired ? ' — scaduta: non si può più nominare' : ''}`],
      ['Posto', postText(g.post)],
      ['Posti da coprire', String(g.posts)],
      ['Procedura di origine', g.sourceProcedureId],
    ]),
    section(
      'next-title',
      'Prossimo candidato idoneo',
      g.next
        ? [
            h(
              'p',
              { 'data-next': g.next.position },
              `Posizione ${g.next.position}: `,
              h('strong', {}, g.next.name),
              g.next.score !== undefined ? ` (punteggio ${g.next.score})` : '',
            ),
            h(
              'p',
              {},
              h('a', { class: 'btn btn-primary', href: nominaHref(g.next.position) }, `Nomina ${g.next.name}`),
            ),
          ]
        : h(
            'p',
            {},
            expired
              ? 'La graduatoria è scaduta: nessun candidato può essere nominato.'
              : 'Tutte le posizioni sono state nominate: la graduatoria è esaurita.',
          ),
    ),
    section(
      'entries-title',
      'Candidati',
      table(
        `Candidati in graduatoria (${g.entries.length}), con la nomina di ciascuna posizione`,
        ['Posizione', 'Candidato', 'Punteggio', 'Recapiti', 'Nomina'],
        [...g.entries]
          .sort((a, b) => a.position - b.position)
          .map((e) =>
            h(
              'tr',
              { 'data-position': e.position },
              h('th', { scope: 'row', class: 'fw-normal' }, String(e.position)),
              h(
                'td',
                {},
                e.name,
                h('div', { class: 'small' }, e.taxCode),
                e.userId ? h('div', { class: 'small' }, `Utente: ${e.userId}`) : null,
              ),
              h('td', {}, e.score ?? '—'),
              h(
                'td',
                { class: 'small' },
                [e.pec ? `PEC: ${e.pec}` : null, e.email ? `E-mail: ${e.email}` : null, e.address]
                  .filter(Boolean)
                  .map((x) => h('div', {}, x)),
              ),
              h(
                'td',
                {},
                e.appointment
                  ? h('a', { href: appointmentHref(e.appointment.procedureId) }, e.appointment.phaseLabel)
                  : expired
                    ? 'Non nominato'
                    : h('a', { href: nominaHref(e.position) }, `Nomina la posizione ${e.position}`),
              ),
            ),
          ),
      ),
    ),
  );
}

/** One candidate of a graduatoria being entered. */
function entryRow(prefix, i, values, onRemove, removable) {
  const p = `entries.${i}`;
  const f = (path, label, more = {}) => field(prefix, { path: `${p}.${path}`, label, value: values[path], ...more });
  return group(
    p,
    `Candidato n. ${i + 1}`,
    [
      row(
        [
          f('position', 'Posizione', {
            kind: 'int',
            required: true,
            value: values.position ?? i + 1,
            attrs: { min: '1' },
          }),
          'col-md-2',
        ],
        [f('name', 'Nome e cognome', { required: true }), 'col-md-5'],
        [f('taxCode', 'Codice fiscale', { kind: 'upper', required: true, attrs: { maxlength: '16' } }), 'col-md-3'],
        [f('score', 'Punteggio', { kind: 'decimal' }), 'col-md-2'],
      ),
      row(
        f('pec', 'PEC (facoltativo)', { kind: 'email', hint: 'Serve per comunicare la nomina via PEC.' }),
        f('email', 'E-mail per gli avvisi (facoltativo)', { kind: 'email' }),
      ),
      row(
        f('address', 'Indirizzo per la raccomandata (facoltativo)'),
        f('userId', 'Utente del portale (facoltativo)', {
          hint: 'Con questo utente il nominato legge la propria nomina (ad esempio cand.stresa).',
          attrs: { autocomplete: 'off', spellcheck: 'false' },
        }),
      ),
      removable
        ? h(
            'button',
            { type: 'button', class: 'btn btn-outline-danger btn-sm mb-3', onclick: onRemove },
            `Rimuovi il candidato n. ${i + 1}`,
          )
        : null,
    ],
    { legendClass: 'h6' },
  );
}

function renderCreateGraduatoria() {
  title('Inserisci una graduatoria');
  breadcrumb(['Inserisci una graduatoria']);
  const prefix = 'ng';
  const summary = errorSummary(`${prefix}-errors`);
  const form = h('form', { novalidate: true, 'aria-labelledby': 'ng-title' });
  const [entries, addEntry] = repeatable(form, prefix, {
    path: 'entries',
    make: entryRow,
    min: 1,
    initial: [{}],
    addLabel: 'Aggiungi candidato',
  });
  replace(
    form,
    summary,
    requiredNote(),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Graduatoria'),
      h('input', { type: 'hidden', 'data-path': 'entityId', value: entityId() }),
      field(prefix, { path: 'title', label: 'Oggetto', kind: 'textarea', rows: 2, required: true }),
      field(prefix, {
        path: 'sourceProcedureId',
        label: 'Procedura di origine (facoltativo)',
        hint: "L'identificativo del concorso in questo sistema, se c'è.",
      }),
    ),
    group('approval', 'Atto di approvazione', [
      row(
        field(prefix, { path: 'approval.number', label: "Numero dell'atto", required: true }),
        dateField(
          prefix,
          'approval.date',
          "Data dell'atto",
          session.today(),
          'La graduatoria è efficace tre anni da questa data.',
        ),
      ),
    ]),
    group('post', 'Posto', [
      row(
        [
          field(prefix, {
            path: 'post.category',
            label: 'Categoria',
            kind: 'select',
            required: true,
            options: [['', 'Selezionare'], ...CATEGORIES.map((c) => [c, `${c} — ${CATEGORY_AREAS[c]}`])],
          }),
          'col-md-4',
        ],
        [field(prefix, { path: 'post.profile', label: 'Profilo professionale', required: true }), 'col-md-8'],
      ),
      row(
        field(prefix, { path: 'post.service', label: 'Servizio', required: true }),
        field(prefix, { path: 'post.workplace', label: 'Sede di lavoro', required: true }),
      ),
      field(prefix, {
        path: 'posts',
        label: 'Posti da coprire',
        kind: 'int',
        required: true,
        value: '1',
        attrs: { min: '1' },
        class: 'col-md-3',
      }),
    ]),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Candidati in ordine di graduatoria'),
      entries,
      addEntry,
    ),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Inserisci la graduatoria'),
  );
  submitForm(form, summary, {
    path: '/api/v1/graduatorie',
    makeBody: () => readForm(form),
    onSuccess: (g) => {
      location.href = `${gradHref(g.id)}&inserita=1`;
    },
  });
  replace(
    view,
    h('h1', { id: 'ng-title' }, 'Inserisci una graduatoria approvata'),
    h(
      'p',
      {},
      "Con l'atto che la approva e i candidati nell'ordine di merito. Da questa graduatoria si nominano i vincitori e, finché è efficace, i candidati successivi.",
    ),
    form,
  );
}

// ---------------------------------------------------------------- appointments

async function renderAppointments() {
  title('Nomine');
  breadcrumb(['Nomine']);
  const { items: all } = await api(`/api/v1/contracts?entity=${encodeURIComponent(entityId())}`, { auth: true });
  // The list may carry the entity's other procedures (concorsi, mobility): only appointments have a source.
  const items = all.filter((x) => x.source);
  replace(
    view,
    h('h1', {}, `Nomine — ${session.entityName(entityId())}`),
    h(
      'p',
      {},
      'Le nomine dell’ente: dalla comunicazione con prova di ricezione alla presa di servizio e al periodo di prova. Per una nuova nomina, partire dalla graduatoria.',
    ),
    items.length
      ? table(
          `Nomine (${items.length})`,
          ['Nomina', 'Provenienza', 'Fase', 'Aggiornata il'],
          items.map((c) =>
            h(
              'tr',
              { 'data-appointment': c.id },
              h('th', { scope: 'row', class: 'fw-normal' }, h('a', { href: appointmentHref(c.id) }, c.title)),
              h('td', {}, c.source?.description ?? '—'),
              h('td', {}, c.phaseLabel),
              h('td', {}, formatDateTime(c.updatedAt)),
            ),
          ),
        )
      : h('p', {}, 'Nessuna nomina.'),
  );
}

async function renderNomina() {
  const gradId = params.get('graduatoria');
  if (!gradId) {
    location.replace(HOME);
    return;
  }
  const g = await api(`/api/v1/graduatorie/${encodeURIComponent(gradId)}`, { auth: true });
  title('Nomina');
  breadcrumb([g.title, gradHref(g.id)], ['Nomina']);
  const free = [...g.entries].filter((e) => !e.appointment).sort((a, b) => a.position - b.position);
  const wanted = Number(params.get('posizione') ?? g.next?.position);
  const prefix = 'nm';
  const summary = errorSummary(`${prefix}-errors`);
  const form = h('form', { novalidate: true, 'aria-labelledby': 'nm-title' });
  const entryOf = (position) => g.entries.find((e) => e.position === Number(position));
  const position = field(prefix, {
    path: 'source.position',
    label: 'Candidato da nominare',
    kind: 'select',
    required: true,
    value: String(free.some((e) => e.position === wanted) ? wanted : (free[0]?.position ?? '')),
    options: free.map((e) => [
      String(e.position),
      `Posizione ${e.position} — ${e.name}${g.next?.position === e.position ? ' (prossimo idoneo)' : ''}`,
    ]),
    hint: 'Le posizioni non ancora nominate; la nomina segue di norma l’ordine della graduatoria.',
  });
  const channelSlot = h('div', {});
  const contacts = h('p', { class: 'small', 'aria-live': 'polite' });
  const syncCandidate = () => {
    const e = entryOf(position.querySelector('select').value);
    replace(channelSlot, noticeChannelField(prefix, { pec: e?.pec || false }));
    replace(
      contacts,
      e
        ? `Recapiti di ${e.name}: ${[e.pec ? `PEC ${e.pec}` : 'nessuna PEC', e.address ? `indirizzo ${e.address}` : 'nessun indirizzo'].join('; ')}.`
        : '',
    );
  };
  position.querySelector('select').addEventListener('change', syncCandidate);
  syncCandidate();
  const otherJob = h(
    'div',
    { class: 'form-check mb-3' },
    h('input', { type: 'checkbox', id: 'nm_other-job' }),
    h(
      'label',
      { for: 'nm_other-job' },
      "Il nominato è titolare di altro impiego pubblico o di un'attività incompatibile (art. 108 c.3)",
    ),
  );
  replace(
    form,
    summary,
    requiredNote(),
    h('input', { type: 'hidden', 'data-path': 'entityId', value: g.entityId }),
    h('input', { type: 'hidden', 'data-path': 'source.kind', value: 'GRADUATORIA' }),
    h('input', { type: 'hidden', 'data-path': 'source.graduatoriaId', value: g.id }),
    position,
    contacts,
    appointmentActGroup(prefix, session, 'Atto di nomina', 'h5'),
    channelSlot,
    otherJob,
    shownWhen(
      otherJob,
      (checked) => checked,
      group(
        'incompatibility',
        'Impiego incompatibile',
        [field(prefix, { path: 'incompatibility.currentEmployer', label: 'Datore di lavoro attuale', required: true })],
        {
          legendClass: 'h6',
          hint: 'Il nominato dovrà dichiarare entro trenta giorni per quale posto opta; la presa di servizio è prorogata del preavviso, al massimo di tre mesi.',
        },
      ),
    ),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Adotta la nomina e invia la comunicazione'),
  );
  submitForm(form, summary, {
    path: '/api/v1/contracts',
    makeBody: () => {
      const body = readForm(form);
      if (body.source?.position) body.source.position = Number(body.source.position);
      return body;
    },
    onSuccess: (c) => {
      location.href = `${appointmentHref(c.id)}&nominato=1`;
    },
  });
  replace(
    view,
    h('h1', { id: 'nm-title' }, 'Nomina da graduatoria'),
    h('p', {}, `${g.title} — ${postText(g.post)}.`),
    h(
      'p',
      {},
      'La comunicazione di nomina va inviata con prova di ricezione: i trenta giorni per documenti, contratto e presa di servizio decorrono dal ricevimento (art. 108 c.2).',
    ),
    free.length ? form : h('p', {}, 'Tutte le posizioni della graduatoria sono già state nominate.'),
  );
}

// ---------------------------------------------------------------- an appointment

/** The scorrimento: proposed when the appointment lapsed or was renounced; confirmed by the HR head. */
function scorrimentoSection(c) {
  const sc = c.data.scorrimento;
  if (!sc) return null;
  return section(
    'scorrimento-title',
    'Scorrimento della graduatoria',
    facts([
      ['Candidato proposto', `Posizione ${sc.position}: ${sc.name}`],
      [
        'Conferma',
        sc.confirmedOn
          ? `Confermato il ${formatDate(sc.confirmedOn)}`
          : isHead()
            ? 'Da confermare: il modulo è tra gli atti.'
            : 'In attesa della conferma del responsabile del personale.',
      ],
      [
        'Nomina successiva',
        sc.nextProcedureId
          ? h('a', { href: appointmentHref(sc.nextProcedureId) }, 'Apri la nomina successiva')
          : undefined,
      ],
    ]),
  );
}

async function renderAppointment(id) {
  let graduatoria;
  const appointed = params.get('nominato');
  if (appointed) history.replaceState(null, '', appointmentHref(id));
  await procedurePage(view, {
    home: HOME,
    errorTitle: 'Nomina non disponibile',
    titleId: 'appointment-title',
    message: appointed
      ? 'Nomina adottata: la comunicazione è in consegna. I trenta giorni decorrono dal ricevimento, da registrare con la sua prova.'
      : undefined,
    fetch: () => api(`/api/v1/contracts/${encodeURIComponent(id)}`, { auth: true }),
    render: async (c, { status, reload }) => {
      if (isHr() && c.data.source?.graduatoriaId && graduatoria === undefined) {
        graduatoria = await api(`/api/v1/graduatorie/${encodeURIComponent(c.data.source.graduatoriaId)}`, {
          auth: true,
        }).catch(() => null);
      }
      const version = Number(params.get('contratto'));
      if (version) {
        title(await renderContractDocument(view, c, version, appointmentHref(c.id)));
        breadcrumb([c.title, appointmentHref(c.id)], [`Contratto, versione ${version}`]);
        return null;
      }
      title(c.title);
      breadcrumb(...(graduatoria ? [[graduatoria.title, gradHref(graduatoria.id)]] : []), [c.title]);
      const me = session.me;
      const reader = {
        hr: isHr(),
        head: isHead(),
        resp: hasRole(me, 'RESP_SERVIZIO'),
        own: c.data.appointee.userId === me.id,
      };
      const ctx = { c, reader, me, today: session.today, graduatoria, reload };
      return [
        h('h1', { id: 'appointment-title', tabindex: '-1' }, c.title),
        status,
        appointmentSummary(c, { showVersion: reader.hr }),
        scorrimentoSection(c),
        appointmentTerms(c),
        contractActsSection(ctx),
        appointmentCommunications(c),
        contractsSection(c, (v) => `${appointmentHref(c.id)}&contratto=${v}`),
      ];
    },
  });
}

// ---------------------------------------------------------------- start

async function main() {
  session = await startPage({
    view,
    home: HOME,
    appName: APP,
    signInText: 'Accedere come ufficio del personale per gestire graduatorie, nomine e contratti.',
  });
  if (!session) return;
  const id = params.get('id');
  if (!isHr()) {
    // The appointee reads their appointment on their own page; the head of unit opens one by its link.
    if (hasRole(session.me, 'CANDIDATE')) {
      location.replace(id ? `/nomina/?id=${encodeURIComponent(id)}` : '/nomina/');
      return;
    }
    if (!(id && hasRole(session.me, 'RESP_SERVIZIO'))) return reserved(view, APP, RESERVED);
  } else {
    renderNav();
  }
  try {
    const which = params.get('view');
    const gradId = params.get('graduatoria');
    if (id) await renderAppointment(id);
    else if (which === 'nomina') await renderNomina();
    else if (gradId) {
      await renderGraduatoria(gradId);
      if (params.get('inserita')) {
        history.replaceState(null, '', gradHref(gradId));
        view.prepend(
          h(
            'div',
            { class: 'alert alert-success', role: 'status' },
            'Graduatoria inserita: efficace tre anni dall’approvazione.',
          ),
        );
      }
    } else if (which === 'nomine') await renderAppointments();
    else if (which === 'nuova-graduatoria' && isHead()) renderCreateGraduatoria();
    else await renderGraduatorie();
  } catch (error) {
    viewError(view, error, HOME);
  }
  view.removeAttribute('aria-busy');
}

main();
