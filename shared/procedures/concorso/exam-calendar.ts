/**
 * The exam calendar as an act of the concorso (art. 91; T11, T12, T19): the board fixes it — only when
 * it may act (board.ts) — and it is refused when a test falls on a forbidden day or the notice is short
 * (exams.ts, through the terms engine and the entity's calendar). Once accepted, every admitted
 * candidate is convoked: an e-mail each, queued as a broadcast so any number of candidates fits.
 */
import { romeDateOf } from '../../calendar/dates';
import { formatCitation } from '../../calendar/terms';
import type { FieldError } from '../../http/problem';
import { problems } from '../../http/problem';
import { italianDate, renderEmail } from '../../notify/email';
import type { ActorRef, OutboxDraft } from '../model';
import { admittedOf, assertBoardMayAct } from './board';
import type { ExamCalendarInput } from './board-schemas';
import type { ApplicantRef, Concorso, ConcorsoDecision, TermContext } from './concorso';
import { EXAM_KIND_LABELS, type ExamKind, type ExamSchedule, scheduleCalendar } from './exams';

export interface ScheduledExam {
  kind: ExamKind;
  date: string;
  time: string;
  place: string;
  /** The last day the calendar could be communicated, and why (the notice rule's citation). */
  latestNoticeDate: string;
  checks: string[];
}

export interface ExamCalendarRecord {
  minutes: { number: string; date: string };
  publishedOn: string;
  exams: ScheduledExam[];
  convoked: number;
  recordedAt: string;
}

/** Prepared convocations per broadcast row (a few KB each): a row stays well inside a 400 KB item. */
const CONVOCATIONS_PER_BROADCAST = 20;

export function setExamCalendar(
  state: Concorso,
  input: ExamCalendarInput,
  applicants: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase !== 'ADMISSION_DETERMINED') {
    throw problems.wrongPhase(
      state.data.examCalendar
        ? 'Il diario delle prove è già fissato.'
        : 'Il diario delle prove si fissa dopo la determinazione di ammissione, per convocare gli ammessi (art. 91 c.1).',
    );
  }
  const admitted = admittedOf(state, applicants) ?? [];
  assertBoardMayAct(state, 'CALENDARIO_PROVE', admitted);
  const today = romeDateOf(ctx.now);
  const errors: FieldError[] = [];
  if (input.minutes.date > today) errors.push({ field: 'minutes.date', message: 'La data non può essere futura.' });
  if (input.publishedOn < input.minutes.date) {
    errors.push({ field: 'publishedOn', message: 'Il diario si pubblica dopo la seduta che lo fissa.' });
  }
  if (errors.length) throw problems.validation(errors);
  const calendar = scheduleCalendar(
    input.exams.map((e) => ({ kind: e.kind, date: e.date })),
    input.publishedOn,
    ctx.calendar,
    state.ruleSet,
    { sameDayTests: state.data.bando.sameDayTests ?? false },
  );
  if (!calendar.allowed) {
    throw problems.rejected(
      'Il diario delle prove non è ammesso.',
      calendarErrors(input, calendar.exams, calendar.checks),
    );
  }
  const exams: ScheduledExam[] = calendar.exams.map((s) => {
    const e = input.exams.find((x) => x.kind === s.kind && x.date === s.date)!;
    return {
      kind: s.kind,
      date: s.date,
      time: e.time,
      place: e.place,
      latestNoticeDate: s.latestNoticeDate,
      checks: s.checks.map((c) => c.message),
    };
  });
  const messages = applicants
    .filter((a) => admitted.some((c) => c.id === a.id) && a.email)
    .map((a) => convocation(state, a, exams, input.publishedOn, calendar.exams[0], ctx));
  const broadcasts = [];
  for (let i = 0; i < messages.length; i += CONVOCATIONS_PER_BROADCAST) {
    broadcasts.push({
      id: ctx.newId(),
      audience: 'MESSAGES' as const,
      messages: messages.slice(i, i + CONVOCATIONS_PER_BROADCAST),
      template: 'concorso-convocation',
      email: { subject: '', paragraphs: [], facts: [], closing: [] },
      from: ctx.entity.sender,
    });
  }
  const record: ExamCalendarRecord = {
    minutes: input.minutes,
    publishedOn: input.publishedOn,
    exams,
    convoked: messages.length,
    recordedAt: ctx.now.toISOString(),
  };
  return {
    phase: 'EXAMS_SCHEDULED',
    data: { ...state.data, examCalendar: record },
    events: [
      {
        type: 'EXAM_CALENDAR_SET',
        actor,
        legalDate: input.publishedOn,
        payload: {
          minutes: input.minutes,
          exams: exams.map((e) => ({ kind: e.kind, date: e.date, place: e.place })),
          convoked: messages.length,
          basis: formatCitation(calendar.exams[0].notice.citation),
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
    broadcasts,
  };
}

/** Each refused test's reasons on its own row, the calendar-wide ones (same day) on the list. */
function calendarErrors(
  input: ExamCalendarInput,
  exams: ExamSchedule[],
  checks: { passed: boolean; message: string }[],
): FieldError[] {
  const errors: FieldError[] = [];
  for (const s of exams) {
    const i = input.exams.findIndex((x) => x.kind === s.kind && x.date === s.date);
    for (const c of s.checks.filter((x) => !x.passed)) {
      errors.push({ field: c.rule === 'NOTICE' ? 'publishedOn' : `exams.${i}.date`, message: c.message });
    }
  }
  for (const c of checks.filter((x) => !x.passed)) errors.push({ field: 'exams', message: c.message });
  return errors;
}

function convocation(
  state: Concorso,
  a: ApplicantRef,
  exams: ScheduledExam[],
  publishedOn: string,
  first: ExamSchedule,
  ctx: TermContext,
): OutboxDraft {
  const officer = state.data.bando.responsibleOfficer;
  const content = renderEmail({
    subject: `Convocazione alle prove: ${state.title}`,
    greeting: `Gentile ${a.name},`,
    paragraphs: [
      `la Sua domanda (protocollo n. ${a.protocolNumber}) è stata ammessa al concorso "${state.title}". La commissione esaminatrice ha fissato il diario delle prove, pubblicato il ${italianDate(publishedOn)} all'albo pretorio e sul sito istituzionale.`,
      ...exams.map(
        (e) =>
          `${EXAM_KIND_LABELS[e.kind].charAt(0).toUpperCase()}${EXAM_KIND_LABELS[e.kind].slice(1)}: ${italianDate(e.date)} alle ore ${e.time}, ${e.place}.`,
      ),
      // Absent at a test = withdrawn (DECISIONS D3 Q13).
      'Si presenti munito/a di un documento di identità in corso di validità. La mancata presentazione a una prova equivale a rinuncia al concorso.',
    ],
    facts: [
      ['Ente', ctx.entity.name],
      ['Protocollo della domanda', a.protocolNumber],
      ['Fondamento', formatCitation(first.notice.citation)],
      ['Responsabile del procedimento', `${officer.name} (${officer.email})`],
    ],
    closing: ['Messaggio del sistema Procedimenti per conto della commissione esaminatrice.'],
  });
  return {
    id: `${ctx.newId()}`,
    channel: 'EMAIL',
    template: 'concorso-convocation',
    to: a.email!,
    from: ctx.entity.sender,
    ...content,
  };
}
