/**
 * Office calendar of an entity (DECISIONS D2): which days the offices are closed, and why, in Italian.
 * National holidays come from date-holidays; Saturday and the patron day are entity settings
 * (ROUS Stresa art. 19 c.4, L603; art. 122 c.18, L1973).
 */
import Holidays from 'date-holidays';
import { z } from 'zod';
import { type IsoDate, isIsoDate, isoWeekday } from './dates';

const dayOfMonthValid = (p: { month: number; day: number }) =>
  // 2024 is a leap year, so 29 February is accepted as a recurring date.
  new Date(Date.UTC(2024, p.month - 1, p.day)).getUTCDate() === p.day;

export const calendarSettingsSchema = z.object({
  saturdayClosed: z.boolean(),
  patronDays: z.array(
    z
      .object({
        month: z.number().int().min(1).max(12),
        day: z.number().int().min(1).max(31),
        name: z.string().min(1),
        citation: z.string().min(1).optional(),
      })
      .refine(dayOfMonthValid, { message: 'day does not exist in month' }),
  ),
  extraClosedDays: z
    .array(
      z.object({
        date: z.string().refine(isIsoDate, { message: 'expected a real date YYYY-MM-DD' }),
        reason: z.string().min(1),
      }),
    )
    .optional(),
});

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export interface Calendar {
  readonly settings: CalendarSettings;
  /** Why offices are closed on `d` (Italian), or null when they are open. */
  closedReason(d: IsoDate): string | null;
  isOfficeOpen(d: IsoDate): boolean;
}

// One instance for the process: date-holidays is slow to build and its answers never change.
let holidays: Holidays | undefined;
const nationalByYear = new Map<number, Map<IsoDate, string>>();

function nationalHolidaysOf(year: number): Map<IsoDate, string> {
  let byDate = nationalByYear.get(year);
  if (!byDate) {
    holidays ??= new Holidays('IT', { languages: ['it'], types: ['public'] });
    byDate = new Map();
    for (const h of holidays.getHolidays(year)) {
      // Typographic apostrophes (Lunedì dell’Angelo) are normalised so texts compare plainly.
      byDate.set(h.date.slice(0, 10), h.name.replace(/\u2019/g, "'"));
    }
    nationalByYear.set(year, byDate);
  }
  return byDate;
}

/** Italian name of the national public holiday on `d`, or null. Includes Easter Sunday and, from 2026, 4 October. */
export function nationalHoliday(d: IsoDate): string | null {
  return nationalHolidaysOf(Number(d.slice(0, 4))).get(d) ?? null;
}

export function calendarFor(input: CalendarSettings): Calendar {
  const settings = calendarSettingsSchema.parse(input);
  const patron = new Map(settings.patronDays.map((p) => [`${p.month}-${p.day}`, p.name]));
  const extra = new Map((settings.extraClosedDays ?? []).map((e) => [e.date, e.reason]));

  const closedReason = (d: IsoDate): string | null => {
    const reasons: string[] = [];
    const wd = isoWeekday(d);
    if (wd === 7) reasons.push('domenica');
    if (wd === 6 && settings.saturdayClosed) reasons.push('sabato (uffici chiusi)');
    const national = nationalHoliday(d);
    if (national) reasons.push(`festività nazionale: ${national}`);
    const patronName = patron.get(`${Number(d.slice(5, 7))}-${Number(d.slice(8, 10))}`);
    if (patronName) reasons.push(`santo patrono: ${patronName}`);
    const extraReason = extra.get(d);
    if (extraReason) reasons.push(`chiusura straordinaria: ${extraReason}`);
    return reasons.length > 0 ? reasons.join('; ') : null;
  };

  return { settings, closedReason, isOfficeOpen: (d) => closedReason(d) === null };
}
