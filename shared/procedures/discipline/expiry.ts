/**
 * The decadenza guard (D4): when a term of the case passes without its act, the sweeper fires it here.
 * A peremptory term of the Administration lapses the action (DECADUTO, L3653, L3670; art. 55-bis
 * c.9-ter), with an INF-OMESSA review task (V-PD-23) and an alert; the conciliation window closes an
 * open conciliation as failed (G-4); the cautionary suspension is revoked by law after five years
 * (L3777-L3779); the other terms are escalated to the officers.
 */
import { formatCitation } from '../../calendar/terms';
import { problems } from '../../http/problem';
import { type Deadline, SYSTEM_ACTOR } from '../model';
import type { Terms } from './contestation';
import {
  alertRecipients,
  cancelled,
  cancelReminders,
  type DisciplineContext,
  type DisciplineDecision,
} from './context';
import { alert } from './messages';
import type { DisciplineCase, Task } from './model';
import { closeConciliation, PENDING_PHASES } from './suspensions';

/** Fired this long after its instant, a term is marked late in the audit (the system was down). */
const LATE_AFTER_MS = 5 * 60 * 1000;

export function expire(c: DisciplineCase, agg: Terms, deadlineId: string, ctx: DisciplineContext): DisciplineDecision {
  const d = agg.deadlines.find((x) => x.id === deadlineId);
  if (d?.status !== 'OPEN') throw problems.conflict('deadline-not-open', `Il termine ${deadlineId} non è aperto.`);
  if (Date.parse(d.dueAt) > ctx.now.getTime()) {
    throw problems.conflict('deadline-not-due', `Il termine ${deadlineId} non è ancora scaduto.`);
  }
  const late = ctx.now.getTime() - Date.parse(d.dueAt) > LATE_AFTER_MS;
  const expired: Deadline = { ...d, status: 'EXPIRED', expiredAt: ctx.now.toISOString(), late };
  const basis = formatCitation(d.citation);
  const to = alertRecipients(c, ctx.entity);

  if (d.termId === 'discipline.conciliation' && c.phase === 'CONCILIAZIONE') {
    const closed = closeConciliation(
      c,
      agg,
      { expectedVersion: c.version, legalDate: d.dueDate, outcome: 'NEGATIVA' },
      SYSTEM_ACTOR,
      ctx,
      true,
    );
    return { ...closed, deadlines: [...closed.deadlines, expired] };
  }

  if (d.termId === 'discipline.cautionarySuspensionMax' && c.data.cautionarySuspension) {
    const task: Task = {
      id: ctx.newId(),
      kind: 'READMISSION',
      label: `Riammissione in servizio: la sospensione cautelare dal ${c.data.cautionarySuspension.start} è revocata di diritto il ${d.dueDate}; il procedimento disciplinare resta sospeso fino all'esito penale.`,
      createdAt: ctx.now.toISOString(),
      citation: basis,
    };
    return {
      phase: c.phase,
      data: {
        ...c.data,
        cautionarySuspension: { ...c.data.cautionarySuspension, revokedOn: d.dueDate, revokedByLaw: true },
        tasks: [...c.data.tasks, task],
      },
      events: [
        {
          type: 'CAUTIONARY_SUSPENSION_REVOKED_BY_LAW',
          actor: SYSTEM_ACTOR,
          legalDate: d.dueDate,
          payload: { deadlineId: d.id, late, basis },
        },
      ],
      deadlines: [expired],
      reminders: [],
      messages: [
        // The personnel office readmits the employee: it is told too.
        alert(
          c,
          `${to}, ${ctx.entity.hrOffice.email}`,
          {
            subject: 'Sospensione cautelare revocata di diritto',
            paragraphs: [task.label, 'Disporre la riammissione in servizio (ufficio personale).'],
            facts: [['Fondamento', basis]],
          },
          ctx,
        ),
      ],
    };
  }

  const lapses = d.onExpiry === 'lapse' && d.binds === 'administration' && PENDING_PHASES.includes(c.phase);
  if (lapses) {
    const others = agg.deadlines
      .filter((x) => x.id !== d.id && (x.status === 'OPEN' || x.status === 'SUSPENDED'))
      .map(cancelled);
    const task: Task = {
      id: ctx.newId(),
      kind: 'INF_OMESSA_REVIEW',
      label: `Verificare le responsabilità per il mancato esercizio dell'azione disciplinare nel termine "${d.label}" scaduto il ${d.dueDate} (art. 12 c.5 Allegato H, L3749-L3751; art. 55-sexies c.3 D.Lgs. 165/2001).`,
      createdAt: ctx.now.toISOString(),
      citation: 'L3749-L3751',
    };
    return {
      phase: 'DECADUTO',
      data: { ...c.data, tasks: [...c.data.tasks, task] },
      events: [
        {
          type: 'CASE_LAPSED',
          actor: SYSTEM_ACTOR,
          legalDate: d.dueDate,
          payload: { deadlineId: d.id, label: d.label, dueDate: d.dueDate, late, basis },
        },
      ],
      deadlines: [expired, ...others],
      reminders: cancelReminders(
        agg.reminders,
        others.map((x) => x.id),
      ),
      messages: [
        alert(
          c,
          to,
          {
            subject: "Decadenza dall'azione disciplinare",
            paragraphs: [
              `Il termine perentorio "${d.label}" è scaduto il ${d.dueDate} senza l'atto richiesto: il procedimento è decaduto e non può più concludersi con una sanzione. È ammessa solo l'archiviazione.`,
              task.label,
            ],
            facts: [
              ['Termine', d.label],
              ['Scadenza', d.dueDate],
              ['Fondamento', basis],
            ],
          },
          ctx,
        ),
      ],
    };
  }

  // Not peremptory, a private party's term, or a closed case: the expiry is recorded and, for the
  // Administration's duties, escalated.
  const escalate =
    d.binds === 'administration' &&
    d.onExpiry !== 'close' &&
    PENDING_PHASES.concat(['DECISO', 'CONCLUSO', 'RIAPERTURA_DA_AVVIARE']).includes(c.phase);
  return {
    phase: c.phase,
    events: [
      {
        type: 'DEADLINE_EXPIRED',
        actor: SYSTEM_ACTOR,
        legalDate: d.dueDate,
        payload: { deadlineId: d.id, label: d.label, late, onExpiry: d.onExpiry, basis },
      },
    ],
    deadlines: [expired],
    reminders: [],
    messages: escalate
      ? [
          alert(
            c,
            to,
            {
              subject: `Termine scaduto: ${d.label}`,
              paragraphs: [
                `Il termine "${d.label}" è scaduto il ${d.dueDate} senza l'atto previsto. ${d.peremptory ? 'Valutare gli effetti sul procedimento.' : 'Il termine non è perentorio: il ritardo va motivato e valutato.'}`,
              ],
              facts: [['Fondamento', basis]],
            },
            ctx,
          ),
        ]
      : [],
  };
}
