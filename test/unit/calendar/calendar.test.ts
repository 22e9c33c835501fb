import { calendarFor, calendarSettingsSchema, nationalHoliday } from '../../../shared/calendar';
import { STRESA_SETTINGS } from './stresa-settings';

const stresa = calendarFor(STRESA_SETTINGS);
const saturdayOpen = calendarFor({ ...STRESA_SETTINGS, saturdayClosed: false });

describe('Stresa office calendar: closed days (ROUS art. 19 c.4, L603; art. 122 c.18, L1973; D2)', () => {
  it.each([
    ['2025-01-01', 'festività nazionale: Capodanno'],
    ['2025-01-06', 'festività nazionale: Epifania'],
    ['2025-04-20', 'domenica; festività nazionale: Domenica di Pasqua'],
    ['2025-04-21', "festività nazionale: Lunedì dell'Angelo"],
    ['2025-04-25', 'festività nazionale: Liberazione dal nazifascismo (1945)'],
    ['2025-05-01', 'festività nazionale: Festa del lavoro'],
    ['2025-06-02', 'festività nazionale: Festa della Repubblica'],
    ['2025-08-15', 'festività nazionale: Assunzione di Maria'],
    ['2025-11-01', 'sabato (uffici chiusi); festività nazionale: Ognissanti'],
    ['2025-12-07', 'domenica; santo patrono: festa patronale cittadina'],
    ['2025-12-08', 'festività nazionale: Immacolata Concezione'],
    ['2025-12-25', 'festività nazionale: Natale di Gesù'],
    ['2025-12-26', 'festività nazionale: Santo Stefano'],
    ['2026-12-07', 'santo patrono: festa patronale cittadina'],
    ['2025-10-04', 'sabato (uffici chiusi)'],
    ['2025-10-05', 'domenica'],
    ['2026-10-04', "domenica; festività nazionale: Festa nazionale di San Francesco d'Assisi"],
    ['2027-10-04', "festività nazionale: Festa nazionale di San Francesco d'Assisi"],
  ])('%s is closed: %s', (d, reason) => {
    expect(stresa.closedReason(d)).toBe(reason);
    expect(stresa.isOfficeOpen(d)).toBe(false);
  });

  it.each(['2025-03-04', '2025-04-22', '2025-06-03', '2025-10-03', '2025-10-06', '2025-12-09', '2024-10-04'])(
    '%s is an office day',
    (d) => {
      expect(stresa.closedReason(d)).toBeNull();
      expect(stresa.isOfficeOpen(d)).toBe(true);
    },
  );
});

describe('4 October: national holiday from 2026 only (date-holidays 3.37)', () => {
  it.each([
    ['2024-10-04', null],
    ['2025-10-04', null],
    ['2026-10-04', "Festa nazionale di San Francesco d'Assisi"],
    ['2027-10-04', "Festa nazionale di San Francesco d'Assisi"],
  ])('nationalHoliday(%s) = %p', (d, name) => {
    expect(nationalHoliday(d)).toBe(name);
  });
});

describe('Saturday is an entity setting (D2: L603 closes offices, L5525 counts it for attendance only)', () => {
  it('Saturday 2025-10-04 is open when saturdayClosed is false', () => {
    expect(saturdayOpen.closedReason('2025-10-04')).toBeNull();
  });
  it('Sunday and holidays stay closed', () => {
    expect(saturdayOpen.closedReason('2025-10-05')).toBe('domenica');
    expect(saturdayOpen.closedReason('2025-11-01')).toBe('festività nazionale: Ognissanti');
  });
});

describe('patron days and extraordinary closures are entity data', () => {
  const other = calendarFor({
    saturdayClosed: false,
    patronDays: [{ month: 6, day: 24, name: 'San Giovanni Battista' }],
    extraClosedDays: [{ date: '2025-08-14', reason: 'ponte di Ferragosto (delibera di Giunta)' }],
  });
  it.each([
    ['2025-06-24', 'santo patrono: San Giovanni Battista'],
    ['2025-08-14', 'chiusura straordinaria: ponte di Ferragosto (delibera di Giunta)'],
    ['2025-12-07', 'domenica'],
    ['2026-12-07', null],
  ])('%s → %p', (d, reason) => {
    expect(other.closedReason(d)).toBe(reason);
  });
});

describe('calendarSettingsSchema refuses malformed settings', () => {
  it.each([
    [{ saturdayClosed: 'yes', patronDays: [] }, 'saturdayClosed'],
    [{ saturdayClosed: true, patronDays: [{ month: 2, day: 30, name: 'x' }] }, 'patronDays'],
    [{ saturdayClosed: true, patronDays: [{ month: 13, day: 1, name: 'x' }] }, 'patronDays'],
    [{ saturdayClosed: true, patronDays: [{ month: 12, day: 7, name: '' }] }, 'patronDays'],
    [
      { saturdayClosed: true, patronDays: [], extraClosedDays: [{ date: '2025-02-29', reason: 'x' }] },
      'extraClosedDays',
    ],
  ])('%j (problem at %s)', (settings, path) => {
    const r = calendarSettingsSchema.safeParse(settings);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path[0]).toBe(path);
    expect(() => calendarFor(settings as never)).toThrow();
  });

  it('accepts 29 February as a recurring date', () => {
    expect(
      calendarSettingsSchema.safeParse({ saturdayClosed: true, patronDays: [{ month: 2, day: 29, name: 'x' }] })
        .success,
    ).toBe(true);
  });
});
