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

function toUtcMs(d: IsoDate): number {
  const [, y, m, day] = ISO_DATE.exec(d) ?? [];
  return Date.UTC(Number(y), Number(m) - 1, Number(day));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  // Round-trip through Date.UTC rejects 2026-02-30, 2025-13-01 and the like.
  return fromUtcMs(toUtcMs(s)) === s && Number(m[1]) >= 1000;
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
  const wd = new Date(toUtcMs(d)).getUTCDay();
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

/** Rome wall clock of an instant, expressed as if it were UTC (ms). Drops milliseconds. */
function romeWallMs(instantMs: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of romeParts.formatToParts(new Date(instantMs))) p[type] = Number(value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** Offset of Europe/Rome from UTC at an instant, in ms (+1 h in winter, +2 h in summer). */
function romeOffsetMs(instantMs: number): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  return romeWallMs(whole) - whole;
}

/** The Europe/Rome civil date of an instant (what a clerk in Stresa would write on the act). */
export function romeDateOf(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new Error('romeDateOf: invalid Date');
  return fromUtcMs(romeWallMs(instant.getTime()));
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
  // Two passes converge: the first guess may sit on the other side of a DST change.
  const first = wall - romeOffsetMs(wall - 3_600_000);
  const utc = wall - romeOffsetMs(first);
  return new Date(utc).toISOString();
}

/** A day term ends at 23:59:59.999 Europe/Rome of its last day (D2). */
export function endOfDayRome(date: IsoDate): string {
  return romeInstant(date, '23:59:59.999');
}
