/**
 * Religious holidays on which exams may not be held (ROUS Stresa art. 91 c.2, L1499; DECISIONS D2):
 * "non possono aver luogo nei giorni festivi né, ai sensi del D. Lgs. 8/3/1989 n.101, nei giorni di
 * festività religiose ebraiche rese note con Decreto del Ministero dell'Interno … nonché nei giorni di
 * festività religiose valdesi". (The act cited as "D. Lgs." is Legge 8 marzo 1989, n. 101.)
 *
 * The lists are a table per year, seeded by computation and replaceable by the entity (D2); the
 * override lives in CalendarSettings.religiousHolidays and is applied by calendarFor.
 *
 * JEWISH HOLIDAYS [EXTERNAL: L. 8 marzo 1989 n. 101, art. 5]. Art. 5 c.1 lists the days to which the
 * Sabbath rules apply; art. 5 c.2 has the Unione delle Comunità ebraiche italiane send the calendar of
 * each solar year to the Ministry of the Interior, which publishes it in the Gazzetta Ufficiale:
 *   a) Rosh Hashanà, first and second day (1–2 Tishrì);       b) eve of Kippur and Kippur (9–10 Tishrì);
 *   c) Sukkot, first, second, seventh and eighth day (15, 16, 21 Hoshanà Rabbà, 22 Sheminì Atzeret Tishrì);
 *   d) Simchat Torà (23 Tishrì);                               e) Pesach: eve, first and second, seventh
 *      and eighth day (14, 15, 16, 21, 22 Nisan);               f) Shavuot, first and second day (6–7 Sivan);
 *   g) fast of 9 Av (held on 10 Av when 9 Av is a Saturday).
 * Choices, each checked against the published calendars for 2025 (GU, communicated 2024) and 2026
 * (GU n. 196 of 25 August 2025):
 *   - Diaspora schedule (two-day festivals): Italy is outside Israel, and the decrees list the second days.
 *   - Civil days. A Jewish day runs from the previous sunset; the decree lists the civil date of the
 *     festival day (Rosh Hashanà 5786 = 23–24 September 2025, not the evening of the 22nd). So do we.
 *   - The Sabbath itself is not in the table: D2 allows exams on Saturday (recruitment §0.5.3). The
 *     decrees open with "tutti i sabati" and therefore omit listed festivals that fall on a Saturday
 *     ("in quanto cadono di sabato"); we keep those days in the table, because they are art. 5 festivals
 *     whatever the weekday and dropping them would allow an exam on, say, Rosh Hashanà 12 September 2026.
 *   - Dates come from @hebcal/core's diaspora holiday calendar (getHolidaysForYearArray(y, false)),
 *     loaded through its `./dist/esm/*` export: the package root only has an `import` condition, which
 *     this CommonJS build (jest, tsx) cannot resolve, and the root also pulls zmanim code that installs
 *     a global Temporal polyfill. The version is pinned in package.json.
 *
 * WALDENSIAN HOLIDAYS: the seed names them without listing any, and no law does. The Intesa with the
 * Tavola valdese (L. 11 agosto 1984 n. 449) has no holiday article (unlike L. 101/1989 art. 5) and no
 * decree publishes a yearly calendar. 17 February (anniversary of the 1848 Lettere Patenti) is described
 * by the Waldensian churches themselves as a civil rather than a religious feast, and the Christian
 * feasts they keep are Sundays or national holidays already. No day is identifiable with a legal source,
 * so the computed list is empty: the entity fills the table per year (e.g. after asking the Tavola valdese).
 */
import { getHolidaysForYearArray } from '@hebcal/core/dist/esm/holidays';
import type { IsoDate } from './dates';
import type { Citation } from './terms';

export interface ReligiousHoliday {
  date: IsoDate;
  /** Italian. */
  name: string;
}

export interface ReligiousHolidays {
  jewish: readonly ReligiousHoliday[];
  waldensian: readonly ReligiousHoliday[];
}

const SEED = '004_29fc22527282130e.txt';

/** The exam-day rule itself (seed). */
export const EXAM_DAYS_CITATION: Citation = {
  source: 'seed',
  file: SEED,
  article: 'art. 91',
  paragraph: 'c. 2',
  lines: 'L1499',
  quote:
    "Le prove del concorso, sia scritte che orali che pratiche, non possono aver luogo nei giorni festivi né, ai sensi del D. Lgs. 8/3/1989 n.101, nei giorni di festività religiose ebraiche rese note con Decreto del Ministero dell'Interno mediante pubblicazione nella Gazzetta Ufficiale della Repubblica, nonché nei giorni di festività religiose valdesi.",
};

