import { formatCitation } from '../calendar/terms';
import type { Entity } from '../entities/entities';
import type { Deadline, OutboxDraft, Reminder } from '../procedures/model';
import { italianDate, renderEmail } from './email';

const CONSEQUENCES: Record<string, string> = {
  close: 'alla scadenza il sistema chiude automaticamente la fase',
  lapse: 'alla scadenza si verifica la decadenza',
  escalate: 'alla scadenza è dovuta una relazione motivata agli organi competenti',
  silentAssent: 'alla scadenza si forma il silenzio-assenso',
  reminderOnly: 'la scadenza non produce effetti automatici',
};

/** Reminder to the responsible officer: the term, the date, the consequence and the citation (issue: terms engine). */
export function reminderMessage(
  procedureTitle: string,
  deadline: Deadline,
  reminder: Reminder,
  entity: Entity,
  messageId: string,
): OutboxDraft {
  const when =
    reminder.daysBefore === 0
      ? 'scade oggi'
      : `scade tra ${reminder.daysBefore} giorn${reminder.daysBefore === 1 ? 'o' : 'i'}`;
  const content = renderEmail({
    subject: `Promemoria: ${deadline.label} ${when} – ${procedureTitle}`,
    greeting: 'Gentile responsabile del procedimento,',
    paragraphs: [`il termine "${deadline.label}" del procedimento "${procedureTitle}" ${when}.`],
    facts: [
      ['Ente', entity.name],
      ['Termine', deadline.label],
      ['Scadenza', `${italianDate(deadline.dueDate)}, ore 23:59`],
      ['Conseguenza', CONSEQUENCES[deadline.onExpiry] ?? deadline.onExpiry],
      ['Termine perentorio', deadline.peremptory ? 'sì' : 'no'],
      ['Fondamento', formatCitation(deadline.citation)],
    ],
    closing: ['Messaggio automatico del sistema Procedimenti.'],
  });
  return { id: messageId, channel: 'EMAIL', template: 'reminder', to: reminder.to, from: entity.sender, ...content };
}
