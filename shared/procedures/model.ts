/**
 * The aggregate's shape, shared by every procedure type (DESIGN.md §1, §3): the procedure with its
 * phase and version, its deadlines and reminders, the events it records and the messages it queues.
 * A transition is a pure function from (state, act, context) to a `Decision`; the store applies a
 * decision in one transaction, conditional on the version the decision was computed from.
 */
import type { Citation, TraceStep } from '../calendar/terms';

export interface ActorRef {
  id: string;
  name: string;
  role: string;
}

export const SYSTEM_ACTOR: ActorRef = { id: 'system', name: 'Sistema (scadenzario)', role: 'SYSTEM' };

export interface ProcedureBase<Phase extends string = string, Data = unknown> {
  entityId: string;
  id: string;
  type: string;
  title: string;
  phase: Phase;
  version: number;
  ruleSet: string;
  workflowVersion: number;
  data: Data;
  createdAt: string;
  createdBy: ActorRef;
  updatedAt: string;
}

/**
 * OPEN runs; SUSPENDED is paused (out of the due index); EXPIRED fired; MET closed by its act in time;
 * CANCELLED replaced or no longer applicable.
 */
export type DeadlineStatus = 'OPEN' | 'SUSPENDED' | 'EXPIRED' | 'MET' | 'CANCELLED';

/** One audited change of a running term (DECISIONS D2: extend, suspend, resume, interrupt, reopen). */
export interface ClockOperation {
  kind: 'extend' | 'suspend' | 'resume' | 'interrupt' | 'reopen';
  /** The date the act bears. */
  legalDate: string;
  recordedAt: string;
  actor: ActorRef;
  /** The legal basis, in the officer's words (act number, article). */
  basis: string;
  days?: number;
  previousDueDate: string;
  dueDate: string;
}

export interface Deadline {
  id: string;
  termId: string;
  label: string;
  ruleSet: string;
  anchorEvent: string;
  anchorDate: string;
  dueDate: string;
  dueAt: string;
  binds: 'privateParty' | 'administration';
  peremptory: boolean;
  onExpiry: string;
  rolledForward: boolean;
  citation: Citation;
  trace: TraceStep[];
  status: DeadlineStatus;
  /** Set while SUSPENDED: the legal date the clock stopped. */
  suspendedOn?: string;
  clockOps?: ClockOperation[];
  /** Denormalized for the agenda across procedures. */
  procedureTitle?: string;
  procedureType?: string;
  createdAt: string;
  expiredAt?: string;
  /** Fired after the system was down past the due instant (DESIGN.md §4). */
  late?: boolean;
  /** MET: the act that satisfied the term, and the date it bears. */
  metBy?: { act: string; legalDate: string };
}

export interface Reminder {
  id: string;
  deadlineId: string;
  daysBefore: number;
  at: string;
  to: string;
  /** SKIPPED: superseded or its term no longer open; CANCELLED: its term moved and a new schedule replaced it. */
  status: 'PENDING' | 'SENT' | 'SKIPPED' | 'CANCELLED';
}

/** A procedure with its terms and reminders, as transitions see it. */
export interface AggregateView<P extends ProcedureBase = ProcedureBase> {
  procedure: P;
  deadlines: Deadline[];
  reminders: Reminder[];
}

export interface NewEvent {
  type: string;
  actor: ActorRef;
  /** The date the act bears, apart from when it was recorded (DECISIONS D2). */
  legalDate?: string;
  payload: Record<string, unknown>;
}

export interface OutboxDraft {
  id: string;
  /** PEC: a legal communication sent through the PEC gateway; `reference` ties its receipts back to the act. */
  channel: 'EMAIL' | 'PEC';
  reference?: string;
  attachments?: { filename: string; contentType: string; base64: string }[];
  template: string;
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
}

/** A notice to a procedure's whole audience (everyone who applied), however many they are. */
export interface Broadcast {
  id: string;
  /** APPLICANTS: the e-mail below to each applicant; MESSAGES: the prepared messages, in order. */
  audience: 'APPLICANTS' | 'MESSAGES';
  messages?: OutboxDraft[];
  template: string;
  /** The e-mail without its greeting: each recipient is greeted by name. */
  email: { subject: string; paragraphs: string[]; facts: [label: string, value: string][]; closing: string[] };
  from: string;
}

export interface Decision<Phase extends string = string, Data = unknown> {
  phase: Phase;
  data?: Data;
  events: NewEvent[];
  deadlines: Deadline[];
  reminders: Reminder[];
  messages: OutboxDraft[];
  /** Items outside the procedure's own rows (e.g. the sanctions register), written once in the same transaction. */
  records?: Record<string, unknown>[];
  /** Notices to everyone who applied, fanned out by the sweeper (shared/notify/broadcast.ts). */
  broadcasts?: Broadcast[];
  /** Outside items this procedure owns and may replace (a reopened case's sanction) or remove. */
  replaceRecords?: Record<string, unknown>[];
  deleteRecords?: { pk: string; sk: string }[];
  /**
   * Large items addressed by their content (an approved ranking's explanations) that the decide step
   * writes before the transition and leaves out of it: the transaction and the execution's payload stay
   * small. A transition refused afterwards leaves them unreferenced, never wrong; a retry rewrites them.
   */
  sideRecords?: Record<string, unknown>[];
}
