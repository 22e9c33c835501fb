/**
 * The calendar an entity's terms are computed with: its stored settings when the HR head has edited
 * them, otherwise the seeded defaults (shared/entities). Read on every use (one consistent GetItem):
 * a change applies to the next computation, everywhere at once. Built calendars are reused per
 * (entity, version), so their memo of closed days survives across requests.
 */
import { type Calendar, calendarFor } from '../calendar/calendar';
import { calendarOf, type Entity } from '../entities/entities';
import { getCalendarSettings } from '../store/entity-settings';

const built = new Map<string, Calendar>();

export async function entityCalendar(entity: Entity): Promise<Calendar> {
  const stored = await getCalendarSettings(entity.id);
  if (!stored) return calendarOf(entity);
  const key = `${entity.id}@${stored.version}`;
  let calendar = built.get(key);
  if (!calendar) {
    calendar = calendarFor(stored.settings);
    built.set(key, calendar);
  }
  return calendar;
}
