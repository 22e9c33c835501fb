import { getHolidaysForYearArray } from '@hebcal/core/dist/esm/holidays';
import type { HDate } from '@hebcal/core/dist/esm/index';
import {
  addDays,
  calendarFor,
  calendarSettingsSchema,
  computedJewishHolidays,
  computedWaldensianHolidays,
  diffDays,
} from '../../../shared/calendar';
import { STRESA_SETTINGS } from './stresa-settings';

const stresa = calendarFor(STRESA_SETTINGS);
const dates = (year: number) => computedJewishHolidays(year).map((h) => h.date);

/**
 * Calendars published by the Ministry of the Interior under L. 101/1989 art. 5 c.2, as communicated
 * for each year (prefettura.interno.gov.it, GU; 2026: GU n. 196 of 25 August 2025). `saturdays` are the
 * art. 5 days each communication says it omitted because they fall on a Saturday ("tutti i sabati").
 */
const PUBLISHED: Record<number, { listed: string[]; saturdays: string[] }> = {
  2015: {
    listed: [
      '04-03',
      '04-04',
      '04-05',
      '04-10',
      '04-11',
      '05-24',
      '05-25',
      '07-26',
      '09-14',
      '09-15',
      '09-22',
      '09-23',
      '09-28',
      '09-29',
      '10-04',
      '10-05',
      '10-06',
    ],
    saturdays: [],
  },
  2016: {
    listed: [
      '04-22',
      '04-23',
      '04-24',
      '04-29',
      '04-30',
      '06-12',
      '06-13',
      '08-14',
      '10-03',
      '10-04',
      '10-11',
      '10-12',
      '10-17',
      '10-18',
      '10-23',
      '10-24',
      '10-25',
    ],
    saturdays: [],
  },
  2021: {
    listed: [
      '03-27',
      '03-28',
      '03-29',
      '04-03',
      '04-04',
      '05-17',
      '05-18',
      '07-18',
      '09-07',
      '09-08',
      '09-15',
      '09-16',
      '09-21',
      '09-22',
      '09-27',
      '09-28',
      '09-29',
    ],
    saturdays: [],
  },
  2025: {
    listed: [
      '04-13',
      '04-14',
      '04-20',
      '06-02',
      '06-03',
      '08-03',
      '09-23',
      '09-24',
      '10-01',
      '10-02',
      '10-07',
      '10-08',
      '10-13',
      '10-14',
      '10-15',
    ],
    saturdays: ['04-12', '04-19'],
  },
  2026: {
    listed: [
      '04-01',
      '04-02',
      '04-03',
      '04-08',
      '04-09',
      '05-22',
      '07-23',
      '09-13',
      '09-20',
      '09-21',
      '09-27',
      '10-02',
      '10-04',
    ],
    saturdays: ['05-23', '09-12', '09-26', '10-03'],
  },
};

