/**
 * Civil dates as 'YYYY-MM-DD' strings (DECISIONS D2: legal dates are kept apart from instants).
 * Arithmetic runs on UTC midnights so no host time zone or DST can shift a day.
 * Pure: no clock reads.
 */

/** A civil (legal) date, 'YYYY-MM-DD'. Lexicographic order is chronological order. */
export type IsoDate = string & { readonly __isoDate?: never };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_TIME = /^(\d{2}):(\d{2}):(\d{2})\.(\d{3})$/;
const DAY_MS = 86_400_000;

// Term arithmetic converts the same few thousand dates back and forth: two bounded memos spare the
// regex and Date work (about 1 µs a conversion) without changing any result.
const MEMO_MAX = 100_000;
const msOfDate = new Map<string, number>();
const dateOfMs = new Map<number, IsoDate>();

function toUtcMs(d: IsoDate): number {
  let ms = msOfDate.get(d);
  if (ms === undefined) {
    const [, y, m, day] = ISO_DATE.exec(d) ?? [];
    ms = Date.UTC(Number(y), Number(m) - 1, Number(day));
    if (Number.isNaN(ms)) return ms;
    if (msOfDate.size >= MEMO_MAX) msOfDate.clear();
    msOfDate.set(d, ms);
  }
  return ms;
}

/** The UTC date of a UTC midnight (ms). */
function fromUtcMs(ms: number): IsoDate {
  let d = dateOfMs.get(ms);
  if (d === undefined) {
    d = new Date(ms).toISOString().slice(0, 10);
    if (dateOfMs.size >= MEMO_MAX) dateOfMs.clear();
    dateOfMs.set(ms, d);
  }
  return d;
}

const validDates = new Set<string>();

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  if (validDates.has(s)) return true;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  // Round-trip through Date.UTC rejects 2026-02-30, 2025-13-01 and the like.
  const valid = fromUtcMs(toUtcMs(s)) === s && Number(m[1]) >= 1000;
  if (valid) {
    if (validDates.size >= MEMO_MAX) validDates.clear();
    validDates.add(s);
  }
  return valid;
}

/** Validates a real calendar date; throws on anything else. */
export function parseIsoDate(s: string): IsoDate {
  if (!isIsoDate(s)) throw new Error(`Invalid ISO date "${s}": expected a real date as YYYY-MM-DD`);
  return s;
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromUtcMs(toUtcMs(d) + n * DAY_MS);
}

/**
 * Same calendar date n months later, clamped to the month's last day (D2; recruitment §0.5.5).
 * Years are 12 months: addMonthsClamped(d, 12 * years).
 */
export function addMonthsClamped(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, month, Math.min(day, lastDay)));
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function diffDays(to: IsoDate, from: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  const wd = (((toUtcMs(d) / DAY_MS + 4) % 7) + 7) % 7;
  return wd === 0 ? 7 : wd;
}

