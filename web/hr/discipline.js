/**
 * The disciplinary authority's console (Segretario, UPD members, heads of service): the cases it may read,
 * the agenda of the running terms with the peremptory ones marked (decadenza), the form that opens a case
 * from the report of facts, and a case's page — terms with their citation, communications with their
 * delivery evidence, tasks, the acts allowed now (each with the term that binds it), audit and access log.
 *
 * Views by query string: `/hr/discipline.html` (cases), `?view=agenda`, `?view=nuovo`, `?id=<case id>`.
 */
import { api } from '../shared/api.js';
import { citationText } from '../shared/application-form.js';
import { actsSection } from '../shared/discipline-acts.js';
import {
  accessLogSection,
  auditSection,
  caseSummary,
  communicationsSection,
  contestationSection,
  defenceSection,
  notiziaSection,
  otherFactsSection,
  tasksSection,
  termsSection,
} from '../shared/discipline-case.js';
import { chargesFieldset, requiredNote, row, submitForm } from '../shared/discipline-forms.js';
import {
  AUTHORITY_ROLES,
  NOTIZIA_SOURCES,
  POSIZIONI,
  RULE_SETS,
  TERM_STATUS,
  TRACKS,
} from '../shared/discipline-labels.js';
import { breadcrumb, hasRole, renderSections, setTitle, startPage, viewError } from '../shared/discipline-shell.js';
import { labelOf } from '../shared/labels.js';
import {
  announce,
  checkbox,
  errorSummary,
  field,
  formatDate,
  formatDateTime,
  formatLongDate,
  group,
  h,
  readForm,
  replace,
} from '../shared/ui.js';

const APP = 'Procedimenti disciplinari';
const HOME = '/hr/discipline.html';
const view = document.getElementById('view');
const params = new URLSearchParams(location.search);

/** { me, entities, entityName, today } once signed in. */
let session;
let catalogue;

const title = (text) => setTitle(text, APP);
const loadCatalogue = async () => {
  catalogue ??= await api('/api/v1/discipline/catalogue', { auth: true });
  return catalogue;
};
const isAuthority = () => hasRole(session.me, ...AUTHORITY_ROLES);
const entityId = () => params.get('entity') ?? session.me.entities[0];

function renderNav() {
  const which = params.get('view');
  const items = [['Fascicoli', HOME, !which && !params.get('id')]];
  if (isAuthority()) {
    items.push(
      ['Agenda delle decadenze', `${HOME}?view=agenda`, which === 'agenda'],
      ['Nuovo procedimento', `${HOME}?view=nuovo`, which === 'nuovo'],
    );
  }
  if (hasRole(session.me, 'HR_OFFICER', 'HR_HEAD')) items.push(["Console dell'ufficio personale", '/hr/', false]);
  renderSections(document.getElementById('console-nav'), 'Sezioni dei procedimenti disciplinari', items);
}

// ---------------------------------------------------------------- cases

async function renderCases() {
  title('Fascicoli');
  const { items } = await api(`/api/v1/discipline/cases?entity=${encodeURIComponent(entityId())}`, { auth: true });
  replace(
    view,
    h('h1', {}, `Procedimenti disciplinari — ${session.entityName(entityId())}`),
    h(
      'p',
      {},
      isAuthority()
        ? 'I procedimenti di cui si è autorità disciplinare competente. Ogni apertura di un fascicolo è registrata.'
        : "I fascicoli conclusi e trasmessi all'ufficio del personale.",
    ),
    isAuthority()
      ? h('p', {}, h('a', { class: 'btn btn-primary', href: '?view=nuovo' }, 'Apri un nuovo procedimento'))
      : null,
    items.length
      ? h(
          'div',
          { class: 'table-responsive' },
          h(
            'table',
            { class: 'table' },
            h('caption', {}, `Fascicoli (${items.length})`),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ['Procedimento', 'Dipendente', 'Percorso', 'Fase', 'Aggiornato il'].map((x) =>
                  h('th', { scope: 'col' }, x),
                ),
              ),
            ),
            h(
              'tbody',
              {},
              items.map((c) =>
                h(
                  'tr',
                  { 'data-case': c.id },
                  h(
                    'th',
                    { scope: 'row', class: 'fw-normal' },
                    h('a', { href: `?id=${encodeURIComponent(c.id)}` }, c.title),
                  ),
                  h('td', {}, c.employee ?? '—'),
                  h('td', {}, labelOf(TRACKS, c.track), h('div', { class: 'small text-muted' }, c.ruleSet)),
                  h('td', {}, c.phaseLabel),
                  h('td', {}, formatDateTime(c.updatedAt)),
                ),
              ),
            ),
          ),
        )
      : h('p', {}, 'Nessun procedimento disciplinare.'),
  );
}