describe('Jewish holidays of L. 101/1989 art. 5, computed with @hebcal/core (diaspora, civil days)', () => {
  it.each(Object.entries(PUBLISHED))('%s matches the published calendar, plus the Saturdays it omits', (year, p) => {
    const expected = [...p.listed, ...p.saturdays].map((md) => `${year}-${md}`).sort();
    expect(dates(Number(year))).toEqual(expected);
    for (const md of p.saturdays) expect(new Date(`${year}-${md}T00:00:00Z`).getUTCDay()).toBe(6);
  });

  it('2025 in full, with Italian names', () => {
    expect(computedJewishHolidays(2025)).toEqual([
      { date: '2025-04-12', name: 'Vigilia di Pesach (Pasqua)' },
      { date: '2025-04-13', name: 'Pesach (Pasqua), primo giorno' },
      { date: '2025-04-14', name: 'Pesach (Pasqua), secondo giorno' },
      { date: '2025-04-19', name: 'Pesach (Pasqua), settimo giorno' },
      { date: '2025-04-20', name: 'Pesach (Pasqua), ottavo giorno' },
      { date: '2025-06-02', name: 'Shavuot (Pentecoste), primo giorno' },
      { date: '2025-06-03', name: 'Shavuot (Pentecoste), secondo giorno' },
      { date: '2025-08-03', name: 'Digiuno del 9 di Av' },
      { date: '2025-09-23', name: 'Rosh Hashanà (Capodanno), primo giorno' },
      { date: '2025-09-24', name: 'Rosh Hashanà (Capodanno), secondo giorno' },
      { date: '2025-10-01', name: 'Vigilia di Yom Kippur' },
      { date: '2025-10-02', name: 'Yom Kippur (digiuno di espiazione)' },
      { date: '2025-10-07', name: 'Sukkot (Festa delle Capanne), primo giorno' },
      { date: '2025-10-08', name: 'Sukkot (Festa delle Capanne), secondo giorno' },
      { date: '2025-10-13', name: 'Sukkot (Festa delle Capanne), settimo giorno (Hoshanà Rabbà)' },
      { date: '2025-10-14', name: 'Sukkot (Festa delle Capanne), ottavo giorno (Sheminì Atzeret)' },
      { date: '2025-10-15', name: 'Simchat Torà (Festa della Legge)' },
    ]);
  });

  it.each([
    ['2025-10-02', 'Yom Kippur (digiuno di espiazione)', 'Yom Kippur 5786'],
    ['2025-09-23', 'Rosh Hashanà (Capodanno), primo giorno', 'Rosh Hashanà 5786 begins the evening of 22 September'],
    ['2025-09-24', 'Rosh Hashanà (Capodanno), secondo giorno', ''],
    ['2026-04-02', 'Pesach (Pasqua), primo giorno', '15 Nisan 5786'],
    ['2026-04-03', 'Pesach (Pasqua), secondo giorno', ''],
    ['2026-04-01', 'Vigilia di Pesach (Pasqua)', 'art. 5 c.1 e): the eve is listed'],
  ])('%s is %s (%s)', (date, name) => {
    expect(computedJewishHolidays(Number(date.slice(0, 4)))).toContainEqual({ date, name });
  });

  it('the fast of 9 Av moves to Sunday 10 Av when 9 Av is a Saturday (2016: Sunday 14 August)', () => {
    expect(computedJewishHolidays(2016)).toContainEqual({
      date: '2016-08-14',
      name: 'Digiuno del 9 di Av (rinviato al 10 di Av: il 9 cade di sabato)',
    });
    expect(dates(2016)).not.toContain('2016-08-13');
  });

  // Independent of the hebcal event names the module maps: the Hebrew dates of art. 5 c.1, converted
  // with hebcal's own Hebrew → absolute day conversion, for every year from 2000 to 2040.
  it('every year 2000–2040 holds exactly the art. 5 c.1 Hebrew dates', () => {
    const HDateClass = getHolidaysForYearArray(5786, false)[0].getDate().constructor as typeof HDate;
    const [NISAN, SIVAN, AV, TISHREI] = [1, 3, 5, 7];
    const ART5: [number, number][] = [
      [TISHREI, 1],
      [TISHREI, 2],
      [TISHREI, 9],
      [TISHREI, 10],
      [TISHREI, 15],
      [TISHREI, 16],
      [TISHREI, 21],
      [TISHREI, 22],
      [TISHREI, 23],
      [NISAN, 14],
      [NISAN, 15],
      [NISAN, 16],
      [NISAN, 21],
      [NISAN, 22],
      [SIVAN, 6],
      [SIVAN, 7],
    ];
    // Rata Die 1 = Monday 0001-01-01; 719163 = 1970-01-01.
    const isoOf = (abs: number) => addDays('1970-01-01', abs - 719_163);
    for (let year = 2000; year <= 2040; year++) {
      const expected: string[] = [];
      for (const hy of [year + 3760, year + 3761]) {
        for (const [month, day] of ART5) expected.push(isoOf(HDateClass.hebrew2abs(hy, month, day)));
        const av9 = HDateClass.hebrew2abs(hy, AV, 9);
        expected.push(isoOf(av9 % 7 === 6 ? av9 + 1 : av9));
      }
      expect(dates(year)).toEqual(expected.filter((d) => d.startsWith(`${year}-`)).sort());
    }
  });

  it('is memoised and frozen', () => {
    expect(computedJewishHolidays(2030)).toBe(computedJewishHolidays(2030));
    expect(Object.isFrozen(computedJewishHolidays(2030))).toBe(true);
  });

  it.each([1899, 2201, 2025.5])('refuses year %p', (y) => {
    expect(() => computedJewishHolidays(y)).toThrow(/computed for 1900–2200/);
  });
});

describe('Waldensian holidays: no day has a legal source, the computed table is empty (L. 449/1984)', () => {
  it.each([2025, 2026, 2030])('%i', (y) => {
    expect(computedWaldensianHolidays(y)).toEqual([]);
    expect(stresa.religiousHolidays(y).waldensian).toEqual([]);
  });
});

