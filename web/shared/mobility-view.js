/**
 * A mobility procedure as its readers see it (GET /api/v1/mobility/{id}): the phase and what is asked, the
 * checks the rules made (passed or not, each with its reason and citation, the computation on demand),
 * the opinions and the decision; for an internal transfer the four communications before it takes effect;
 * for an incoming notice the applications, the board and the evaluation. Shared by the HR console
 * (/hr/mobility.html) and the employee's area (/dipendente/).
 */
import { citationDetails } from './application-form.js';
import { section, table } from './discipline-case.js';
import { facts } from './discipline-forms.js';
import { labelOf } from './labels.js';
import { BOARD_ROLES, INCOMING_POST_KINDS, INTERNAL_MODES, RECIPIENTS, VARIANTS } from './mobility-labels.js';
import { formatDate, h } from './ui.js';

const yes = (b) => (b ? 'sì' : 'no');
const employeeText = (e) => `${e.name} — ${e.profile}, categoria ${e.category}, ${e.service}`;

/** The procedure at a glance, by variant. */
export function mobilitySummary(p, { showVersion = false } = {}) {
  const d = p.data;
  const common = [
    ['Fase', h('strong', { 'data-phase': p.phase }, p.phaseLabel)],
    ['Procedura', labelOf(VARIANTS, d.variant)],
  ];
  const rows =
    d.variant === 'OUT'
      ? [
          ['Dipendente', employeeText(d.employee)],
          ['Ente di destinazione', d.destination],
          ['Richiesta del', formatDate(d.requestedOn)],
          ['Motivazione', d.reasons],
          ['Requisiti', d.admissible ? 'Rispettati' : 'Non rispettati: vedere le verifiche'],
          ['Data del trasferimento', d.transferDate ? formatDate(d.transferDate) : undefined],
          ['Cessazione per trasferimento', d.cessationOn ? formatDate(d.cessationOn) : undefined],
          [
            'Procedimento disciplinare pendente',
            d.pendingDiscipline ? 'Sì: prosegue presso la nuova amministrazione' : undefined,
          ],
        ]
      : d.variant === 'INT'
        ? [
            ['Dipendente', employeeText(d.employee)],
            ['Modalità', labelOf(INTERNAL_MODES, d.mode)],
            ['Destinazione', `${d.to.service} — ${d.to.profile}, categoria ${d.to.category}`],
            ['Motivazione', d.reasons],
            ['Mobilità temporanea', d.temporary ? `fino al ${formatDate(d.temporary.endDate)}` : undefined],
            ['Decorrenza del trasferimento', d.effectiveDate ? formatDate(d.effectiveDate) : undefined],
          ]
        : [
            ['Posto', `${labelOf(INCOMING_POST_KINDS, d.post.kind)} — ${d.post.profile}, ${d.post.service}`],
            ['Sede di lavoro', d.post.workplace],
            ['Avviso', `${d.notice.act}, pubblicato il ${formatDate(d.notice.publishedOn)}`],
            ['Domande registrate', String(d.applications.length)],
          ];
  return facts([...common, ...rows, ['Versione del procedimento', showVersion ? String(p.version) : undefined]]);
}

/** The checks of the rules: passed or not, the reason (ending with its citation), the quote and computation. */
export function checksList(checks) {
  return h(
    'ul',
    { class: 'list-unstyled checks' },
    checks.map((c) =>
      h(
        'li',
        { class: 'mb-3', 'data-check': c.id, 'data-passed': String(c.passed) },
        h(
          'span',
          { class: `badge ${c.passed ? 'bg-success' : 'bg-danger'} me-2` },
          c.passed ? 'Rispettato' : 'Non rispettato',
        ),
        c.reason,
        citationDetails({ citation: c.citation, trace: c.term?.trace }),
      ),
    ),
  );
}

export function checksSection(p) {
  const d = p.data;
  const checks = d.variant === 'OUT' ? d.eligibility : d.variant === 'INT' ? d.decision?.checks : null;
  if (!checks?.length) return null;
  return section(
    'checks-title',
    d.variant === 'OUT' ? 'Verifica dei requisiti' : 'Verifiche della decisione',
    d.variant === 'OUT'
      ? h('p', {}, 'Verificati alla presentazione della richiesta; la decisione li verifica di nuovo alla sua data.')
      : null,
    checksList(checks),
  );
}

const opinionText = (o) =>
  h(
    'div',
    {},
    h(
      'div',
      {},
      `${o.favourable ? 'Favorevole' : 'Sfavorevole'}${o.conditional ? ' con condizioni' : ''} — ${o.by.name}, ${formatDate(o.date)}`,
    ),
    h('div', { class: 'small' }, `«${o.text}»`),
    o.check && !o.check.passed ? h('div', { class: 'small' }, o.check.reason) : null,
  );

