/**
 * Office calendar of an entity (DECISIONS D2): which days the offices are closed, and why, in Italian;
 * and, a separate question, on which days exams may not be held (ROUS art. 91 c.2, L1499).
 * National holidays come from date-holidays; Saturday and the patron day are entity settings
 * (ROUS Stresa art. 19 c.4, L603; art. 122 c.18, L1973); Jewish and Waldensian holidays are a table per
 * year, computed unless the entity replaced that year's list (religious-holidays.ts).
 */
import Holidays from 'date-holidays';
import { z } from 'zod';
import { type IsoDate, isIsoDate, isoWeekday } from './dates';
import {
  computedJewishHolidays,
  computedWaldensianHolidays,
  type ReligiousHoliday,
  type ReligiousHolidays,
} from './religious-holidays';

const dayOfMonthValid = (p: { month: number; day: number }) =>
  // 2024 is a leap year, so 29 February is accepted as a recurring date.
  new Date(Date.UTC(2024, p.month - 1, p.day)).getUTCDate() === p.day;

const religiousHolidayList = z.array(
  z.object({
    date: z.string().refine(isIsoDate, { message: 'expected a real date YYYY-MM-DD' }),
    name: z.string().min(1),
  }),
);

/**
 * Per year ('2026'), the entity's own lists; a list given here replaces the computed one for that year
 * (D2: "a maintained table per year, seeded by computation, editable by the entity"). An empty list
 * is a deliberate "none"; an omitted list keeps the computed one.
 */
const religiousHolidaysSchema = z
  .record(
    z.string().regex(/^\d{4}$/, { message: 'expected a year YYYY' }),
    z.object({ jewish: religiousHolidayList.optional(), waldensian: religiousHolidayList.optional() }),
  )
  .superRefine((byYear, ctx) => {
    for (const [year, lists] of Object.entries(byYear)) {
      for (const list of ['jewish', 'waldensian'] as const) {
        (lists[list] ?? []).forEach((h, i) => {
          if (isIsoDate(h.date) && !h.date.startsWith(`${year}-`)) {
            ctx.addIssue({ code: 'custom', message: `date not in ${year}`, path: [year, list, i, 'date'] });
          }
        });
      }
    }
  });

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
  religiousHolidays: religiousHolidaysSchema.optional(),
});

export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

/** Why an exam may not be held on a day (ROUS art. 91 c.2, L1499; D2). Saturday is not a reason. */
export type ExamRestrictionCode = 'sunday' | 'holiday' | 'patronDay' | 'jewishHoliday' | 'waldensianHoliday';

export interface ExamRestriction {
  code: ExamRestrictionCode;
  /** Italian, e.g. 'festività ebraica: Yom Kippur (digiuno di espiazione)'. */
  reason: string;
  /** The holiday's name alone (none for Sunday). */
  name?: string;
}

export interface YearReligiousHolidays extends ReligiousHolidays {
  year: number;
  /** 'entity' when the entity's settings replaced the computed list for the year. */
  source: { jewish: 'computed' | 'entity'; waldensian: 'computed' | 'entity' };
}