// ---------------------------------------------------------------- agenda

const dayDiff = (from, to) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 864e5);

function daysLeft(item, today) {
  const n = dayDiff(today, item.dueDate);
  if (item.status === 'SUSPENDED') return 'Sospeso';
  if (n < 0) return n === -1 ? 'Scaduto da 1 giorno' : `Scaduto da ${-n} giorni`;
  if (n === 0) return 'Scade oggi';
  return n === 1 ? '1 giorno' : `${n} giorni`;
}

async function renderAgenda() {
  title('Agenda delle decadenze');
  breadcrumb(['Agenda delle decadenze']);
  const { items } = await api(`/api/v1/discipline/agenda?entity=${encodeURIComponent(entityId())}`, { auth: true });
  const today = session.today();
  const overdue = items.filter((i) => i.overdue).length;
  const peremptory = items.filter((i) => i.peremptory).length;
  replace(
    view,
    h('h1', {}, `Agenda delle decadenze — ${session.entityName(entityId())}`),
    h(
      'p',
      {},
      `I termini in corso dei procedimenti di cui si è autorità competente, dal più vicino. Alla scadenza di un termine perentorio senza l'atto, l'azione disciplinare decade. Situazione al ${formatDate(today)}.`,
    ),
    items.length
      ? [
          h(
            'p',
            { role: 'status' },
            `${items.length} ${items.length === 1 ? 'termine' : 'termini'}, di cui ${peremptory} ${peremptory === 1 ? 'perentorio' : 'perentori'}${overdue ? `; ${overdue} ${overdue === 1 ? 'scaduto' : 'scaduti'}` : ''}.`,
          ),
          h(
            'div',
            { class: 'table-responsive' },
            h(
              'table',
              { class: 'table agenda' },
              h('caption', {}, `Termini in corso (${items.length}), dal più vicino`),
              h(
                'thead',
                {},
                h(
                  'tr',
                  {},
                  ['Procedimento', 'Termine', 'Scadenza', 'Giorni rimanenti', 'Stato'].map((x) =>
                    h('th', { scope: 'col' }, x),
                  ),
                ),
              ),
              h(
                'tbody',
                {},
                items.map((i) =>
                  h(
                    'tr',
                    {
                      class: i.overdue ? 'agenda-overdue' : i.status === 'SUSPENDED' ? 'agenda-suspended' : undefined,
                      'data-deadline': i.deadlineId,
                    },
                    h(
                      'td',
                      {},
                      h('a', { href: `?id=${encodeURIComponent(i.procedureId)}` }, i.procedureTitle ?? i.procedureId),
                    ),
                    h(
                      'th',
                      { scope: 'row', class: 'fw-normal' },
                      i.label,
                      i.peremptory
                        ? h(
                            'div',
                            {},
                            h('span', { class: 'badge badge-peremptory' }, 'Perentorio: a pena di decadenza'),
                          )
                        : h('div', { class: 'small text-muted' }, 'Termine non perentorio'),
                      i.citation ? h('div', { class: 'small text-muted' }, citationText(i.citation)) : null,
                    ),
                    h('td', {}, formatLongDate(i.dueDate)),
                    h('td', {}, i.overdue ? h('strong', {}, daysLeft(i, today)) : daysLeft(i, today)),
                    h(
                      'td',
                      {},
                      i.overdue ? h('strong', {}, 'Scaduto: atto non compiuto') : labelOf(TERM_STATUS, i.status),
                    ),
                  ),
                ),
              ),
            ),
          ),
        ]
      : h('p', {}, 'Nessun termine in corso.'),
  );
}

// ---------------------------------------------------------------- new case

