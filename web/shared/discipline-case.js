/**
 * A disciplinary file as its reader sees it (GET /api/v1/discipline/cases/{id}, `caseView`): the phase,
 * the terms with due date, status and citation (the computation on demand), the contestation and the
 * hearing, the communications with channel, delivery status and evidence, the defence, the tasks, the
 * outcome — and, for the authority, the audit timeline and the access log. Shared by the authority's
 * console (/hr/discipline.html) and the employee's area (/dipendente/).
 */
import { citationDetails, citationText } from './application-form.js';
import { dueWords, facts, infractionOf, rangeText, sanctionOf, termStatus } from './discipline-forms.js';
import {
  ACQUITTAL_FORMULAS,
  ACT_NAMES,
  ACTOR_ROLES,
  AUTHORITIES,
  CAUTIONARY_TYPES,
  COMMUNICATION_KINDS,
  COMMUNICATION_STATUS,
  DEFENDER_TYPES,
  EVENT_TYPES,
  EVIDENCE_KINDS,
  INVESTIGATION_TYPES,
  LEGAL_CHANNELS,
  NOTIZIA_SOURCES,
  OUTCOMES,
  POSIZIONI,
  QUANTITY_UNITS,
  READERS,
  RULE_SETS,
  TASK_KINDS,
  TRACKS,
} from './discipline-labels.js';
import { labelOf } from './labels.js';
import { formatDate, formatDateTime, formatLongDate, h } from './ui.js';

/** A titled section of a procedure's page. */
export const section = (id, title, ...children) =>
  h('section', { 'aria-labelledby': id, class: 'mb-5' }, h('h2', { id }, title), children);

