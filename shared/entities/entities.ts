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
  defaultRuleSets: { concorso: string; discipline?: string; mobility?: string; contract?: string };
  discipline: DisciplineSettings;
}

export interface OfficerRef {
  userId: string;
  name: string;
  email: string;
}

/**
 * Who holds the disciplinary authority (disciplinary-mobility-other.md §1.1, §2.3): the Segretario and
 * the UPD's members, as configurable membership (C-9), not constants.
 */
export interface DisciplineSettings {
  segretario: OfficerRef;
  upd: {
    members: OfficerRef[];
    presidentId: string;
    /** Collegio perfetto: every decision needs all members present (Allegato H art. 5 c.2, L3658). */
    collegial: boolean;
  };
}

const officer = (userId: string, name: string, domain: string): OfficerRef => ({
  userId,
  name,
  email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${domain}`,
});

/** A UPD of five (L3658-L3664): the Segretario presides (L3660), four members of staff. */
function upd(segretario: OfficerRef, others: OfficerRef[]): DisciplineSettings {
  return {
    segretario,
    upd: { members: [segretario, ...others], presidentId: segretario.userId, collegial: true },
  };
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
    discipline: upd(officer('segretario.stresa', 'Franco Galli', 'comune.stresa.example'), [
      officer('upd1.stresa', 'Elena Conti', 'comune.stresa.example'),
      officer('upd2.stresa', 'Marco Ferri', 'comune.stresa.example'),
      officer('upd3.stresa', 'Sara Villa', 'comune.stresa.example'),
      officer('upd4.stresa', 'Davide Riva', 'comune.stresa.example'),
    ]),
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
    discipline: upd(officer('segretario.massacarrara', 'Roberta Sarti', 'provincia.ms.example'), [
      officer('upd1.massacarrara', 'Piero Lenzi', 'provincia.ms.example'),
      officer('upd2.massacarrara', 'Chiara Baldi', 'provincia.ms.example'),
      officer('upd3.massacarrara', 'Ivo Tonini', 'provincia.ms.example'),
      officer('upd4.massacarrara', 'Rita Bassi', 'provincia.ms.example'),
    ]),
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
    discipline: upd(officer('segretario.lucca', 'Stefano Marchi', 'provincia.lucca.example'), [
      officer('upd1.lucca', 'Laura Pieri', 'provincia.lucca.example'),
      officer('upd2.lucca', 'Gino Tosi', 'provincia.lucca.example'),
      officer('upd3.lucca', 'Ada Meucci', 'provincia.lucca.example'),
      officer('upd4.lucca', 'Nello Guidi', 'provincia.lucca.example'),
    ]),
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
    discipline: upd(officer('segretario.nuxis', 'Efisio Melis', 'comune.nuxis.example'), [
      officer('upd1.nuxis', 'Bonaria Pinna', 'comune.nuxis.example'),
      officer('upd2.nuxis', 'Giorgio Usai', 'comune.nuxis.example'),
      officer('upd3.nuxis', 'Ignazio Loi', 'comune.nuxis.example'),
      officer('upd4.nuxis', 'Rosa Cocco', 'comune.nuxis.example'),
    ]),
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