function renderCreate() {
  title('Nuovo procedimento');
  breadcrumb(['Nuovo procedimento']);
  const prefix = 'nd';
  const summary = errorSummary(`${prefix}-errors`);
  const result = h('div', { role: 'status', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, 'aria-labelledby': 'nd-title' });
  const today = session.today();
  replace(
    form,
    summary,
    requiredNote(),
    h(
      'fieldset',
      { class: 'form-fieldset mb-4' },
      h('legend', { class: 'h5' }, 'Ente e regime'),
      row(
        field(prefix, {
          path: 'entityId',
          label: 'Ente',
          kind: 'select',
          required: true,
          value: entityId(),
          options: session.me.entities.map((id) => [id, session.entityName(id)]),
        }),
        field(prefix, {
          path: 'ruleSet',
          label: 'Regime applicato',
          kind: 'select',
          value: 'stresa-rous@1',
          options: [['', "Quello predefinito dell'ente"], ...RULE_SETS],
          hint: 'Determina i percorsi, le autorità competenti e i termini.',
        }),
      ),
    ),
    group('employee', 'Dipendente', [
      row(
        field(prefix, {
          path: 'employee.userId',
          label: 'Utente del dipendente',
          required: true,
          hint: "L'identificativo con cui il dipendente accede: potrà leggere il proprio fascicolo (ad esempio dip.stresa).",
          attrs: { autocomplete: 'off', spellcheck: 'false' },
        }),
        field(prefix, { path: 'employee.name', label: 'Nome e cognome', required: true }),
      ),
      row(
        field(prefix, {
          path: 'employee.taxCode',
          label: 'Codice fiscale',
          kind: 'upper',
          required: true,
          attrs: { maxlength: '16', autocomplete: 'off' },
        }),
        field(prefix, { path: 'employee.category', label: 'Categoria', required: true, hint: 'Ad esempio C o D1.' }),
      ),
      row(
        field(prefix, { path: 'employee.profile', label: 'Profilo professionale', required: true }),
        field(prefix, { path: 'employee.service', label: 'Servizio di assegnazione', required: true }),
      ),
      row(
        field(prefix, {
          path: 'employee.posizione',
          label: 'Posizione',
          kind: 'select',
          value: 'IN_SERVIZIO',
          options: POSIZIONI,
        }),
        field(prefix, {
          path: 'employee.pec',
          label: 'PEC del dipendente (facoltativo)',
          kind: 'email',
          hint: 'Se indicata, le comunicazioni si possono inviare per PEC.',
        }),
      ),
      row(
        field(prefix, {
          path: 'employee.address',
          label: 'Indirizzo per la raccomandata (facoltativo)',
          hint: 'Se vuoto: presso la sede di servizio.',
        }),
        field(prefix, {
          path: 'employee.email',
          label: 'E-mail per gli avvisi di cortesia (facoltativo)',
          kind: 'email',
          hint: "Solo un avviso che una comunicazione è in arrivo: l'e-mail non è un canale legale del procedimento.",
        }),
      ),
      checkbox(prefix, {
        path: 'employee.isResponsabileServizio',
        label: 'Il dipendente è responsabile di un servizio',
      }),
    ]),
    group('notizia', 'Notizia del fatto', [
      field(prefix, {
        path: 'notizia.source',
        label: 'Fonte della notizia',
        kind: 'select',
        required: true,
        options: [['', 'Selezionare la fonte'], ...NOTIZIA_SOURCES],
      }),
      field(prefix, { path: 'notizia.facts', label: 'Fatti segnalati', kind: 'textarea', rows: 4, required: true }),
      row(
        field(prefix, {
          path: 'notizia.firstAcquisitionDate',
          label: 'Prima acquisizione della notizia da parte di un ufficio',
          kind: 'date',
          required: true,
          value: today,
          hint: 'La data più risalente: per le infrazioni più gravi ne decorre il termine di conclusione.',
        }),
        field(prefix, {
          path: 'notizia.authorityKnowledgeDate',
          label: "Conoscenza del fatto da parte dell'autorità competente",
          kind: 'date',
          required: true,
          value: today,
          hint: 'Il Segretario (Allegato H) o il responsabile della struttura: ne decorre il termine per contestare.',
        }),
      ),
      row(
        field(prefix, {
          path: 'notizia.updOtherwiseAcquiredDate',
          label: "Acquisita altrimenti dall'UPD il (facoltativo)",
          kind: 'date',
        }),
        field(prefix, {
          path: 'notizia.reportedToUpdOn',
          label: "Segnalazione pervenuta all'UPD il (facoltativo, solo regime nazionale)",
          kind: 'date',
        }),
      ),
    ]),
    h('div', { 'data-charges': true }),
    checkbox(prefix, {
      path: 'verbalOnly',
      label: 'Si intende irrogare soltanto il rimprovero verbale',
      hint: 'Solo se la gamma delle infrazioni lo comprende: il rimprovero verbale spetta al responsabile del servizio.',
    }),
    h('button', { type: 'submit', class: 'btn btn-primary' }, 'Apri il procedimento'),
  );
  form.querySelector('[data-charges]').replaceWith(chargesFieldset(prefix, catalogue, form, readForm));
  submitForm(form, summary, {
    path: '/api/v1/discipline/cases',
    makeBody: () => readForm(form),
    onSuccess: (opened) => {
      if (opened.reader) {
        location.href = `?id=${encodeURIComponent(opened.id)}&aperto=1`;
        return;
      }
      // The reporter who is not the authority gets the receipt, not the file.
      announce(
        result,
        `Segnalazione registrata con protocollo riservato ${opened.protocol}. Il fascicolo è dell'autorità disciplinare competente.`,
        'success',
      );
      form.reset();
      result.focus?.();
    },
  });
  replace(
    view,
    h('h1', { id: 'nd-title' }, 'Nuovo procedimento disciplinare'),
    h(
      'p',
      {},
      "Dalla notizia del fatto: il sistema classifica gli addebiti, individua l'autorità competente e fa decorrere subito i primi termini.",
    ),
    result,
    form,
  );
}

