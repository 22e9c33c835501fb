import type { CalendarSettings } from '../../../shared/calendar';

/**
 * Città di Stresa office calendar as the tests use it: offices closed on Saturday (ROUS art. 19 c.4,
 * L603) and on the patron day, 7 December (art. 122 c.18, L1973). The seed names the feast only as
 * "festa patronale cittadina", not the saint, so neither do we.
 */
export const STRESA_SETTINGS: CalendarSettings = {
  saturdayClosed: true,
  patronDays: [{ month: 12, day: 7, name: 'festa patronale cittadina', citation: 'ROUS art. 122 c.18, L1973' }],
};
