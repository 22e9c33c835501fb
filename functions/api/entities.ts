/** The entity's calendar: read by staff, changed by the HR head with the act it rests on (versioned, kept). */
import { romeDateOf } from '../../shared/calendar/dates';
import { clock } from '../../shared/clock';
import { calendarChangeSchema } from '../../shared/entities/calendar-change';
import { findEntity } from '../../shared/entities/entities';
import { actorOf, requireRole } from '../../shared/http/actor';
import { httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { routes } from '../../shared/http/router';
import { getCalendarSettings, putCalendarSettings } from '../../shared/store/entity-settings';
import { entityCalendar } from '../../shared/workflow/calendars';

function entityOf(raw: string | undefined) {
  const entity = findEntity(raw ?? '');
  if (!entity) throw problems.notFound('Ente non trovato.');
  return entity;
}

const read = httpHandler({}, async ({ event, params, query }) => {
  const actor = actorOf(event);
  const entity = entityOf(params.entityId);
  requireRole(actor, 'HR_OFFICER', entity.id);
  const year = query.year ?? romeDateOf(clock.now()).slice(0, 4);
  if (!/^(19|20|21)\d\d$/.test(year)) throw problems.validation([{ field: 'year', message: 'Anno non valido.' }]);
  const [stored, calendar] = await Promise.all([getCalendarSettings(entity.id), entityCalendar(entity)]);
  return {
    status: 200,
    body: {
      entityId: entity.id,
      source: stored ? 'edited' : 'seed',
      version: stored?.version ?? 0,
      settings: stored?.settings ?? entity.calendar,
      updatedAt: stored?.updatedAt,
      updatedBy: stored?.updatedBy,
      basis: stored?.basis,
      year: Number(year),
      religiousHolidays: calendar.religiousHolidays(Number(year)),
    },
  };
});

const change = httpHandler({ body: calendarChangeSchema }, async ({ event, params, body }) => {
  const actor = actorOf(event);
  const entity = entityOf(params.entityId);
  requireRole(actor, 'HR_HEAD', entity.id);
  const saved = await putCalendarSettings(
    entity.id,
    body.settings,
    body.expectedVersion,
    { id: actor.id, name: actor.name, role: 'HR_HEAD' },
    body.basis,
    clock.now(),
  );
  return { status: 200, body: { entityId: entity.id, source: 'edited', ...saved } };
});

export const handler = routes({
  'GET /api/v1/entities/{entityId}/calendar': read,
  'POST /api/v1/entities/{entityId}/calendar': change,
});
