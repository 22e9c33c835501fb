/**
 * Exam-date validation (recruitment.md §3.10 V14–V15; D2):
 * - the day: no exam on a giorno festivo (Sunday, national holiday, patron day), a Jewish holiday of
 *   L. 101/1989 or a Waldensian holiday (ROUS art. 91 c.2, L1499); Saturday is allowed;
 * - the notice: the calendar is communicated "non meno di venti giorni prima dell'inizio delle prove"
 *   (art. 91 c.1, L1497; F-D6: exam 2025-06-10 → notice by 2025-05-21), computed by computeTerm on the
 *   rule set's minimumNotice rule. When the calendar was in the bando, the bando's date is the notice.
 */
import type { Calendar, ExamRestrictionCode } from './calendar';
import { type IsoDate, parseIsoDate } from './dates';
import { EXAM_DAYS_CITATION } from './religious-holidays';
import { type Citation, computeTerm, formatCitation, type TermComputation, type TermRule, unitText } from './terms';

export type ExamDateReasonCode = ExamRestrictionCode | 'noticeTooShort' | 'noticeAfterExam';

export interface ExamDateReason {
  code: ExamDateReasonCode;
  /** Italian. */
  message: string;
  citation: Citation;
}

export interface ExamDateCheck {
  allowed: boolean;
  reasons: ExamDateReason[];
  /** The last day the calendar may be communicated for this exam date. */
  latestNoticeDate: IsoDate;
  /** The exam-day rule (art. 91 c.2, L1499); each reason carries its own citation too. */
  citation: Citation;
  /** The notice term as computed, with its trace. */
  notice: TermComputation;
}

export interface ExamDateInput {
  examDate: IsoDate;
  /** When the calendar was (or will be) communicated; omitted, only the day and latestNoticeDate are checked. */
  noticeDate?: IsoDate;
  calendar: Calendar;
  /** A minimumNotice rule anchored on the exam date (e.g. 20 calendar days, art. 91 c.1). */
  noticeRule: TermRule;
}

function dayText(code: ExamRestrictionCode, name: string | undefined): string {
  switch (code) {
    case 'sunday':
      return 'è domenica, giorno festivo';
    case 'holiday':
      return `è festività nazionale (${name})`;
    case 'patronDay':
      return `è la festa del santo patrono (${name})`;
    case 'jewishHoliday':
      return `è festività religiosa ebraica: ${name} (calendario ai sensi della L. 101/1989, art. 5)`;
    case 'waldensianHoliday':
      return `è festività religiosa valdese: ${name}`;
  }
}

export function checkExamDate({ examDate, noticeDate, calendar, noticeRule }: ExamDateInput): ExamDateCheck {
  parseIsoDate(examDate);
  if (noticeDate !== undefined) parseIsoDate(noticeDate);
  if (noticeRule.kind !== 'minimumNotice') {
    throw new Error(`La regola ${noticeRule.id} non è un termine di preavviso (minimumNotice).`);
  }
  const dayCite = formatCitation(EXAM_DAYS_CITATION);
  const reasons: ExamDateReason[] = calendar.examRestrictions(examDate).map((r) => ({
    code: r.code,
    message: `Il ${examDate} ${dayText(r.code, r.name)}; le prove non possono aver luogo in tale giorno — ${dayCite}.`,
    citation: EXAM_DAYS_CITATION,
  }));

  const notice = computeTerm(noticeRule, examDate, calendar);
  const latestNoticeDate = notice.dueDate;
  const noticeCite = formatCitation(noticeRule.citation);
  if (noticeDate !== undefined && noticeDate >= examDate) {
    reasons.push({
      code: 'noticeAfterExam',
      message: `La comunicazione del ${noticeDate} non precede la prova del ${examDate}: andava data entro il ${latestNoticeDate} — ${noticeCite}.`,
      citation: noticeRule.citation,
    });
  } else if (noticeDate !== undefined && noticeDate > latestNoticeDate) {
    reasons.push({
      code: 'noticeTooShort',
      message: `Preavviso insufficiente: comunicazione del ${noticeDate}, per la prova del ${examDate} andava data entro il ${latestNoticeDate} (${unitText(noticeRule.quantity, noticeRule.unit)} prima) — ${noticeCite}.`,
      citation: noticeRule.citation,
    });
  }

  return { allowed: reasons.length === 0, reasons, latestNoticeDate, citation: EXAM_DAYS_CITATION, notice };
}
