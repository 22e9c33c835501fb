/**
 * An appointment as its readers see it (GET /api/v1/contracts/{id}): the phase, the appointee and the
 * post, the terms with due date, status and citation (the computation on demand), the notice with its
 * channel and delivery evidence, the contract's versions with a link to each document, and the document
 * itself (GET …/contract/{version}, HTML, shown in a sandboxed frame). Shared by the HR console
 * (/hr/contracts.html) and the appointee's page (/nomina/).
 */
import { api } from './api.js';
import { CATEGORY_AREAS, CHANNEL_LABELS, COMMUNICATION_KINDS, EVIDENCE_KINDS } from './contract-labels.js';
import { communicationsSection, section, table, termsSection } from './discipline-case.js';
import { facts } from './discipline-forms.js';
import { asProblem } from './discipline-shell.js';
import { formatDate, h, replace } from './ui.js';

/** 'Istruttore amministrativo, categoria C (Area degli Istruttori) — Servizi demografici, Municipio di Stresa'. */
export const postText = (post) =>
  `${post.profile}, categoria ${post.category} (${CATEGORY_AREAS[post.category] ?? ''}) — ${post.service}, sede: ${post.workplace}`;

/** The appointment at a glance; `version` shown to HR (the acts send it back as expectedVersion). */
export function appointmentSummary(c, { showVersion = false } = {}) {
  const d = c.data;
  const a = d.appointee;
  const probation = d.probation;
  return facts([
    ['Fase', h('strong', { 'data-phase': c.phase }, c.phaseLabel)],
    ['Nominato', `${a.name} — codice fiscale ${a.taxCode}`],
    ['Posto', postText(d.post)],
    ['Provenienza', d.source?.description],
    [
      'Atto di nomina',
      `n. ${d.appointment.act.number} del ${formatDate(d.appointment.act.date)} — protocollo n. ${d.appointment.protocol}`,
    ],
    [
      'Comunicazione ricevuta il',
      d.receivedOn ? formatDate(d.receivedOn) : 'Non ancora: il termine decorre dal ricevimento',
    ],
    ['Altro impiego dichiarato', d.incompatibility?.currentEmployer],
    [
      'Opzione per il posto',
      d.option
        ? `Dichiarata il ${formatDate(d.option.declaredOn)}, preavviso di ${d.option.noticeDays} giorni: presa di servizio entro il ${formatDate(d.option.extendedTo)}`
        : undefined,
    ],
    ['Visita medica', d.medical ? medicalText(d.medical) : undefined],
    [
      'Documenti presentati',
      d.documents
        ? h(
            'div',
            {},
            `Il ${formatDate(d.documents.presentedOn)}:`,
            h(
              'ul',
              { class: 'mb-0' },
              d.documents.items.map((x) => h('li', {}, x)),
            ),
          )
        : undefined,
    ],
    ['Presa di servizio', d.service ? formatDate(d.service.startOn) : undefined],
    ['Periodo di prova', probation ? probationText(probation) : undefined],
    ['Chiusura', d.ended ? `${formatDate(d.ended.on)}: ${d.ended.reason}` : undefined],
    ['Versione del procedimento', showVersion ? String(c.version) : undefined],
  ]);
}

function medicalText(m) {
  const parts = [`Disposta il ${formatDate(m.requestedOn)}`];
  if (m.opinion)
    parts.push(
      `giudizio: ${m.opinion === 'IDONEO' ? 'idoneo' : 'non idoneo'}, comunicato il ${formatDate(m.notifiedOn)}`,
    );
  if (m.review) {
    parts.push(`visita collegiale chiesta il ${formatDate(m.review.requestedOn)}`);
    if (m.review.outcome)
      parts.push(`esito: ${m.review.outcome.toLowerCase().replace('_', ' ')} (${formatDate(m.review.date)})`);
  }
  return parts.join('; ');
}

