import fc from 'fast-check';
import {
  addDays,
  addMonthsClamped,
  diffDays,
  endOfDayRome,
  isIsoDate,
  isoWeekday,
  parseIsoDate,
  romeDateOf,
  romeInstant,
} from '../../../shared/calendar';

describe('parseIsoDate / isIsoDate: only real dates (D2, legal dates as ISO strings)', () => {
  it.each(['2025-03-04', '2024-02-29', '2025-12-31', '2000-02-29'])('accepts %s', (s) => {
    expect(parseIsoDate(s)).toBe(s);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-4-3',
    '2025-04-03T00:00',
    '',
    '0025-01-01',
  ])('rejects %p', (s) => {
    expect(isIsoDate(s)).toBe(false);
    expect(() => parseIsoDate(s)).toThrow(/Invalid ISO date/);
  });
});

describe('addDays / diffDays / isoWeekday', () => {
  it.each([
    ['2025-03-04', 30, '2025-04-03'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-29', 2, '2025-03-31'], // across the spring DST change: days, not 24-hour blocks
    ['2025-10-25', 2, '2025-10-27'],
    ['2025-04-03', -7, '2025-03-27'],
  ])('addDays(%s, %i) = %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
    expect(diffDays(expected, d)).toBe(n);
  });

  it.each([
    ['2025-03-03', 1],
    ['2025-03-04', 2],
    ['2025-10-04', 6],
    ['2025-06-01', 7],
    ['2026-10-04', 7],
  ])('isoWeekday(%s) = %i', (d, wd) => {
    expect(isoWeekday(d)).toBe(wd);
  });
});

describe('addMonthsClamped: same calendar date, clamped to the last day (D2; recruitment §0.5.5)', () => {
  it.each([
    ['2025-04-03', 6, '2025-10-03', 'F-D1 art. 90 c.3 (L1493): six months from the deadline'],
    ['2025-08-31', 6, '2026-02-28', 'end of February, common year'],
    ['2023-08-31', 6, '2024-02-29', 'end of February, leap year'],
    ['2024-02-29', 12, '2025-02-28', '29 February plus one year'],
    ['2024-02-29', 48, '2028-02-29', '29 February plus four years'],
    ['2025-01-31', 1, '2025-02-28', '31 January plus one month'],
    ['2025-03-31', 1, '2025-04-30', '31 March plus one month'],
    ['2025-08-01', 36, '2028-08-01', 'F-D9 art. 101 c.5 (L1655): three years of ranking validity'],
    ['2025-11-30', 3, '2026-02-28', 'across the year end'],
    ['2025-05-31', -3, '2025-02-28', 'negative months'],
  ])('%s + %i months = %s (%s)', (d, months, expected) => {
    expect(addMonthsClamped(d, months)).toBe(expected);
  });
});

describe('romeDateOf: Europe/Rome civil date of an instant (D2)', () => {
  it.each([
    ['2025-04-03T21:59:59.999Z', '2025-04-03', 'summer, last ms of the day'],
    ['2025-04-03T22:00:00.000Z', '2025-04-04', 'summer, midnight Rome is 22:00 UTC'],
    ['2025-04-03T23:30:00.000Z', '2025-04-04', 'summer, before midnight UTC'],
    ['2025-01-15T22:59:59.999Z', '2025-01-15', 'winter, last ms of the day'],
    ['2025-01-15T23:00:00.000Z', '2025-01-16', 'winter, midnight Rome is 23:00 UTC'],
    ['2025-01-16T00:30:00.000Z', '2025-01-16', 'winter, after midnight UTC'],
    ['2024-12-31T23:00:00.000Z', '2025-01-01', 'year boundary'],
    ['2025-03-30T00:59:59.999Z', '2025-03-30', 'spring-forward night'],
    ['2025-10-26T22:59:59.999Z', '2025-10-26', 'fall-back day, already winter time'],
  ])('%s → %s (%s)', (iso, expected) => {
    expect(romeDateOf(new Date(iso))).toBe(expected);
  });

  it('refuses an invalid Date', () => {
    expect(() => romeDateOf(new Date('nope'))).toThrow(/invalid Date/);
  });
});

describe('romeInstant / endOfDayRome: a day term ends at 23:59:59.999 Europe/Rome (D2)', () => {
  it.each([
    ['2025-04-03', '23:59:59.999', '2025-04-03T21:59:59.999Z', 'summer (+02:00)'],
    ['2025-01-15', '23:59:59.999', '2025-01-15T22:59:59.999Z', 'winter (+01:00)'],
    ['2025-03-30', '23:59:59.999', '2025-03-30T21:59:59.999Z', 'spring-forward day ends in summer time'],
    ['2025-10-26', '23:59:59.999', '2025-10-26T22:59:59.999Z', 'fall-back day ends in winter time'],
    ['2025-03-30', '01:30:00.000', '2025-03-30T00:30:00.000Z', 'before the spring change'],
    ['2025-03-30', '03:30:00.000', '2025-03-30T01:30:00.000Z', 'after the spring change'],
    ['2025-10-26', '09:00:00.000', '2025-10-26T08:00:00.000Z', 'reminder hour after the fall change'],
    ['2025-04-03', '00:00:00.000', '2025-04-02T22:00:00.000Z', 'midnight Rome is the previous UTC day'],
    ['2026-01-01', '00:00:00.000', '2025-12-31T23:00:00.000Z', 'new year'],
  ])('romeInstant(%s, %s) = %s (%s)', (d, t, expected) => {
    expect(romeInstant(d, t)).toBe(expected);
  });

  it('endOfDayRome uses 23:59:59.999', () => {
    expect(endOfDayRome('2025-12-09')).toBe('2025-12-09T22:59:59.999Z');
    expect(endOfDayRome('2025-10-03')).toBe('2025-10-03T21:59:59.999Z');
  });

  it.each([
    ['2025-04-03', '24:00:00.000'],
    ['2025-04-03', '9:00:00.000'],
    ['2025-04-03', '09:00:00'],
    ['2025-02-30', '09:00:00.000'],
  ])('refuses romeInstant(%s, %s)', (d, t) => {
    expect(() => romeInstant(d, t)).toThrow(/Invalid/);
  });

  it('property: every day from 2020 to 2035 ends within that Rome day and the next ms is the next day', () => {
    const base = '2020-01-01';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: diffDays('2035-12-31', base) }), (offset) => {
        const d = addDays(base, offset);
        const end = new Date(endOfDayRome(d));
        expect(romeDateOf(end)).toBe(d);
        expect(romeDateOf(new Date(end.getTime() + 1))).toBe(addDays(d, 1));
      }),
    );
  });
});
