/**
 * dates.ts computes the Europe/Rome offset from the EU rule (last Sunday of March / October, 01:00 UTC)
 * for 1996–2099 and asks Intl otherwise. This oracle is the previous, Intl-only implementation: both
 * must agree on every day, around both changes and at the reminder and end-of-day hours.
 */
import { addDays, diffDays, endOfDayRome, romeDateOf, romeInstant } from '../../../shared/calendar';

const fmt = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Rome',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});
function wallMs(ms: number): number {
  const p: Record<string, number> = {};
  for (const { type, value } of fmt.formatToParts(new Date(ms))) p[type] = Number(value);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}
function offset(ms: number): number {
  const whole = Math.floor(ms / 1000) * 1000;
  return wallMs(whole) - whole;
}
function oracleInstant(date: string, time: string): string {
  const [h, mi, s, ms] = time.split(/[:.]/).map(Number);
  const wall = Date.parse(`${date}T00:00:00Z`) + ((h * 60 + mi) * 60 + s) * 1000 + ms;
  const first = wall - offset(wall - 3_600_000);
  return new Date(wall - offset(first)).toISOString();
}
const oracleDateOf = (ms: number) => new Date(wallMs(ms)).toISOString().slice(0, 10);

// The hours that matter: midnight, both change hours (01:00–03:00 wall), reminders, end of day.
const TIMES = [
  '00:00:00.000',
  '01:59:59.999',
  '02:00:00.000',
  '02:30:00.000',
  '02:59:59.999',
  '03:00:00.000',
  '09:00:00.000',
  '23:59:59.999',
];
// Instants around 01:00 UTC (both changes) and the two possible Rome midnights.
const UTC_OFFSETS_MS = [3_599_999, 3_600_000, 79_199_999, 79_200_000, 82_799_999, 82_800_000];

/**
 * End of day and the instants around Rome midnight for every day (or, with `changeMonthsOnly`, for the
 * first of each month); every wall time and instant in March and October, the months of the changes.
 */
function sweep(first: string, last: string, times: string[], changeMonthsOnly = false) {
  const mismatches: string[] = [];
  for (let i = 0; i <= diffDays(last, first); i++) {
    const d = addDays(first, i);
    const changeMonth = d.slice(5, 7) === '03' || d.slice(5, 7) === '10';
    if (changeMonthsOnly && !changeMonth && !d.endsWith('-01')) continue;
    for (const t of changeMonth ? times : []) {
      if (romeInstant(d, t) !== oracleInstant(d, t)) mismatches.push(`romeInstant ${d} ${t}`);
    }
    if (endOfDayRome(d) !== oracleInstant(d, '23:59:59.999')) mismatches.push(`endOfDayRome ${d}`);
    const midnight = Date.parse(`${d}T00:00:00Z`);
    for (const o of changeMonth ? UTC_OFFSETS_MS : UTC_OFFSETS_MS.slice(2, 3)) {
      if (romeDateOf(new Date(midnight + o)) !== oracleDateOf(midnight + o)) mismatches.push(`romeDateOf ${d}+${o}`);
    }
  }
  return mismatches;
}

describe('Europe/Rome fast path = Intl (tz database)', () => {
  it('every day 2000–2040 (all eight wall times in March and October)', () => {
    expect(sweep('2000-01-01', '2040-12-31', TIMES)).toEqual([]);
  });

  it('the rest of the fast range (1996–1999, 2041–2099): March, October and each first of the month', () => {
    expect(sweep('1996-01-01', '1999-12-31', TIMES, true)).toEqual([]);
    expect(sweep('2041-01-01', '2099-12-31', TIMES, true)).toEqual([]);
  });

  it('outside the fast range the tz database answers (1980s rules, 2100+)', () => {
    // 1985: summer time ended on the last Sunday of September, not October.
    expect(sweep('1985-09-20', '1985-10-31', TIMES)).toEqual([]);
    expect(endOfDayRome('1985-10-15')).toBe('1985-10-15T22:59:59.999Z');
    expect(sweep('2100-03-20', '2100-04-05', TIMES)).toEqual([]);
  });
});