export interface Calendar {
  readonly settings: CalendarSettings;
  /** Why offices are closed on `d` (Italian), or null when they are open. */
  closedReason(d: IsoDate): string | null;
  isOfficeOpen(d: IsoDate): boolean;
  /** Working day = office-open day (D2; recruitment §0.5.2): an alias of isOfficeOpen. */
  isWorkingDay(d: IsoDate): boolean;
  /** Why no exam may be held on `d`; empty when one may (Saturdays and office closures included). */
  examRestrictions(d: IsoDate): ExamRestriction[];
  /** examRestrictions(d) as Italian texts. */
  examForbiddenReasons(d: IsoDate): string[];
  /** The Jewish and Waldensian table of a year as this entity applies it. */
  religiousHolidays(year: number): YearReligiousHolidays;
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

/** Bounds the per-calendar memo of closed days (a long-lived calendar sees a few thousand dates at most). */
const MEMO_MAX = 50_000;

function byDate(list: readonly ReligiousHoliday[]): Map<IsoDate, string[]> {
  const m = new Map<IsoDate, string[]>();
  for (const h of list) m.set(h.date, [...(m.get(h.date) ?? []), h.name]);
  return m;
}

export function calendarFor(input: CalendarSettings): Calendar {
  // zod returns a deep copy, so the memos below cannot go stale if the caller mutates `input`.
  const settings = calendarSettingsSchema.parse(input);
  const patron = new Map(settings.patronDays.map((p) => [`${p.month}-${p.day}`, p.name]));
  const extra = new Map((settings.extraClosedDays ?? []).map((e) => [e.date, e.reason]));
  const patronOf = (d: IsoDate) => patron.get(`${Number(d.slice(5, 7))}-${Number(d.slice(8, 10))}`);

  const computeClosedReason = (d: IsoDate): string | null => {
    const reasons: string[] = [];
    const wd = isoWeekday(d);
    if (wd === 7) reasons.push('domenica');
    if (wd === 6 && settings.saturdayClosed) reasons.push('sabato (uffici chiusi)');
    const national = nationalHoliday(d);
    if (national) reasons.push(`festività nazionale: ${national}`);
    const patronName = patronOf(d);
    if (patronName) reasons.push(`santo patrono: ${patronName}`);
    const extraReason = extra.get(d);
    if (extraReason) reasons.push(`chiusura straordinaria: ${extraReason}`);
    return reasons.length > 0 ? reasons.join('; ') : null;
  };

  // Term arithmetic asks about the same days over and over: answers never change for this calendar.
  const closedMemo = new Map<IsoDate, string | null>();
  const closedReason = (d: IsoDate): string | null => {
    let r = closedMemo.get(d);
    if (r === undefined) {
      r = computeClosedReason(d);
      if (closedMemo.size >= MEMO_MAX) closedMemo.clear();
      closedMemo.set(d, r);
    }
    return r;
  };
  const isOfficeOpen = (d: IsoDate) => closedReason(d) === null;

  const religiousByYear = new Map<
    number,
    { table: YearReligiousHolidays; jewish: Map<IsoDate, string[]>; waldensian: Map<IsoDate, string[]> }
  >();
  const religiousOf = (year: number) => {
    let r = religiousByYear.get(year);
    if (!r) {
      const own = settings.religiousHolidays?.[String(year)];
      const jewish = own?.jewish ?? computedJewishHolidays(year);
      const waldensian = own?.waldensian ?? computedWaldensianHolidays(year);
      const table: YearReligiousHolidays = {
        year,
        jewish,
        waldensian,
        source: { jewish: own?.jewish ? 'entity' : 'computed', waldensian: own?.waldensian ? 'entity' : 'computed' },
      };
      r = { table, jewish: byDate(jewish), waldensian: byDate(waldensian) };
      religiousByYear.set(year, r);
    }
    return r;
  };

  const examRestrictions = (d: IsoDate): ExamRestriction[] => {
    const out: ExamRestriction[] = [];
    // Sunday is a giorno festivo [EXTERNAL: L. 27 maggio 1949 n. 260, art. 2, "tutte le domeniche"]; Saturday is not (D2).
    if (isoWeekday(d) === 7) out.push({ code: 'sunday', reason: 'domenica (giorno festivo)' });
    const national = nationalHoliday(d);
    if (national) out.push({ code: 'holiday', reason: `festività nazionale: ${national}`, name: national });
    const patronName = patronOf(d);
    if (patronName) out.push({ code: 'patronDay', reason: `santo patrono: ${patronName}`, name: patronName });
    const religious = religiousOf(Number(d.slice(0, 4)));
    for (const name of religious.jewish.get(d) ?? []) {
      out.push({ code: 'jewishHoliday', reason: `festività ebraica: ${name}`, name });
    }
    for (const name of religious.waldensian.get(d) ?? []) {
      out.push({ code: 'waldensianHoliday', reason: `festività valdese: ${name}`, name });
    }
    return out;
  };

  return {
    settings,
    closedReason,
    isOfficeOpen,
    isWorkingDay: isOfficeOpen,
    examRestrictions,
    examForbiddenReasons: (d) => examRestrictions(d).map((r) => r.reason),
    religiousHolidays: (year) => religiousOf(year).table,
  };
}
