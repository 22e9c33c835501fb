/**
 * Intake of the domande (spec/recruitment.md §3.4, §3.6.2; rules T1–T4). Written straight by the intake
 * handler, not by an execution (DESIGN.md §3): this module decides whether a domanda is admissible in
 * time and builds what is stored and sent.
 */
import { romeDateOf } from '../../calendar/dates';
import { formatCitation } from '../../calendar/terms';
import type { Entity } from '../../entities/entities';
import { problems } from '../../http/problem';
import { italianDate, renderEmail } from '../../notify/email';
import type { ActorRef, Deadline, OutboxDraft } from '../model';
import { type Concorso, type ConcorsoPhase, TERMS, windowTerm } from './concorso';
import type { ApplicationInput, PaperApplicationInput } from './schemas';

export type Channel = 'ONLINE' | 'RACCOMANDATA_AR' | 'PEC' | 'HAND';

export interface Application {
  id: string;
  procedureId: string;
  entityId: string;
  protocolNumber: string;
  channel: Channel;
  /** When the Administration recorded it (the recording instant). */
  recordedAt: string;
  /** The legal sending date: online submission date, postmark or PEC send date (art. 85 c.3, L1447). */
  sentDate: string;
  receivedDate: string;
  candidate: ApplicationInput;
  recordedBy: ActorRef;
  status: 'SUBMITTED';
}

function deadlineOf(deadlines: Deadline[], termId: string): Deadline | undefined {
  return deadlines.find((d) => d.termId === termId);
}

/** Online: only while the phase is PUBLISHED and before 23:59:59.999 of the last day (DECISIONS D2). */
export function assertOnlineWindowOpen(state: Concorso, deadlines: Deadline[], now: Date): Deadline {
  if (!state.data.bando.submissionMethods.includes('ONLINE')) {
    throw problems.rejected('Il bando non prevede la presentazione della domanda online.');
  }
  const deadline = windowTerm(deadlines);
  if (state.phase === 'BANDO_ADOPTED' || !deadline) {
    throw problems.conflict('window-not-open', 'Il bando non è ancora pubblicato: le domande non sono aperte.');
  }
  if (state.phase !== 'PUBLISHED' || now.toISOString() > deadline.dueAt) {
    throw problems.conflict(
      'window-closed',
      `Il termine per la presentazione delle domande è scaduto il ${italianDate(deadline.dueDate)} alle ore 23:59. Non è più possibile presentare domanda.`,
      { deadline: deadline.dueDate, citation: formatCitation(deadline.citation) },
    );
  }
  return deadline;
}

/**
 * Paper domande (T2, art. 85 c.2, L1443): accepted when sent within the term and received within five
 * working days after it; never once the grace has ended (art. 88 c.3, L1475).
 */