// ---------------------------------------------------------------- case page

async function renderCase(id) {
  const base = `/api/v1/discipline/cases/${encodeURIComponent(id)}`;
  const status = h('div', { 'aria-live': 'polite', role: 'status' });
  let noticeDays;

  const load = async (message) => {
    view.setAttribute('aria-busy', 'true');
    let c;
    try {
      c = await api(base, { auth: true });
    } catch (error) {
      return viewError(view, error, HOME, 'Procedimento non disponibile');
    }
    const authority = c.reader === 'AUTORITA';
    const [audit, accessLog] = authority
      ? await Promise.all([
          api(`${base}/audit`, { auth: true }).catch(() => null),
          api(`${base}/access-log`, { auth: true }).catch(() => null),
        ])
      : [null, null];
    if (authority && noticeDays === undefined) {
      noticeDays = null;
      const rules = await api(`/api/v1/terms/rules?ruleSet=${encodeURIComponent(c.ruleSet)}&procedure=discipline`, {
        auth: true,
      }).catch(() => null);
      const hearingNotice = rules?.terms?.find(
        (t) =>
          /hearingNotice$/.test(t.id) &&
          (c.data.regime === 'national' || t.id.includes(c.data.classification.track === 'PD_MAJ' ? 'major' : 'minor')),
      );
      noticeDays = hearingNotice?.quantity ?? null;
    }
    title(c.title);
    breadcrumb([c.title]);
    const ctx = { c, reader: c.reader, catalogue, today: session.today, me: session.me, noticeDays, reload: load };
    const keep = document.activeElement && !view.contains(document.activeElement) ? document.activeElement : null;
    replace(
      view,
      h('h1', { id: 'case-title', tabindex: '-1' }, c.title),
      status,
      caseSummary(c, catalogue),
      termsSection(c),
      actsSection(ctx),
      contestationSection(c),
      communicationsSection(c),
      defenceSection(c),
      tasksSection(c),
      otherFactsSection(c, catalogue),
      notiziaSection(c, catalogue),
      audit ? auditSection(audit) : null,
      accessLog ? accessLogSection(accessLog) : null,
    );
    view.removeAttribute('aria-busy');
    announce(status, message, 'success');
    if (message) document.getElementById('case-title').focus();
    else keep?.focus();
  };

  const opened = params.get('aperto');
  if (opened) history.replaceState(null, '', `?id=${encodeURIComponent(id)}`);
  await load(opened ? 'Procedimento aperto: i primi termini decorrono dalla notizia del fatto.' : undefined);
}

// ---------------------------------------------------------------- start

async function main() {
  session = await startPage({
    view,
    home: HOME,
    appName: APP,
    signInText: "Accedere come autorità disciplinare (Segretario, componente dell'UPD, responsabile del servizio).",
  });
  if (!session) return;
  if (!isAuthority() && !hasRole(session.me, 'HR_HEAD')) {
    // An employee's own file is in the employee's area.
    if (hasRole(session.me, 'EMPLOYEE')) {
      location.replace('/dipendente/');
      return;
    }
    replace(
      view,
      h('h1', {}, APP),
      h(
        'div',
        { class: 'alert alert-warning', role: 'alert' },
        "Questa sezione è riservata all'autorità disciplinare.",
      ),
    );
    view.removeAttribute('aria-busy');
    return;
  }
  renderNav();
  try {
    await loadCatalogue();
    const id = params.get('id');
    const which = params.get('view');
    if (id) await renderCase(id);
    else if (which === 'agenda' && isAuthority()) await renderAgenda();
    else if (which === 'nuovo' && isAuthority()) renderCreate();
    else await renderCases();
  } catch (error) {
    viewError(view, error, HOME);
  }
  view.removeAttribute('aria-busy');
}

main();