/** Opinions, the Giunta's acts and the decision. */
export function opinionsSection(p) {
  const d = p.data;
  if (d.variant === 'IN') return null;
  const rows =
    d.variant === 'OUT'
      ? [
          [
            'Deroga della Giunta',
            d.giuntaDerogation
              ? `${d.giuntaDerogation.act} del ${formatDate(d.giuntaDerogation.date)}${d.giuntaDerogation.concorsoException ? ` (eccezione: ${d.giuntaDerogation.concorsoException})` : ''}`
              : undefined,
          ],
          [
            'Parere del Responsabile del servizio',
            d.serviceHeadOpinion ? opinionText(d.serviceHeadOpinion) : 'Non ancora espresso',
          ],
          [
            'Parere della Giunta',
            d.giuntaOpinion
              ? `${d.giuntaOpinion.favourable ? 'Favorevole' : 'Sfavorevole'} — ${d.giuntaOpinion.act} del ${formatDate(d.giuntaOpinion.date)}`
              : 'Non ancora espresso',
          ],
        ]
      : d.opinions.length
        ? d.opinions.map((o, i) => [`Valutazione n. ${i + 1}`, opinionText(o)])
        : [['Valutazioni dei responsabili', 'Non ancora espresse']];
  const decision = d.decision
    ? [
        [
          'Decisione',
          `${labelOf({ AUTORIZZATA: 'Autorizzata', RESPINTA: 'Respinta', DISPOSTA: 'Trasferimento disposto' }, d.decision.outcome)} il ${formatDate(d.decision.date)}`,
        ],
        ['Motivazione', d.decision.motivation],
        ['Analogia del profilo', d.decision.analogousProfileMotivation],
      ]
    : [['Decisione', 'Non ancora adottata']];
  return section('opinions-title', 'Pareri e decisione', facts([...rows, ...decision]));
}

/** The four communications before an internal transfer takes effect (art. 76 c.6, L1287). */
export function transferCommunicationsSection(p) {
  const d = p.data;
  if (d.variant !== 'INT' || !d.decision || d.decision.outcome !== 'DISPOSTA') return null;
  return section(
    'transfer-comms-title',
    'Comunicazioni del trasferimento',
    h(
      'p',
      {},
      'Il trasferimento si esegue solo dopo la comunicazione al dipendente, al Sindaco, alla Giunta e alle organizzazioni sindacali (art. 76 c.6).',
    ),
    table(
      'Comunicazioni dovute prima della decorrenza',
      ['Destinatario', 'Data', 'Riferimento'],
      RECIPIENTS.map(([code, label]) => {
        const c = d.communications.find((x) => x.recipient === code);
        return h(
          'tr',
          { 'data-recipient': code },
          h('th', { scope: 'row', class: 'fw-normal' }, label),
          h('td', {}, c ? formatDate(c.date) : 'Da comunicare'),
          h('td', {}, c?.reference ?? '—'),
        );
      }),
    ),
  );
}

/** Incoming: the applications, each with its admission checks and scores; the selected one marked. */
export function applicationsSection(p) {
  const d = p.data;
  if (d.variant !== 'IN') return null;
  const selected = d.evaluation?.selectedId;
  return section(
    'applications-title',
    'Domande',
    d.applications.length
      ? table(
          `Domande registrate (${d.applications.length}), con l'ammissione e il punteggio`,
          ['Candidato', 'Amministrazione', 'Requisiti', 'Ammissione', 'Punteggio'],
          d.applications.map((a) =>
            h(
              'tr',
              { 'data-application': a.id },
              h(
                'th',
                { scope: 'row', class: 'fw-normal' },
                a.name,
                h('div', { class: 'small' }, `${a.taxCode} — ricevuta il ${formatDate(a.receivedOn)}`),
                a.id === selected ? h('strong', { class: 'd-block' }, 'Candidato individuato') : null,
              ),
              h('td', {}, a.administration),
              h(
                'td',
                { class: 'small' },
                `Categoria ${a.category}; titolo di studio: ${yes(a.hasStudyTitle)}; anzianità ${a.seniorityYears} anni${a.sameArea ? ' nella stessa area' : ' in area diversa'}`,
              ),
              h(
                'td',
                {},
                a.admitted ? 'Ammessa' : 'Non ammessa',
                h('details', { class: 'small' }, h('summary', {}, 'Verifiche'), checksList(a.checks)),
              ),
              h(
                'td',
                {},
                a.score ? `${a.score.total} (curriculum ${a.score.cv}, colloquio ${a.score.interview})` : '—',
              ),
            ),
          ),
        )
      : h('p', {}, 'Nessuna domanda registrata.'),
  );
}

/** Incoming: the board, its secretary and the consent of the home administration. */
export function boardSection(p) {
  const d = p.data;
  if (d.variant !== 'IN' || (!d.board && !d.consent)) return null;
  return section(
    'board-title',
    'Commissione, valutazione e assenso',
    d.board
      ? [
          h('p', {}, `Commissione nominata il ${formatDate(d.board.appointedOn)}:`),
          h(
            'ul',
            {},
            [...d.board.members, ...(d.board.secretary ? [d.board.secretary] : [])].map((m) =>
              h(
                'li',
                {},
                `${labelOf(BOARD_ROLES, m.role)}: ${m.person.name}${m.replaces ? ` (in luogo del ${labelOf(BOARD_ROLES, m.replaces)})` : ''}`,
              ),
            ),
          ),
        ]
      : null,
    facts([
      ['Valutazione', d.evaluation ? `Del ${formatDate(d.evaluation.date)}` : undefined],
      [
        "Assenso dell'amministrazione di appartenenza",
        d.consent
          ? `${d.consent.granted ? 'Concesso' : 'Negato'} — ${d.consent.act} del ${formatDate(d.consent.date)}`
          : undefined,
      ],
    ]),
  );
}