/** Which Jewish holidays and how their calendar is published (external law). */
export const JEWISH_HOLIDAYS_CITATION: Citation = {
  source: 'external',
  article: 'art. 5',
  paragraph: 'c. 1–2',
  law: "L. 8 marzo 1989, n. 101 (Intesa con l'Unione delle Comunità ebraiche italiane)",
};

/** The Intesa with the Tavola valdese: it lists no holidays, hence the empty computed table. */
export const WALDENSIAN_HOLIDAYS_CITATION: Citation = {
  source: 'external',
  article: 'Intesa con la Tavola valdese (nessun elenco di festività)',
  law: 'L. 11 agosto 1984, n. 449',
};

/** hebcal diaspora event descriptions → L. 101/1989 art. 5 c.1 item, in Italian. Other events are ignored. */
const JEWISH_NAMES: Readonly<Record<string, string>> = {
  'Rosh Hashana II': 'Rosh Hashanà (Capodanno), secondo giorno',
  'Erev Yom Kippur': 'Vigilia di Yom Kippur',
  'Yom Kippur': 'Yom Kippur (digiuno di espiazione)',
  'Sukkot I': 'Sukkot (Festa delle Capanne), primo giorno',
  'Sukkot II': 'Sukkot (Festa delle Capanne), secondo giorno',
  'Sukkot VII (Hoshana Raba)': 'Sukkot (Festa delle Capanne), settimo giorno (Hoshanà Rabbà)',
  'Shmini Atzeret': 'Sukkot (Festa delle Capanne), ottavo giorno (Sheminì Atzeret)',
  'Simchat Torah': 'Simchat Torà (Festa della Legge)',
  'Erev Pesach': 'Vigilia di Pesach (Pasqua)',
  'Pesach I': 'Pesach (Pasqua), primo giorno',
  'Pesach II': 'Pesach (Pasqua), secondo giorno',
  'Pesach VII': 'Pesach (Pasqua), settimo giorno',
  'Pesach VIII': 'Pesach (Pasqua), ottavo giorno',
  'Shavuot I': 'Shavuot (Pentecoste), primo giorno',
  'Shavuot II': 'Shavuot (Pentecoste), secondo giorno',
  "Tish'a B'Av": 'Digiuno del 9 di Av',
  "Tish'a B'Av (observed)": 'Digiuno del 9 di Av (rinviato al 10 di Av: il 9 cade di sabato)',
};
const ROSH_HASHANA_FIRST_DAY = /^Rosh Hashana \d+$/;
const ROSH_HASHANA_FIRST_NAME = 'Rosh Hashanà (Capodanno), primo giorno';

/** R.D. (Rata Die, 0001-01-01 = 1) of 1970-01-01. */
const RD_UNIX_EPOCH = 719_163;
const DAY_MS = 86_400_000;

/** Hebrew-calendar years computed with are limited to where the Gregorian mapping is unremarkable. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2200;

const jewishByYear = new Map<number, readonly ReligiousHoliday[]>();

/**
 * The Jewish holidays of L. 101/1989 art. 5 c.1 falling in a Gregorian year, computed (diaspora
 * schedule, civil days, Saturdays included; see the module note). Memoised per year; frozen.
 */
export function computedJewishHolidays(year: number): readonly ReligiousHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new Error(`Jewish holidays are computed for ${FIRST_YEAR}–${LAST_YEAR}, not ${year}`);
  }
  let list = jewishByYear.get(year);
  if (!list) {
    const found: ReligiousHoliday[] = [];
    const prefix = `${year}-`;
    // Gregorian year Y meets the end of Hebrew year Y+3760 (Nisan–Elul) and the start of Y+3761 (Tishrì…).
    for (const hebrewYear of [year + 3760, year + 3761]) {
      for (const ev of getHolidaysForYearArray(hebrewYear, false)) {
        const desc = ev.getDesc();
        const name = ROSH_HASHANA_FIRST_DAY.test(desc) ? ROSH_HASHANA_FIRST_NAME : JEWISH_NAMES[desc];
        if (!name) continue;
        // Absolute day number → civil date, without the host time zone that HDate.greg() would use.
        const date = new Date((ev.getDate().abs() - RD_UNIX_EPOCH) * DAY_MS).toISOString().slice(0, 10);
        if (date.startsWith(prefix)) found.push(Object.freeze({ date, name }));
      }
    }
    found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    list = Object.freeze(found);
    jewishByYear.set(year, list);
  }
  return list;
}

const NO_WALDENSIAN: readonly ReligiousHoliday[] = Object.freeze([]);

/** Waldensian holidays with a legal source: none (see the module note); the entity fills the table. */
export function computedWaldensianHolidays(_year: number): readonly ReligiousHoliday[] {
  return NO_WALDENSIAN;
}
