/**
 * The oral sessions and the preference documents as acts of the concorso (art. 97-100; T15, T20;
 * D3 Q13; exams.ts holds the rules):
 *  - a session records the marks of those examined (21/30 to pass, absent = withdrawn) and is published
 *    at its end (art. 98 c.3); each candidate who passed gets their own term — 15 days from the day after
 *    their oral — to document the preference and reserve titles declared in the application (art. 100
 *    c.1, T15), told by e-mail;
 *  - the documents received are recorded per candidate, within that term (its deadline met); late ones
 *    are refused: a title not documented in time does not count.
 * A full session lives in its own item (`ORAL#`); the concorso's item keeps each result in brief.
 */
import { romeDateOf } from '../../calendar/dates';
import { formatCitation, type TermRule } from '../../calendar/terms';
import type { FieldError } from '../../http/problem';
import { problems } from '../../http/problem';
import { italianDate, renderEmail } from '../../notify/email';
import { procPk } from '../../store/keys';
import { deadlineFrom } from '../deadlines';
import type { ActorRef, Deadline, OutboxDraft } from '../model';
import { admittedOf, assertBoardMayAct } from './board';
import type { ApplicantRef, Concorso, ConcorsoDecision, TermContext } from './concorso';
import { type OralSession, recordOralSession } from './exams';
import { matchedOf, oralListOf, type StoredTest } from './marking';
import type { OralSessionInput, PreferenceDocumentsInput } from './oral-schemas';

export const oralSk = (sessionId: string) => `ORAL#${sessionId}`;
export const PREFERENCE_TERM = 'concorso.preferenceDocuments';
/**
 * The term is each candidate's, but every candidate of a session has the same one (15 days from the day
 * after that oral): one deadline per session, so its expiry is one transition, not one per candidate.
 */
export const preferenceDeadlineId = (sessionId: string) => `${PREFERENCE_TERM}.${sessionId}`;

export interface OralSessionSummary {
  sessionId: string;
  date: string;
  results: { applicationId: string; name: string; outcome: string; points?: number; documentsDue?: string }[];
  publishedAt: string;
}

/** What a candidate documented within T15 (Allegato M titles by number; 18 = dependent children). */
export interface PreferenceDocuments {
  receivedOn: string;
  preferenceTitles: number[];
  dependentChildren: number;
  commendablePublicService: boolean;
  militaryVolunteer: boolean;
  disabledL68?: { registeredInLists: boolean; unemployedAtDeadline: boolean };
  internalStaff?: { permanentEmployee: boolean; holdsRequiredStudyTitle: boolean };
}

const MESSAGES_PER_BROADCAST = 20;
/** Refusals about the candidates of the session; the others are about its day (exam days, T12). */
const CANDIDATE_CODES = ['NOT_ADMITTED', 'ALREADY_EXAMINED', 'OUT_OF_RANGE', 'EMPTY', 'TITLES_NOT_PUBLISHED'];

