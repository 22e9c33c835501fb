/**
 * The six-month conclusion term (T10; art. 90 c.3; exams.ts `checkConclusionTerm`): not peremptory — the
 * concorso goes on past it — but once it passes, the board owes a motivated report, adopted collegially
 * and sent to the Sindaco. The expiry records the delay and tells the responsible officer; the report is
 * an act, refused until it is motivated, signed by every component and sent.
 */
import { romeDateOf } from '../../calendar/dates';
import { formatCitation } from '../../calendar/terms';
import { problems } from '../../http/problem';
import { italianDate, renderEmail } from '../../notify/email';
import { type ActorRef, type Deadline, SYSTEM_ACTOR } from '../model';
import type { Concorso, ConcorsoDecision, TermContext } from './concorso';
import { checkConclusionTerm } from './exams';
import type { DelayReportInput } from './schemas';

export interface ConclusionDelay {
  /** The last day of the six months. */
  dueDate: string;
  report?: { date: string; motivation: string; signedBy: string[]; sentToSindacoOn: string; recordedAt: string };
}

const CONCLUDED = ['GRADUATORIA_APPROVED', 'REVOKED'];

/** The term passed: concluded in time, nothing to do; otherwise the delay is recorded and the officer told. */
export function conclusionOverdue(state: Concorso, expired: Deadline, ctx: TermContext): ConcorsoDecision {
  const closed = { ...expired, status: 'EXPIRED' as const, expiredAt: ctx.now.toISOString() };
  const overdue = !CONCLUDED.includes(state.phase);
  const officer = state.data.bando.responsibleOfficer;
  const content = renderEmail({
    subject: `Concorso oltre i sei mesi: relazione della commissione al Sindaco — ${state.title}`,
    greeting: `Gentile ${officer.name},`,
    paragraphs: [
      `il concorso "${state.title}" non è concluso entro il ${italianDate(expired.dueDate)}, sei mesi dalla scadenza delle domande.`,
      'La procedura prosegue, ma la commissione deve giustificare il ritardo con una relazione motivata, adottata collegialmente e inoltrata al Sindaco.',
    ],
    facts: [
      ['Termine', italianDate(expired.dueDate)],
      ['Fondamento', formatCitation(expired.citation)],
    ],
    closing: ['Messaggio automatico del sistema Procedimenti.'],
  });
  return {
    phase: state.phase,
    data: overdue ? { ...state.data, delay: { dueDate: expired.dueDate } } : state.data,
    events: [
      {
        type: overdue ? 'CONCLUSION_TERM_PASSED' : 'DEADLINE_EXPIRED',
        actor: SYSTEM_ACTOR,
        legalDate: expired.dueDate,
        payload: { deadlineId: expired.id, reportRequired: overdue, basis: formatCitation(expired.citation) },
      },
    ],
    deadlines: [closed],
    reminders: [],
    messages: overdue
      ? [
          {
            id: ctx.newId(),
            channel: 'EMAIL',
            template: 'concorso-delay',
            to: officer.email,
            from: ctx.entity.sender,
            ...content,
          },
        ]
      : [],
  };
}

/** The board's motivated report on the delay (art. 90 c.3): collegial, motivated, sent to the Sindaco. */
export function recordDelayReport(
  state: Concorso,
  deadlines: Deadline[],
  input: DelayReportInput,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const delay = state.data.delay;
  if (!delay)
    throw problems.wrongPhase('Il concorso non ha superato il termine di conclusione: nessuna relazione è dovuta.');
  if (delay.report) throw problems.conflict('already-recorded', 'La relazione sul ritardo è già registrata.');
  if (input.date > romeDateOf(ctx.now) || input.sentToSindacoOn > romeDateOf(ctx.now)) {
    throw problems.validation([{ field: 'date', message: 'Le date non possono essere future.' }]);
  }
  const deadline = deadlines.find((d) => d.termId === 'concorso.maxDuration');
  const applicationDeadline = deadline?.anchorDate;
  if (!applicationDeadline) throw problems.wrongPhase('Termine di conclusione non trovato.');
  const components = (state.data.board?.board.members ?? []).filter((m) => m.seat !== 'SEGRETARIO').map((m) => m.id);
  const check = checkConclusionTerm({
    applicationDeadline,
    asOf: romeDateOf(ctx.now),
    boardMembers: components,
    report: input,
    calendar: ctx.calendar,
    ruleSet: state.ruleSet,
  });
  if (check.problems.length) {
    throw problems.rejected(
      'Relazione non idonea a giustificare il ritardo.',
      check.problems.map((message) => ({
        field: message.includes('firma') ? 'signedBy' : 'motivation',
        message: `${message} — ${formatCitation(check.citation)}.`,
      })),
    );
  }
  const report = { ...input, signedBy: [...input.signedBy], recordedAt: ctx.now.toISOString() };
  return {
    phase: state.phase,
    data: { ...state.data, delay: { ...delay, report } },
    events: [
      {
        type: 'DELAY_REPORT_RECORDED',
        actor,
        legalDate: input.date,
        payload: {
          signedBy: input.signedBy,
          sentToSindacoOn: input.sentToSindacoOn,
          basis: formatCitation(check.citation),
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}