// Built once: constructing Intl formatters is comparatively expensive.
const romeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Rome wall clock of an instant, expressed as if it were UTC (ms), from the tz database. Drops milliseconds. */
function romeWallMsIntl(instantMs: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of romeParts.formatToParts(new Date(instantMs))) p[type] = Number(value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

const HOUR_MS = 3_600_000;

/**
 * Fast path. From 1996 Europe/Rome follows the EU rule (Directive 2000/84/EC, earlier 94/21/EC): summer
 * time (+02:00) from 01:00 UTC of the last Sunday of March to 01:00 UTC of the last Sunday of October,
 * +01:00 otherwise. Outside FAST_YEARS the tz database (Intl) is asked instead. The unit tests check
 * this path against Intl for every day from 1996 to 2099 around both changes.
 */
const FAST_FIRST_YEAR = 1996;
const FAST_LAST_YEAR = 2099;
/** Per year: [start of summer time, end of summer time] as UTC ms. */
const dstBounds = new Map<number, readonly [number, number]>();

function lastSundayUtcMs(year: number, monthIndex: number): number {
  const last = Date.UTC(year, monthIndex + 1, 0);
  return last - new Date(last).getUTCDay() * DAY_MS;
}

function dstBoundsOf(year: number): readonly [number, number] {
  let b = dstBounds.get(year);
  if (!b) {
    b = [lastSundayUtcMs(year, 2) + HOUR_MS, lastSundayUtcMs(year, 9) + HOUR_MS];
    dstBounds.set(year, b);
  }
  return b;
}

function fastYear(ms: number): number | null {
  const year = new Date(ms).getUTCFullYear();
  return year >= FAST_FIRST_YEAR && year <= FAST_LAST_YEAR ? year : null;
}

/** Offset of Europe/Rome from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function romeOffsetMs(instantMs: number): number {
  const year = fastYear(instantMs);
  if (year !== null) {
    const [start, end] = dstBoundsOf(year);
    return instantMs >= start && instantMs < end ? 2 * HOUR_MS : HOUR_MS;
  }
  const whole = Math.floor(instantMs / 1000) * 1000;
  return romeWallMsIntl(whole) - whole;
}

/** The Europe/Rome civil date of an instant (what a clerk in Stresa would write on the act). */
export function romeDateOf(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new Error('romeDateOf: invalid Date');
  return fromUtcMs(Math.floor((ms + romeOffsetMs(ms)) / DAY_MS) * DAY_MS);
}

/**
 * UTC ms of a Rome wall-clock time given as if it were UTC. A wall time skipped by the spring-forward
 * change is read with the winter offset (02:30 → 01:30Z); one repeated by the fall-back change resolves
 * to its second (winter) occurrence.
 */
function romeWallToUtcMs(wall: number): number {
  const year = fastYear(wall);
  if (year !== null) {
    const [start, end] = dstBoundsOf(year);
    // Summer wall times run from 03:00 of the spring day (start + 2 h) to 02:00 of the fall day (end + 1 h).
    return wall >= start + 2 * HOUR_MS && wall < end + HOUR_MS ? wall - 2 * HOUR_MS : wall - HOUR_MS;
  }
  // Two passes converge: the first guess may sit on the other side of a DST change.
  const first = wall - romeOffsetMs(wall - HOUR_MS);
  return wall - romeOffsetMs(first);
}

/**
 * UTC instant (ISO-8601, 'Z') of a Rome wall-clock time on a date, DST-correct.
 * A wall time skipped by the spring-forward change is read with the winter offset (02:30 → 01:30Z);
 * one repeated by the fall-back change resolves to its second (winter) occurrence.
 */
export function romeInstant(date: IsoDate, time: string): string {
  parseIsoDate(date);
  const t = WALL_TIME.exec(time);
  if (!t) throw new Error(`Invalid wall time "${time}": expected HH:mm:ss.SSS`);
  const [h, mi, s, ms] = t.slice(1).map(Number);
  if (h > 23 || mi > 59 || s > 59) throw new Error(`Invalid wall time "${time}"`);
  const wall = toUtcMs(date) + ((h * 60 + mi) * 60 + s) * 1000 + ms;
  return new Date(romeWallToUtcMs(wall)).toISOString();
}

// Due dates repeat (every term of a day ends at the same instant): a bounded memo keeps the hot path cheap.
const endOfDayMemo = new Map<IsoDate, string>();
const END_OF_DAY_MEMO_MAX = 20_000;

/** A day term ends at 23:59:59.999 Europe/Rome of its last day (D2). */
export function endOfDayRome(date: IsoDate): string {
  let at = endOfDayMemo.get(date);
  if (at === undefined) {
    at = romeInstant(date, '23:59:59.999');
    if (endOfDayMemo.size >= END_OF_DAY_MEMO_MAX) endOfDayMemo.clear();
    endOfDayMemo.set(date, at);
  }
  return at;
}