export function recordOralSessionAct(
  state: Concorso,
  input: OralSessionInput,
  tests: Record<string, StoredTest>,
  previous: OralSession[],
  applicants: ApplicantRef[],
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  if (state.phase !== 'EXAMS_SCHEDULED' || !state.data.oralAdmission) {
    throw problems.wrongPhase("La prova orale si svolge dopo la pubblicazione dell'elenco degli ammessi all'orale.");
  }
  const admitted = admittedOf(state, applicants) ?? [];
  assertBoardMayAct(state, 'VOTI', admitted);
  const errors: FieldError[] = [];
  if (input.date > romeDateOf(ctx.now)) errors.push({ field: 'date', message: 'La seduta non si è ancora svolta.' });
  if (errors.length) throw problems.validation(errors);
  const computed = oralListOf(state, matchedOf(tests), applicants, ctx.now.toISOString());
  if (!computed) throw problems.wrongPhase("L'elenco degli ammessi all'orale non è completo.");
  const sessionId = `ORALE-${previous.length + 1}`;
  const outcome = recordOralSession(
    {
      sessionId,
      date: input.date,
      endedAt: ctx.now.toISOString(),
      ...(input.draw ? { draw: input.draw } : {}),
      results: input.results.map((r) => ({
        candidateId: r.applicationId,
        mark: r.absent ? 'ABSENT' : (r.points as number),
      })),
    },
    {
      list: computed.list,
      previous,
      competitionType: state.data.bando.competitionType,
      ...(state.data.titles?.publishedOn ? { titlesPublishedOn: state.data.titles.publishedOn } : {}),
      calendar: ctx.calendar,
      ruleSet: state.ruleSet,
    },
  );
  if (!outcome.ok) {
    throw problems.rejected(
      'Seduta non registrata.',
      outcome.refusals.map((r) => {
        const i = input.results.findIndex((x) => r.reason.startsWith(x.applicationId));
        const who = i >= 0 ? input.results[i].applicationId : undefined;
        return {
          field: who ? `results.${i}` : CANDIDATE_CODES.includes(r.code) ? 'results' : 'date',
          message: `${who ? r.reason.replace(who, applicants.find((a) => a.id === who)?.name ?? who) : r.reason} — ${formatCitation(r.citation)}.`,
        };
      }),
    );
  }
  const session = outcome.session;
  const name = (id: string) => applicants.find((a) => a.id === id)?.name ?? id;
  const rule = ctx.rule(PREFERENCE_TERM);
  const passed = session.results.filter((r) => r.outcome === 'PASSED');
  const due = deadlineFrom(rule, state.ruleSet, 'ORAL_EXAM_DATE', input.date, ctx, preferenceDeadlineId(sessionId));
  const deadlines: Deadline[] = passed.length ? [due] : [];
  const messages = passed.flatMap((r) => {
    const a = applicants.find((x) => x.id === r.candidateId);
    return a?.email ? [documentsNotice(state, a, r.points!, due, rule, ctx)] : [];
  });
  const broadcasts = [];
  for (let i = 0; i < messages.length; i += MESSAGES_PER_BROADCAST) {
    broadcasts.push({
      id: ctx.newId(),
      audience: 'MESSAGES' as const,
      messages: messages.slice(i, i + MESSAGES_PER_BROADCAST),
      template: 'concorso-oral-outcome',
      email: { subject: '', paragraphs: [], facts: [], closing: [] },
      from: ctx.entity.sender,
    });
  }
  const summary: OralSessionSummary = {
    sessionId,
    date: input.date,
    publishedAt: ctx.now.toISOString(),
    results: session.results.map((r) => ({
      applicationId: r.candidateId,
      name: name(r.candidateId),
      outcome: r.outcome,
      ...(r.points !== undefined ? { points: r.points } : {}),
      ...(r.outcome === 'PASSED' ? { documentsDue: due.dueDate } : {}),
    })),
  };
  return {
    phase: state.phase,
    data: { ...state.data, oralSessions: [...(state.data.oralSessions ?? []), summary] },
    events: [
      {
        type: 'ORAL_SESSION_PUBLISHED',
        actor,
        legalDate: input.date,
        payload: {
          sessionId,
          examined: session.results.length,
          passed: passed.length,
          withdrawn: session.results.filter((r) => r.outcome === 'WITHDRAWN').length,
          channels: session.publication.channels,
          basis: formatCitation(session.publication.citation),
        },
      },
    ],
    deadlines,
    reminders: [],
    messages: [],
    broadcasts,
    replaceRecords: [{ pk: procPk(state.entityId, state.id), sk: oralSk(sessionId), session }],
  };
}

