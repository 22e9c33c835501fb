/**
 * The entities (enti) one install serves, with their own settings (DESIGN.md §3). Seeded for the demo and
 * the fixtures; an entity edits its own copy (patron day, Saturday, officers) without a release.
 */
import { type Calendar, type CalendarSettings, calendarFor } from '../calendar/calendar';

export interface Entity {
  id: string;
  name: string;
  kind: 'comune' | 'provincia';
  hrOffice: { name: string; address: string; email: string };
  sender: string;
  calendar: CalendarSettings;
  defaultRuleSets: { concorso: string };
}

export const ENTITIES: readonly Entity[] = [
  {
    id: 'stresa',
    name: 'Città di Stresa',
    kind: 'comune',
    hrOffice: {
      name: 'Servizio Gestione Risorse Umane',
      address: 'Piazza Matteotti 6, 28838 Stresa (VB)',
      email: 'personale@comune.stresa.example',
    },
    sender: 'procedimenti@comune.stresa.example',
    // Offices closed on Saturday (ROUS, L603); patron day 7 December (art. 122 c.18, L1973).
    calendar: {
      saturdayClosed: true,
      patronDays: [{ month: 12, day: 7, name: 'festa patronale di Stresa', citation: 'ROUS art. 122 c.18, L1973' }],
    },
    defaultRuleSets: { concorso: 'stresa-rous@1' },
  },
  {
    id: 'massacarrara',
    name: 'Provincia di Massa-Carrara',
    kind: 'provincia',
    hrOffice: {
      name: 'Servizio Personale',
      address: 'Piazza Aranci 35, 54100 Massa (MS)',
      email: 'personale@provincia.ms.example',
    },
    sender: 'procedimenti@provincia.ms.example',
    // San Francesco, 4 October (anticorruption-massa-carrara.md §6: not in the seeds; entity setting).
    calendar: {
      saturdayClosed: true,
      patronDays: [{ month: 10, day: 4, name: 'San Francesco (patrono di Massa)' }],
    },
    defaultRuleSets: { concorso: 'stresa-rous@1' },
  },
  {
    id: 'lucca',
    name: 'Provincia di Lucca',
    kind: 'provincia',
    hrOffice: {
      name: 'Servizio Risorse Umane',
      address: 'Piazza Napoleone 1, 55100 Lucca (LU)',
      email: 'personale@provincia.lucca.example',
    },
    sender: 'procedimenti@provincia.lucca.example',
    // San Paolino, 12 July: not in the seeds, set by the entity.
    calendar: { saturdayClosed: true, patronDays: [{ month: 7, day: 12, name: 'San Paolino (patrono di Lucca)' }] },
    defaultRuleSets: { concorso: 'stresa-rous@1' },
  },
  {
    id: 'nuxis',
    name: 'Comune di Nuxis',
    kind: 'comune',
    hrOffice: {
      name: 'Ufficio Personale',
      address: 'Via Roma 1, 09010 Nuxis (SU)',
      email: 'personale@comune.nuxis.example',
    },
    sender: 'procedimenti@comune.nuxis.example',
    // The seeds give no patron day for Nuxis: the entity sets it in its calendar settings.
    calendar: { saturdayClosed: true, patronDays: [] },
    defaultRuleSets: { concorso: 'stresa-rous@1' },
  },
];

export function findEntity(id: string): Entity | undefined {
  return ENTITIES.find((e) => e.id === id);
}

/**
 * One calendar per entity, built (and validated) once per process: its memo of closed days then
 * serves every request. Built at module load, so a malformed entity calendar refuses to start.
 */
const calendars = new Map(ENTITIES.map((e) => [e.id, calendarFor(e.calendar)]));

export function calendarOf(entity: Entity): Calendar {
  return calendars.get(entity.id) ?? calendarFor(entity.calendar);
}