/** A table with its caption and column headers. */
export const table = (caption, headers, rows) =>
  h(
    'div',
    { class: 'table-responsive' },
    h(
      'table',
      { class: 'table' },
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((x) => h('th', { scope: 'col' }, x)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );

/** 'multa (4 ore)'. */
function sanctionText(catalogue, s) {
  if (!s) return '';
  const def = sanctionOf(catalogue, s.code);
  const unit = s.unit ? labelOf(QUANTITY_UNITS, s.unit).toLowerCase() : '';
  return `${def?.label ?? s.code}${s.quantity ? ` (${s.quantity} ${unit})` : ''}`;
}

// ---------------------------------------------------------------- summary

export function caseSummary(c, catalogue) {
  const e = c.data.employee;
  const cl = c.data.classification;
  return [
    facts([
      ['Fase', h('strong', { 'data-phase': c.phase }, c.phaseLabel)],
      ['Dipendente', e ? `${e.name} — ${e.profile}, categoria ${e.category}, ${e.service}` : undefined],
      ['Posizione', e?.posizione && e.posizione !== 'IN_SERVIZIO' ? labelOf(POSIZIONI, e.posizione) : undefined],
      ['Regime', labelOf(RULE_SETS, c.ruleSet)],
      ['Percorso', cl ? labelOf(TRACKS, cl.track) : undefined],
      [
        'Autorità competente',
        cl
          ? `${labelOf(AUTHORITIES, cl.authority)}${c.authority?.length ? `: ${c.authority.map((a) => a.name).join(', ')}` : ''}`
          : undefined,
      ],
      ['Sanzione massima applicabile', cl ? sanctionText(catalogue, { code: cl.maxSanction }) : undefined],
      ['Protocolli riservati', c.data.protocols?.join(', ')],
      ['Versione', c.reader === 'DIPENDENTE' ? undefined : String(c.version)],
      ['Accesso come', labelOf(READERS, c.reader)],
    ]),
    cl?.explanation?.length
      ? h(
          'details',
          { class: 'citation mt-2 mb-4' },
          h('summary', {}, 'Perché questo percorso e questa autorità'),
          h(
            'ul',
            {},
            cl.explanation.map((x) => h('li', {}, x)),
          ),
        )
      : null,
  ];
}

export function notiziaSection(c, catalogue) {
  const n = c.data.notizia;
  return section(
    'notizia-title',
    'Notizia e addebiti',
    n
      ? facts([
          ['Fonte', labelOf(NOTIZIA_SOURCES, n.source)],
          ['Segnalata da', n.reporter?.name],
          ['Fatti segnalati', n.facts],
          ['Prima acquisizione della notizia', formatDate(n.firstAcquisitionDate)],
          ["Conoscenza dell'autorità competente", formatDate(n.authorityKnowledgeDate)],
          [
            "Acquisita altrimenti dall'UPD",
            n.updOtherwiseAcquiredDate ? formatDate(n.updOtherwiseAcquiredDate) : undefined,
          ],
        ])
      : null,
    h(
      'ol',
      { class: 'mt-3' },
      (c.data.charges ?? []).map((ch, i) => {
        const inf = infractionOf(catalogue, ch.infractionId);
        const applied = c.data.classification?.charges?.[i];
        return h(
          'li',
          { class: 'mb-2' },
          h('strong', {}, `${ch.infractionId}${inf ? ` — ${inf.label}` : ''}`),
          h('div', {}, `Fatto del ${formatDate(ch.factDate)}: ${ch.factDescription}`),
          inf
            ? h(
                'div',
                { class: 'small' },
                `Sanzioni applicabili: ${rangeText(catalogue, applied?.range ?? inf.range)} — ${citationText(inf.citation)}`,
              )
            : null,
          applied?.escalation
            ? h(
                'div',
                { class: 'small' },
                `Recidiva: ${applied.escalation.explanation} (${citationText(applied.escalation.citation)})`,
              )
            : null,
        );
      }),
    ),
  );
}

// ---------------------------------------------------------------- terms

export function termsSection(c) {
  const deadlines = c.deadlines ?? [];
  return section(
    'terms-title',
    'Termini',
    deadlines.length
      ? table(
          'Termini del procedimento, con scadenza, stato e fondamento normativo',
          ['Termine', 'Scadenza', 'Stato', 'Fondamento e calcolo'],
          deadlines.map((d) =>
            h(
              'tr',
              {
                class:
                  d.status === 'EXPIRED' ? 'agenda-overdue' : d.status === 'SUSPENDED' ? 'agenda-suspended' : undefined,
                'data-deadline': d.id,
              },
              h(
                'th',
                { scope: 'row', class: 'fw-normal' },
                d.label,
                d.peremptory
                  ? h('div', { class: 'small text-muted' }, 'Termine perentorio: a pena di decadenza')
                  : null,
              ),
              h(
                'td',
                {},
                dueWords(d),
                d.rolledForward ? h('div', { class: 'small' }, 'Spostato al primo giorno non festivo') : null,
              ),
              h('td', {}, termStatus(d)),
              h('td', {}, citationDetails(d)),
            ),
          ),
        )
      : h('p', {}, 'Nessun termine in corso.'),
  );
}

// ---------------------------------------------------------------- contestation, communications

export function contestationSection(c) {
  const ct = c.data.contestazione;
  if (!ct) return null;
  return section(
    'contest-title',
    ct.renewed ? 'Contestazione rinnovata' : "Contestazione dell'addebito",
    facts([
      ['Protocollo riservato', ct.protocol],
      ['Data della contestazione', formatDate(ct.actDate)],
      ['Addebito', ct.addebito],
      ['Norme violate', ct.normsViolated],
      ['Elementi di prova', ct.evidence],
      [
        'Audizione a difesa',
        h('strong', {}, `${formatLongDate(ct.hearing.date)}, ore ${ct.hearing.time}, presso ${ct.hearing.place}`),
      ],
      ['Visto del Segretario', ct.visto ? `${ct.visto.by}, ${formatDate(ct.visto.date)}` : undefined],
    ]),
    ct.convocationInvalid
      ? h(
          'div',
          { class: 'alert alert-warning mt-3' },
          `La convocazione è stata ricevuta il ${formatDate(ct.convocationInvalid.deliveredOn)}: l'audizione non rispetta il preavviso minimo. Occorre una nuova convocazione per una data non anteriore al ${formatDate(ct.convocationInvalid.earliestValidHearing)}.`,
        )
      : null,
  );
}

function evidenceText(x, evidenceKinds) {
  const ev = x.evidence;
  if (!ev) return x.failure ? `Esito: ${x.failure}` : '—';
  return h(
    'div',
    {},
    h('div', {}, labelOf(evidenceKinds, ev.kind)),
    h('div', { class: 'small' }, `Riferimento: ${ev.reference}`),
    ev.documentName ? h('div', { class: 'small' }, `Scansione: ${ev.documentName}`) : null,
    ev.documentSha256 ? h('div', { class: 'small mono' }, `SHA-256: ${ev.documentSha256}`) : null,
    ev.issuedAt ? h('div', { class: 'small' }, `Ricevuta del ${formatDateTime(ev.issuedAt)}`) : null,
  );
}

/**
 * The communications with channel, delivery status and evidence. The defaults are the disciplinary file's
 * (reserved protocol); another procedure names its own title, kinds, channels, evidence and protocol.
 */
export function communicationsSection(
  c,
  {
    title = 'Comunicazioni al dipendente',
    kinds = COMMUNICATION_KINDS,
    channels = LEGAL_CHANNELS,
    evidenceKinds = EVIDENCE_KINDS,
    protocol = 'Prot. ris.',
  } = {},
) {
  const items = c.data.communications ?? [];
  return section(
    'comms-title',
    title,
    items.length
      ? table(
          'Comunicazioni, con canale, stato della consegna e prova',
          ['Comunicazione', 'Canale e destinatario', 'Stato', 'Prova di consegna'],
          items.map((x) =>
            h(
              'tr',
              { 'data-communication': x.id },
              h(
                'th',
                { scope: 'row', class: 'fw-normal' },
                labelOf(kinds, x.kind),
                h('div', { class: 'small' }, `${protocol} ${x.protocol} del ${formatDate(x.actDate)}`),
                x.hearingDate ? h('div', { class: 'small' }, `Audizione del ${formatDate(x.hearingDate)}`) : null,
              ),
              h('td', {}, labelOf(channels, x.channel), h('div', { class: 'small' }, x.recipient)),
              h(
                'td',
                {},
                x.status === 'CONSEGNATA' && x.deliveredOn
                  ? `Consegnata il ${formatDate(x.deliveredOn)}`
                  : labelOf(COMMUNICATION_STATUS, x.status),
              ),
              h('td', {}, evidenceText(x, evidenceKinds)),
            ),
          ),
        )
      : h('p', {}, 'Nessuna comunicazione inviata.'),
  );
}

// ---------------------------------------------------------------- defence and the rest of the file

export function defenceSection(c) {
  const d = c.data;
  const parts = [];
  if (d.deferral) {
    parts.push(
      h('h3', { class: 'h5' }, 'Istanza di differimento'),
      facts([
        ['Presentata il', formatDate(d.deferral.receivedOn)],
        ['Motivo', d.deferral.reason],
        [
          'Decisione',
          d.deferral.decision
            ? `${d.deferral.decision === 'ACCOLTA' ? 'Accolta' : 'Respinta'} il ${formatDate(d.deferral.decidedOn)}${d.deferral.newHearingDate ? `: audizione rinviata al ${formatDate(d.deferral.newHearingDate)}` : ''}`
            : 'In attesa di decisione',
        ],
        ['Motivazione', d.deferral.motivation],
      ]),
    );
  }
  if (d.memorie?.length) {
    parts.push(
      h('h3', { class: 'h5' }, 'Memorie difensive'),
      h(
        'ol',
        { class: 'memorie' },
        d.memorie.map((m) =>
          h(
            'li',
            { class: 'mb-2' },
            h('div', { class: 'fw-semibold' }, `Ricevuta il ${formatDate(m.receivedOn)} — ${m.channel}`),
            h('div', {}, m.summary),
          ),
        ),
      ),
    );
  }
  if (d.hearings?.length) {
    parts.push(
      h('h3', { class: 'h5' }, 'Audizioni'),
      h(
        'ol',
        {},
        d.hearings.map((x) =>
          h(
            'li',
            { class: 'mb-2' },
            h(
              'div',
              { class: 'fw-semibold' },
              `${formatDate(x.date)} — ${x.attended ? 'dipendente presente' : 'dipendente assente'}`,
            ),
            x.defender
              ? h('div', {}, `Assistito da: ${labelOf(DEFENDER_TYPES, x.defender.type)} ${x.defender.name}`)
              : null,
            h('div', {}, x.minutes),
          ),
        ),
      ),
    );
  }
  if (d.investigation?.length) {
    parts.push(
      h('h3', { class: 'h5' }, 'Istruttoria'),
      h(
        'ol',
        {},
        d.investigation.map((x) =>
          h('li', {}, `${formatDate(x.date)} — ${labelOf(INVESTIGATION_TYPES, x.type)}: ${x.summary}`),
        ),
      ),
    );
  }
  if (d.employee?.fax) parts.push(h('p', {}, `Numero di fax indicato dal dipendente: ${d.employee.fax}`));
  if (!parts.length) return null;
  return section('defence-title', 'Difesa e istruttoria', parts);
}

export function otherFactsSection(c, catalogue) {
  const d = c.data;
  const rows = [
    [
      'Trasmissione all’UPD',
      d.transmission
        ? `${formatDate(d.transmission.actDate)}, ricevuta il ${formatDate(d.transmission.receivedOn)} (prot. ris. ${d.transmission.protocol})${d.transmission.late ? ' — oltre il termine' : ''}`
        : undefined,
    ],
    [
      'Conciliazione',
      d.conciliation
        ? `Aperta il ${formatDate(d.conciliation.openedOn)} (${d.conciliation.ccnlRef})${d.conciliation.closedOn ? `; chiusa il ${formatDate(d.conciliation.closedOn)} con esito ${d.conciliation.outcome === 'POSITIVA' ? 'positivo' : 'negativo'}` : ''}${d.conciliation.agreedSanction ? ` — ${sanctionText(catalogue, d.conciliation.agreedSanction)}` : ''}`
        : undefined,
    ],
    [
      'Procedimento penale',
      d.criminal
        ? `${d.criminal.proceedingRef}: sospeso il ${formatDate(d.criminal.suspendedOn)}${d.criminal.judgment ? `; sentenza comunicata il ${formatDate(d.criminal.judgment.communicatedOn)} (${d.criminal.judgment.outcome})` : ''}`
        : undefined,
    ],
    [
      'Sospensione cautelare',
      d.cautionarySuspension
        ? `${labelOf(CAUTIONARY_TYPES, d.cautionarySuspension.type)} dal ${formatDate(d.cautionarySuspension.start)}${d.cautionarySuspension.revokedOn ? `; revocata il ${formatDate(d.cautionarySuspension.revokedOn)}` : ''}`
        : undefined,
    ],
    [
      'Esito',
      d.outcome
        ? `${labelOf(OUTCOMES, d.outcome.type)}${d.outcome.sanction ? `: ${sanctionText(catalogue, d.outcome.sanction)}` : ''} — atto del ${formatDate(d.outcome.actDate)} (prot. ris. ${d.outcome.protocol})`
        : undefined,
    ],
    ['Motivazione dell’esito', d.outcome?.motivation],
    ['Fascicolo trasmesso all’ufficio del personale', d.sealedOn ? formatDate(d.sealedOn) : undefined],
    [
      'Assoluzione',
      d.acquittal
        ? `Irrevocabile dal ${formatDate(d.acquittal.irrevocableOn)} — ${labelOf(ACQUITTAL_FORMULAS, d.acquittal.formula)}`
        : undefined,
    ],
    ['Trasferimento', d.transfer ? `${formatDate(d.transfer.date)} a ${d.transfer.administration}` : undefined],
    [
      'Cessazione del rapporto',
      d.cessation
        ? `${formatDate(d.cessation.date)}: ${d.cessation.reason}${d.cessation.continues ? ' (il procedimento prosegue)' : ''}`
        : undefined,
    ],
  ].filter(([, v]) => v);
  if (!rows.length) return null;
  return section('other-title', 'Altri atti ed esito', facts(rows));
}

export function tasksSection(c) {
  const tasks = c.data.tasks;
  if (!tasks) return null;
  return section(
    'tasks-title',
    'Adempimenti',
    tasks.length
      ? h(
          'ul',
          { class: 'tasks' },
          tasks.map((t) =>
            h(
              'li',
              { class: 'mb-2', 'data-task': t.kind },
              h('strong', {}, labelOf(TASK_KINDS, t.kind)),
              t.doneAt
                ? ` — svolto il ${formatDateTime(t.doneAt)}`
                : h('span', { class: 'badge bg-warning text-dark ms-2' }, 'da svolgere'),
              h('div', {}, t.label),
              h('div', { class: 'small' }, `Fondamento: ${t.citation} — creato il ${formatDateTime(t.createdAt)}`),
            ),
          ),
        )
      : h('p', {}, 'Nessun adempimento in sospeso.'),
  );
}

// ---------------------------------------------------------------- authority only

export function auditSection(audit) {
  const v = audit.verification;
  return section(
    'audit-title',
    'Registro degli eventi',
    v.ok
      ? h(
          'div',
          { class: 'alert alert-success' },
          h('strong', {}, `Catena di audit verificata: ${v.length} eventi`),
          h('div', { class: 'small mono' }, `Impronta finale: ${v.head}`),
        )
      : h(
          'div',
          { class: 'alert alert-danger', role: 'alert' },
          h('strong', {}, `Catena di audit interrotta all'evento n. ${v.seq}`),
          h('div', {}, `Motivo: ${v.reason}`),
        ),
    h(
      'ol',
      { class: 'audit-timeline' },
      audit.events.map((e) =>
        h(
          'li',
          {},
          h('h3', { class: 'h6 mb-1' }, `${e.seq}. ${labelOf(EVENT_TYPES, e.type)}`),
          facts([
            [
              'Autore',
              e.actor.role === 'SYSTEM' ? e.actor.name : `${e.actor.name} (${labelOf(ACTOR_ROLES, e.actor.role)})`,
            ],
            ['Termine', e.payload?.label],
            ['Scadenza', e.payload?.dueDate && e.payload?.label ? formatDate(e.payload.dueDate) : undefined],
            ['Data giuridica', e.legalDate ? formatDate(e.legalDate) : undefined],
            ['Registrato il', formatDateTime(e.recordedAt)],
            ['Fondamento', e.payload?.basis],
          ]),
          h(
            'details',
            { class: 'small' },
            h('summary', {}, 'Dati e impronta'),
            h('div', { class: 'mono' }, `Evento: ${e.type}`),
            h('pre', { class: 'mono' }, JSON.stringify(e.payload, null, 2)),
            h('div', { class: 'mono' }, `Impronta: ${e.hash}`),
            h('div', { class: 'mono' }, `Impronta precedente: ${e.prevHash}`),
          ),
        ),
      ),
    ),
  );
}

/** 'atto contest' → "Atto: contestazione dell'addebito": what the API records, in words. */
function whatText(what) {
  if (what === 'fascicolo') return 'Lettura del fascicolo';
  if (what === 'registro degli eventi') return 'Lettura del registro degli eventi';
  if (what === 'registro degli accessi') return 'Lettura del registro degli accessi';
  return what.startsWith('atto ') ? `Atto: ${labelOf(ACT_NAMES, what.slice(5))}` : what;
}

export function accessLogSection(log) {
  const items = [...(log.items ?? [])].sort((a, b) => (a.at < b.at ? 1 : -1));
  return section(
    'access-title',
    'Registro degli accessi al fascicolo',
    items.length
      ? table(
          `Chi ha letto il fascicolo, e chi ha tentato (${items.length}), dal più recente`,
          ['Data e ora', 'Utente', 'Titolo', 'Operazione'],
          items.map((a) =>
            h(
              'tr',
              { class: a.as === 'NEGATO' ? 'agenda-overdue' : undefined },
              h('td', {}, formatDateTime(a.at)),
              h('td', {}, `${a.name} (${a.userId})`),
              h('td', {}, a.as === 'NEGATO' ? h('strong', {}, 'Accesso negato') : labelOf(READERS, a.as)),
              h('td', {}, whatText(a.what)),
            ),
          ),
        )
      : h('p', {}, 'Nessun accesso registrato.'),
  );
}