function documentsNotice(
  state: Concorso,
  a: ApplicantRef,
  points: number,
  due: Deadline,
  rule: TermRule,
  ctx: TermContext,
): OutboxDraft {
  const officer = state.data.bando.responsibleOfficer;
  const content = renderEmail({
    subject: `Prova orale superata: documenti dei titoli di preferenza entro il ${italianDate(due.dueDate)}`,
    greeting: `Gentile ${a.name},`,
    paragraphs: [
      `ha superato la prova orale del concorso "${state.title}" con ${String(points).replace('.', ',')}/30.`,
      `Se nella domanda ha dichiarato titoli di preferenza o di riserva, ne presenti i documenti all'ufficio entro il ${italianDate(due.dueDate)}: i titoli non documentati entro il termine non sono considerati nella graduatoria. Non occorre presentare i documenti già in possesso dell'amministrazione.`,
    ],
    facts: [
      ['Protocollo della domanda', a.protocolNumber],
      ['Termine', italianDate(due.dueDate)],
      ['Fondamento', formatCitation(rule.citation)],
      ['Ufficio', `${ctx.entity.hrOffice.name}, ${ctx.entity.hrOffice.address}`],
      ['Responsabile del procedimento', `${officer.name} (${officer.email})`],
    ],
    closing: ['Messaggio del sistema Procedimenti.'],
  });
  return {
    id: ctx.newId(),
    channel: 'EMAIL',
    template: 'concorso-oral-outcome',
    to: a.email!,
    from: ctx.entity.sender,
    ...content,
  };
}

/**
 * The preference and reserve documents of one candidate, within their term (T15). The session's term is
 * met once every candidate of the session who passed has documented.
 */
export function recordPreferenceDocuments(
  state: Concorso,
  deadlines: Deadline[],
  input: PreferenceDocumentsInput,
  actor: ActorRef,
  ctx: TermContext,
): ConcorsoDecision {
  const session = state.data.oralSessions?.find((s) =>
    s.results.some((r) => r.applicationId === input.applicationId && r.outcome === 'PASSED'),
  );
  const term = session && deadlines.find((d) => d.id === preferenceDeadlineId(session.sessionId));
  if (!session || !term) {
    throw problems.rejected('Documenti non previsti.', [
      {
        field: 'applicationId',
        message: 'Il candidato non ha superato la prova orale: non ha documenti da presentare.',
      },
    ]);
  }
  const errors: FieldError[] = [];
  if (input.receivedOn > romeDateOf(ctx.now)) {
    errors.push({ field: 'receivedOn', message: 'La data non può essere futura.' });
  }
  if (input.receivedOn > term.dueDate) {
    errors.push({
      field: 'receivedOn',
      message: `Documenti pervenuti oltre il termine del ${italianDate(term.dueDate)}: i titoli non si considerano — ${formatCitation(term.citation)}.`,
    });
  }
  if (state.data.preferences?.[input.applicationId]) {
    throw problems.conflict('already-recorded', 'I documenti di questo candidato sono già registrati.');
  }
  if (errors.length) throw problems.validation(errors);
  const docs: PreferenceDocuments = {
    receivedOn: input.receivedOn,
    preferenceTitles: [...new Set(input.preferenceTitles)].sort((a, b) => a - b),
    dependentChildren: input.dependentChildren,
    commendablePublicService: input.commendablePublicService,
    militaryVolunteer: input.militaryVolunteer,
    ...(input.disabledL68 ? { disabledL68: input.disabledL68 } : {}),
    ...(input.internalStaff ? { internalStaff: input.internalStaff } : {}),
  };
  const preferences = { ...(state.data.preferences ?? {}), [input.applicationId]: docs };
  const allIn = session.results.every((r) => r.outcome !== 'PASSED' || preferences[r.applicationId]);
  return {
    phase: state.phase,
    data: { ...state.data, preferences },
    events: [
      {
        type: 'PREFERENCE_DOCUMENTS_RECORDED',
        actor,
        legalDate: input.receivedOn,
        payload: { applicationId: input.applicationId, ...docs, basis: formatCitation(term.citation) },
      },
    ],
    deadlines:
      allIn && term.status === 'OPEN'
        ? [{ ...term, status: 'MET', metBy: { act: 'PREFERENCE_DOCUMENTS_RECORDED', legalDate: input.receivedOn } }]
        : [],
    reminders: [],
    messages: [],
  };
}