export function assertPaperTimely(
  state: Concorso,
  deadlines: Deadline[],
  input: PaperApplicationInput,
  now: Date,
): Deadline {
  if (state.phase === 'BANDO_ADOPTED') {
    throw problems.conflict('window-not-open', 'Il bando non è ancora pubblicato: le domande non sono aperte.');
  }
  const method = input.channel;
  if (!state.data.bando.submissionMethods.includes(method)) {
    throw problems.rejected('Il bando non prevede questa modalità di presentazione.', [
      { field: 'channel', message: 'Modalità non prevista dal bando.' },
    ]);
  }
  const deadline = windowTerm(deadlines)!;
  const today = romeDateOf(now);
  const errors = [];
  if (input.receivedDate > today)
    errors.push({ field: 'receivedDate', message: 'La data di ricezione non può essere futura.' });
  if (input.sentDate < state.data.publication!.guriPublicationDate) {
    errors.push({ field: 'sentDate', message: 'La data di spedizione precede la pubblicazione del bando.' });
  }
  if (errors.length) throw problems.validation(errors);
  if (input.sentDate > deadline.dueDate) {
    throw problems.rejected(
      `Domanda fuori termine: spedita il ${italianDate(input.sentDate)}, oltre la scadenza del ${italianDate(deadline.dueDate)}.`,
      [{ field: 'sentDate', message: 'Spedita dopo la scadenza del termine.' }],
    );
  }
  // PEC: timely by its sending date alone (art. 85 c.3, L1447 "dalla data di invio").
  if (method !== 'PEC' && input.receivedDate > deadline.dueDate) {
    // Only a domanda posted by raccomandata may arrive after the term (art. 85 c.2, L1443).
    const grace = deadlineOf(deadlines, TERMS.postalGrace);
    if (method !== 'RACCOMANDATA_AR' || !grace) {
      throw problems.rejected('Domanda pervenuta dopo la scadenza del termine.', [
        { field: 'receivedDate', message: 'Ricevuta dopo la scadenza.' },
      ]);
    }
    if (input.receivedDate > grace.dueDate) {
      throw problems.rejected(
        `Domanda pervenuta oltre i cinque giorni lavorativi successivi alla scadenza (entro il ${italianDate(grace.dueDate)}).`,
        [{ field: 'receivedDate', message: `Ricevuta oltre il ${italianDate(grace.dueDate)}.` }],
      );
    }
  }
  return deadline;
}

/** Entity register, year, seven-digit number (D.P.R. 445/2000 art. 57). */
export function protocolNumber(entityId: string, year: string, seq: number): string {
  return `${entityId.toUpperCase()}/${year}/${String(seq).padStart(7, '0')}`;
}

/**
 * The phases in which a domanda may still be recorded: online only while the window is open (T1);
 * on paper until the admission determination (art. 88 c.3, L1475), which comes with the complete
 * concorso — its timeliness is judged on the sending and receipt dates (T2, T3), not on when it is typed in.
 */
export function intakePhases(channel: Channel): ConcorsoPhase[] {
  return channel === 'ONLINE' ? ['PUBLISHED'] : ['PUBLISHED', 'APPLICATIONS_CLOSED', 'ADMISSION_OPEN'];
}

export function receiptMessage(
  state: Concorso,
  app: Application,
  deadline: Deadline,
  entity: Entity,
  messageId: string,
): OutboxDraft {
  const officer = state.data.bando.responsibleOfficer;
  const c = app.candidate;
  const content = renderEmail({
    subject: `Domanda ricevuta – protocollo ${app.protocolNumber}`,
    greeting: `Gentile ${c.firstName} ${c.lastName},`,
    paragraphs: [
      `la Sua domanda di partecipazione al concorso "${state.title}" è stata ricevuta e registrata al protocollo.`,
      `Conservi questo messaggio: il numero di protocollo identifica la Sua domanda in ogni comunicazione con l'ufficio. Per variazioni dei recapiti o chiarimenti scriva all'ufficio indicato, citando il numero di protocollo.`,
    ],
    facts: [
      ['Numero di protocollo', app.protocolNumber],
      ['Data di ricezione', italianDate(app.receivedDate)],
      ['Ente', entity.name],
      ['Ufficio competente', `${entity.hrOffice.name}, ${entity.hrOffice.address}`],
      ["Recapito dell'ufficio", entity.hrOffice.email],
      ['Responsabile del procedimento', officer.name],
      ['Termine per la presentazione delle domande', `${italianDate(deadline.dueDate)}, ore 23:59`],
      ['Fondamento del termine', formatCitation(deadline.citation)],
    ],
    closing: ['Messaggio automatico: questa casella non riceve risposte.'],
  });
  return {
    id: messageId,
    channel: 'EMAIL',
    template: 'application-receipt',
    to: c.email,
    from: entity.sender,
    ...content,
  };
}

export function candidateOf(input: PaperApplicationInput): ApplicationInput {
  const { channel: _c, sentDate: _s, receivedDate: _r, protocolReference: _p, ...candidate } = input;
  return candidate;
}