function probationText(p) {
  const parts = [`${p.months} mesi`];
  if (p.opinionRequestedOn) parts.push(`parere chiesto il ${formatDate(p.opinionRequestedOn)}`);
  if (p.opinion)
    parts.push(
      `parere ${p.opinion.favourable ? 'favorevole' : 'sfavorevole'} di ${p.opinion.by} del ${formatDate(p.opinion.date)}: «${p.opinion.text}»`,
    );
  if (p.decision)
    parts.push(
      `${p.decision.outcome === 'CONFERMATO' ? 'superato' : 'non superato'} il ${formatDate(p.decision.date)}${p.decision.silent ? ' (decorso senza recesso)' : ''}: ${p.decision.motivation}`,
    );
  return parts.join('; ');
}

/** The terms, as the disciplinary file shows them: due date, status, citation and computation on demand. */
export const appointmentTerms = (c) => termsSection(c);

export const appointmentCommunications = (c, title = 'Comunicazioni al nominato') =>
  communicationsSection(c, {
    title,
    kinds: COMMUNICATION_KINDS,
    channels: CHANNEL_LABELS,
    evidenceKinds: EVIDENCE_KINDS,
    protocol: 'Prot.',
  });

/** The contract's versions (a change is a new contract, art. 110 c.6), each with a link to its document. */
export function contractsSection(c, hrefFor) {
  const versions = c.data.contracts ?? [];
  return section(
    'contracts-title',
    'Contratto individuale di lavoro',
    versions.length
      ? table(
          'Versioni del contratto individuale, con data di sottoscrizione',
          ['Versione', 'Sottoscritto il', 'Sostituisce', 'Documento'],
          versions.map((v) =>
            h(
              'tr',
              { 'data-version': v.version },
              h('th', { scope: 'row', class: 'fw-normal' }, `Versione ${v.version}`),
              h('td', {}, formatDate(v.signedOn)),
              h('td', {}, v.replaces ? `Versione ${v.replaces}` : '—'),
              h('td', {}, h('a', { href: hrefFor(v.version) }, `Apri il contratto (versione ${v.version})`)),
            ),
          ),
        )
      : h('p', {}, 'Il contratto individuale non è ancora stato sottoscritto.'),
  );
}

/**
 * The contract's document, version N: fetched with the user's token (the API does not serve it to a
 * plain link) and shown in a sandboxed frame, with a link back and a download of the same HTML.
 */
export async function renderContractDocument(view, c, version, back) {
  const title = `Contratto individuale di lavoro — versione ${version}`;
  let html;
  try {
    html = await api(`/api/v1/contracts/${encodeURIComponent(c.id)}/contract/${version}`, { auth: true, as: 'text' });
  } catch (error) {
    const problem = asProblem(error);
    replace(
      view,
      h('h1', {}, title),
      h('div', { class: 'alert alert-danger', role: 'alert' }, problem.detail || problem.title),
      h('p', {}, h('a', { href: back }, 'Torna alla nomina')),
    );
    return title;
  }
  const frame = h('iframe', {
    class: 'contract-document',
    title,
    sandbox: 'allow-same-origin',
    srcdoc: html,
    style: 'width: 100%; min-height: 40rem; border: 1px solid #c5c7c9',
  });
  // The frame takes its document's height: the page scrolls, not the frame.
  frame.addEventListener('load', () => {
    const doc = frame.contentDocument;
    if (doc) frame.style.height = `${doc.documentElement.scrollHeight + 16}px`;
  });
  const download = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  replace(
    view,
    h('h1', { id: 'doc-title', tabindex: '-1' }, title),
    h('p', {}, c.title),
    h(
      'p',
      { class: 'd-flex gap-3 flex-wrap' },
      h('a', { href: back }, 'Torna alla nomina'),
      h('a', { href: download, download: `contratto-${c.id}-v${version}.html` }, 'Scarica il documento (HTML)'),
    ),
    frame,
  );
  return title;
}
