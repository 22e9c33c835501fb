import type { CalendarSettings, TermRule } from '../../../shared/calendar';

/**
 * Città di Stresa office calendar as the tests use it: offices closed on Saturday (ROUS art. 19 c.4,
 * L603) and on the patron day, 7 December (art. 122 c.18, L1973). The seed names the feast only as
 * "festa patronale cittadina", not the saint, so neither do we.
 */
export const STRESA_SETTINGS: CalendarSettings = {
  saturdayClosed: true,
  patronDays: [{ month: 12, day: 7, name: 'festa patronale cittadina', citation: 'ROUS art. 122 c.18, L1973' }],
};

/** A 30-calendar-day term binding the candidate (art. 85 c.1, L1441), to vary per test. */
export const testRule = (over: Partial<TermRule> = {}): TermRule => ({
  id: 'test.term',
  label: 'Termine di prova',
  anchor: 'GURI_PUBLICATION',
  kind: 'deadline',
  procedures: ['concorso'],
  quantity: 30,
  unit: 'calendarDays',
  binds: 'privateParty',
  peremptory: true,
  onExpiry: 'close',
  reminders: [],
  citation: { source: 'seed', file: '004_29fc22527282130e.txt', article: 'art. 85', paragraph: 'c. 1', lines: 'L1441' },
  ...over,
});
