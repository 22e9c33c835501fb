/**
 * What the disciplinary pages share around their content: the dev sign-in (locally), the signed-in user
 * (GET /api/v1/me) and the entities, the session bar, the page title and breadcrumb, "today" (the local
 * runtime's simulated date where there is one) and the error that stops a whole view.
 */
import { ApiError, acquireToken, api, clearToken, getToken, local } from './api.js';
import { announce, errorSummary, field, h, readForm, replace, romeDate } from './ui.js';

/** A failed call as a problem (RFC 9457) the forms can show. */
export const asProblem = (error) =>
  error instanceof ApiError ? error.problem : { title: 'Errore', detail: String(error?.message ?? error) };

export const hasRole = (me, ...roles) => roles.some((r) => me?.roles?.includes(r));

/**
 * Starts a page: resolves to { me, entities, entityName, today } once signed in, or to null after
 * showing the sign-in form (or the error) in `view`. `home` is where "Esci" leads.
 */
export async function startPage({ view, home, appName, signInText }) {
  const clock = await local('/_local/clock').catch(() => null);
  const today = () => romeDate(clock?.now ?? new Date().toISOString());
  if (!getToken()) {
    await renderSignIn(view, signInText);
    return null;
  }
  let me;
  let entities;
  try {
    [me, { items: entities }] = await Promise.all([api('/api/v1/me', { auth: true }), api('/api/v1/entities')]);
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      clearToken();
      await renderSignIn(view, signInText);
      return null;
    }
    viewError(view, error, home);
    return null;
  }
  const entityName = (id) => entities.find((e) => e.id === id)?.name ?? id;
  renderSession(me, entityName, home);
  document.title = appName;
  return { me, entities, entityName, today };
}

async function renderSignIn(view, text) {
  const users = await local('/_local/users');
  const summary = errorSummary('signin');
  const form = h(
    'form',
    { novalidate: true, class: 'mt-4', style: 'max-width: 36rem' },
    summary,
    users?.length
      ? [
          field('signin', {
            path: 'userId',
            label: 'Utente',
            kind: 'select',
            required: true,
            hint: 'Installazione locale: si accede come uno degli utenti di prova.',
            options: users.map((u) => [u.id, `${u.name} — ${u.id} (${u.entities.join(', ')})`]),
          }),
          h('button', { type: 'submit', class: 'btn btn-primary' }, 'Accedi'),
        ]
      : h(
          'div',
          { class: 'alert alert-warning' },
          "L'accesso con gli utenti di prova è disponibile solo nell'installazione locale.",
        ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { userId } = readForm(form);
    if (!userId) return;
    await acquireToken(userId);
    location.reload();
  });
  document.title = 'Accesso — Procedimenti';
  replace(view, h('h1', {}, 'Accesso'), h('p', {}, text), form);
  view.removeAttribute('aria-busy');
}

function renderSession(me, entityName, home) {
  replace(
    document.getElementById('session'),
    h(
      'div',
      { class: 'd-flex align-items-center gap-3' },
      h(
        'span',
        {},
        h('span', { class: 'd-none d-md-inline' }, 'Accesso effettuato come '),
        h('strong', {}, me.name),
        h('span', { class: 'd-none d-md-inline' }, ` (${me.entities.map(entityName).join(', ')})`),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn btn-sm btn-outline-light',
          onclick: () => {
            clearToken();
            location.href = home;
          },
        },
        'Esci',
      ),
    ),
  );
}

/** Sets the document title: '<title> — <app>'. */
export function setTitle(title, app) {
  document.title = `${title} — ${app}`;
}

/** Appends the page's own items to the breadcrumb (the last one without a link). */
export function breadcrumb(...items) {
  const list = document.getElementById('breadcrumb');
  for (const extra of list.querySelectorAll('[data-extra]')) extra.remove();
  for (const [text, href] of items) {
    list.append(
      h(
        'li',
        { class: 'breadcrumb-item', 'data-extra': true, 'aria-current': href ? undefined : 'page' },
        href ? h('a', { href }, text) : text,
      ),
    );
  }
}

/** Shows an error that stops a whole view (not a form error). */
export function viewError(view, error, home, title = 'Impossibile caricare la pagina') {
  const problem = asProblem(error);
  replace(
    view,
    h('h1', {}, title),
    h('div', { class: 'alert alert-danger', role: 'alert' }, problem.detail || problem.title),
    h('p', {}, h('a', { href: home }, 'Torna all’elenco dei procedimenti')),
  );
  view.removeAttribute('aria-busy');
}

export const RESERVED = "Questa sezione è riservata all'ufficio del personale.";

/** A section the user may not use: its name and to whom it is reserved, instead of the page. */
export function reserved(view, appName, text) {
  replace(view, h('h1', {}, appName), h('div', { class: 'alert alert-warning', role: 'alert' }, text));
  view.removeAttribute('aria-busy');
}

/** A navigation of sections as tabs; `items`: [text, href, current]. */
export function renderSections(nav, label, items) {
  nav.hidden = false;
  nav.setAttribute('aria-label', label);
  replace(
    nav,
    h(
      'ul',
      { class: 'nav nav-tabs console-nav' },
      items.map(([text, href, current]) =>
        h(
          'li',
          { class: 'nav-item' },
          h(
            'a',
            { class: `nav-link${current ? ' active' : ''}`, href, 'aria-current': current ? 'page' : undefined },
            text,
          ),
        ),
      ),
    ),
  );
}

/**
 * A procedure's page that redraws itself after each act: `fetch()` its view (a failure fills the page with
 * `errorTitle`), then `render(item, { status, reload })` gives the page's nodes — or null when it drew the
 * page itself. After a reload with a `message`, the message is announced in `status` and the focus moves to
 * the element `#titleId`; otherwise it stays where it was.
 */
export async function procedurePage(view, { home, errorTitle, fetch, render, titleId, message }) {
  const status = h('div', { 'aria-live': 'polite', role: 'status' });
  const load = async (text) => {
    view.setAttribute('aria-busy', 'true');
    let item;
    try {
      item = await fetch();
    } catch (error) {
      return viewError(view, error, home, errorTitle);
    }
    const keep = document.activeElement && !view.contains(document.activeElement) ? document.activeElement : null;
    const content = await render(item, { status, reload: load });
    view.removeAttribute('aria-busy');
    if (!content) return;
    replace(view, content);
    announce(status, text, 'success');
    if (text) document.getElementById(titleId)?.focus();
    else keep?.focus();
  };
  await load(message);
}