describe('the entity replaces a year of the table (D2: "editable by the entity")', () => {
  const edited = calendarFor({
    ...STRESA_SETTINGS,
    religiousHolidays: {
      '2026': {
        jewish: [
          { date: '2026-09-21', name: 'Kippur (Espiazione)' },
          { date: '2026-10-04', name: 'Sheminì Atzeret e Simchat Torà (Festa della Legge)' },
        ],
        waldensian: [{ date: '2026-02-17', name: 'XVII Febbraio (delibera di Giunta n. 1/2026)' }],
      },
      '2027': { jewish: [] },
    },
  });

  it('the override replaces the computed list for that year only', () => {
    expect(edited.religiousHolidays(2026)).toEqual({
      year: 2026,
      jewish: [
        { date: '2026-09-21', name: 'Kippur (Espiazione)' },
        { date: '2026-10-04', name: 'Sheminì Atzeret e Simchat Torà (Festa della Legge)' },
      ],
      waldensian: [{ date: '2026-02-17', name: 'XVII Febbraio (delibera di Giunta n. 1/2026)' }],
      source: { jewish: 'entity', waldensian: 'entity' },
    });
    expect(edited.examForbiddenReasons('2026-09-21')).toEqual(['festività ebraica: Kippur (Espiazione)']);
    // Computed for 2026 but not in the entity's list: no longer a Jewish holiday for this entity.
    expect(edited.examForbiddenReasons('2026-09-20')).toEqual(['domenica (giorno festivo)']);
    expect(edited.examForbiddenReasons('2026-04-02')).toEqual([]);
    expect(edited.examForbiddenReasons('2026-02-17')).toEqual([
      'festività valdese: XVII Febbraio (delibera di Giunta n. 1/2026)',
    ]);
  });

  it('an empty list is a deliberate "none"; other years stay computed', () => {
    expect(edited.religiousHolidays(2027).jewish).toEqual([]);
    expect(edited.religiousHolidays(2027).source).toEqual({ jewish: 'entity', waldensian: 'computed' });
    expect(edited.religiousHolidays(2025)).toMatchObject({ source: { jewish: 'computed', waldensian: 'computed' } });
    expect(edited.examForbiddenReasons('2025-10-02')).toEqual([
      'festività ebraica: Yom Kippur (digiuno di espiazione)',
    ]);
  });

  it('religious holidays never close the office: term arithmetic is unchanged', () => {
    expect(edited.isOfficeOpen('2026-09-21')).toBe(true);
    expect(stresa.isOfficeOpen('2025-10-02')).toBe(true);
  });

  it.each([
    [
      { '2026': { jewish: [{ date: '2025-10-02', name: 'Kippur' }] } },
      ['religiousHolidays', '2026', 'jewish', 0, 'date'],
    ],
    [{ '26': { jewish: [] } }, ['religiousHolidays', '26']],
    [
      { '2026': { waldensian: [{ date: '2026-02-30', name: 'x' }] } },
      ['religiousHolidays', '2026', 'waldensian', 0, 'date'],
    ],
    [{ '2026': { jewish: [{ date: '2026-09-21', name: '' }] } }, ['religiousHolidays', '2026', 'jewish', 0, 'name']],
  ])('the schema refuses %j', (religiousHolidays, path) => {
    const r = calendarSettingsSchema.safeParse({ ...STRESA_SETTINGS, religiousHolidays });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(path);
  });
});

describe('a whole year of exam restrictions on the Stresa calendar', () => {
  it('2025: Sundays, national holidays, 7 December and the Jewish table; nothing else, never Saturday', () => {
    const counts: Record<string, number> = {};
    for (let i = 0; i <= diffDays('2025-12-31', '2025-01-01'); i++) {
      const d = addDays('2025-01-01', i);
      for (const r of stresa.examRestrictions(d)) counts[r.code] = (counts[r.code] ?? 0) + 1;
      if (new Date(`${d}T00:00:00Z`).getUTCDay() === 6) {
        expect(stresa.examRestrictions(d).every((r) => r.code === 'jewishHoliday' || r.code === 'holiday')).toBe(true);
      }
    }
    // 52 Sundays; 12 national holidays in date-holidays (with Easter Sunday); one patron day; 17 Jewish days.
    expect(counts).toEqual({ sunday: 52, holiday: 12, patronDay: 1, jewishHoliday: 17 });
  });
});
