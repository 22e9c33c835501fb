import { z } from 'zod';
import { calendarSettingsSchema } from '../calendar/calendar';

/** A change of the entity's calendar settings: the whole new settings, the version it replaces, and the act. */
export const calendarChangeSchema = z.strictObject({
  expectedVersion: z.int().min(0),
  settings: z.strictObject(calendarSettingsSchema.shape),
  basis: z.string().trim().min(3, "Indicare l'atto su cui si fonda la modifica (es. decreto, delibera).").max(500),
});
