/**
 * The concorso's publication register (spec/anticorruption-massa-carrara.md §3: P-02, X-01..X-04, T-29;
 * ROUS artt. 91, 96, 98): each publication duty is data; the concorso's acts make a duty due; the officer
 * records where and when it was published (the URL); each publication stays online five years from
 * 1 January of the following year, and in any case while the act has effects (000:L487). Pure.
 */
import { addMonthsClamped, romeDateOf } from '../../calendar/dates';
import { type FieldError, problems } from '../../http/problem';
import type { ActorRef } from '../model';
import type { Concorso, ConcorsoDecision } from './concorso';

export type PublicationPlace = 'GURI' | 'ALBO_PRETORIO' | 'SITO_WEB' | 'AMMINISTRAZIONE_TRASPARENTE';

export const PLACE_LABELS: Record<PublicationPlace, string> = {
  GURI: 'Gazzetta Ufficiale, 4ª serie speciale',
  ALBO_PRETORIO: 'Albo pretorio on line',
  SITO_WEB: 'Sito istituzionale',
  AMMINISTRAZIONE_TRASPARENTE: 'Amministrazione trasparente › Bandi di concorso',
};

export interface PublicationDuty {
  id: string;
  what: string;
  where: PublicationPlace[];
  /** Italian: when it is due. */
  when: string;
  basis: string;
}

/** The duties a concorso has, in the order they arise. */
export const PUBLICATION_DUTIES: readonly PublicationDuty[] = [
  {
    id: 'BANDO',
    what: 'Bando di concorso',
    where: ['GURI', 'ALBO_PRETORIO', 'SITO_WEB', 'AMMINISTRAZIONE_TRASPARENTE'],
    when: 'alla pubblicazione; all’albo per 30 giorni',
    basis: 'art. 19 c.1 D.Lgs. 33/2013; art. 35-ter D.Lgs. 165/2001 (X-01); ROUS art. 85',
  },
  {
    id: 'DIARIO_PROVE',
    what: 'Diario delle prove',
    where: ['ALBO_PRETORIO', 'SITO_WEB'],
    when: 'almeno 20 giorni prima della prima prova',
    basis: 'ROUS art. 91 c.1 (T11)',
  },
  {
    id: 'TRACCE_SCRITTE',
    what: 'Tracce delle prove scritte',
    where: ['AMMINISTRAZIONE_TRASPARENTE'],
    when: 'dopo lo svolgimento della prova',
    basis: 'art. 19 c.1 D.Lgs. 33/2013 (X-03)',
  },
  {
    id: 'ESITO_TITOLI',
    what: 'Esito della valutazione dei titoli',
    where: ['ALBO_PRETORIO', 'SITO_WEB'],
    when: 'prima della prova orale',
    basis: 'ROUS art. 90 c.1; decisione D3 C2',
  },
  {
    id: 'AMMESSI_ORALE',
    what: 'Elenco dei candidati ammessi alla prova orale, con i voti',
    where: ['ALBO_PRETORIO', 'SITO_WEB'],
    when: 'subito, alla fine della correzione',
    basis: 'ROUS art. 96 c.5 (T21)',
  },
  {
    id: 'ESITI_ORALE',
    what: 'Esiti di ciascuna seduta della prova orale',
    where: ['ALBO_PRETORIO', 'SITO_WEB'],
    when: 'al termine di ogni seduta',
    basis: 'ROUS art. 98 c.3 (T20)',
  },
  {
    id: 'GRADUATORIA',
    what: 'Graduatoria finale, aggiornata a ogni scorrimento',
    where: ['ALBO_PRETORIO', 'SITO_WEB', 'AMMINISTRAZIONE_TRASPARENTE'],
    when: 'all’approvazione e a ogni assunzione per scorrimento',
    basis: 'art. 19 c.1 D.Lgs. 33/2013 (X-04); ROUS art. 101',
  },
];

export interface RecordedPublication {
  publishedOn: string;
  url: string;
  recordedBy: string;
}

export interface RegisterEntry extends PublicationDuty {
  /** The act that made it due, with its date; undefined while not yet due. */
  act?: string;
  dueFrom?: string;
  status: 'NON_ANCORA_DOVUTA' | 'DA_PUBBLICARE' | 'PUBBLICATA';
  published?: RecordedPublication;
  /** Until when it stays online (T-29). */
  keepUntil?: string;
}

/** Five years from 1 January of the year after publication, and at least while the act has effects. */
export function keepUntil(publishedOn: string, effectsUntil?: string): string {
  const fiveYears = addMonthsClamped(`${Number(publishedOn.slice(0, 4)) + 1}-01-01`, 60);
  return effectsUntil && effectsUntil > fiveYears ? effectsUntil : fiveYears;
}

/** When each duty fell due, from the concorso's own record. */
function dueOf(state: Concorso): Record<string, { act: string; date: string } | undefined> {
  const d = state.data;
  const cal = d.examCalendar;
  const written = d.tests?.find((t) => t.kind === 'WRITTEN');
  const firstSession = d.oralSessions?.[0];
  return {
    BANDO: d.publication ? { act: d.publication.guriReference, date: d.publication.guriPublicationDate } : undefined,
    DIARIO_PROVE: cal ? { act: `${cal.minutes.number} del ${cal.minutes.date}`, date: cal.publishedOn } : undefined,
    TRACCE_SCRITTE: written ? { act: `Prova scritta del ${written.heldOn}`, date: written.heldOn } : undefined,
    ESITO_TITOLI: d.titles?.publishedOn
      ? { act: 'Chiusura della valutazione dei titoli', date: d.titles.publishedOn }
      : undefined,
    AMMESSI_ORALE: d.oralAdmission
      ? { act: 'Abbinamento dei nomi agli elaborati', date: d.oralAdmission.publishedAt.slice(0, 10) }
      : undefined,
    ESITI_ORALE: firstSession ? { act: `Seduta ${firstSession.sessionId}`, date: firstSession.date } : undefined,
    GRADUATORIA: d.graduatoria
      ? { act: `Atto n. ${d.graduatoria.approval.number}`, date: d.graduatoria.approval.date }
      : undefined,
  };
}

/** The register: every duty with its state; a duty that cannot arise in this concorso is left out. */
export function publicationRegister(state: Concorso): RegisterEntry[] {
  const due = dueOf(state);
  const recorded = state.data.publications ?? {};
  return PUBLICATION_DUTIES.filter(
    (duty) => duty.id !== 'ESITO_TITOLI' || state.data.bando.competitionType === 'PER_TITOLI_ED_ESAMI',
  ).map((duty) => {
    const made = due[duty.id];
    const published = recorded[duty.id];
    const effects = duty.id === 'GRADUATORIA' ? state.data.graduatoria?.validUntil : undefined;
    return {
      ...duty,
      ...(made ? { act: made.act, dueFrom: made.date } : {}),
      status: published ? 'PUBBLICATA' : made ? 'DA_PUBBLICARE' : 'NON_ANCORA_DOVUTA',
      ...(published ? { published, keepUntil: keepUntil(published.publishedOn, effects) } : {}),
    };
  });
}

/** Where and when a due publication was made: the register's evidence (the URL of the published page). */
export function recordPublication(
  state: Concorso,
  input: { dutyId: string; publishedOn: string; url: string },
  actor: ActorRef,
  ctx: { now: Date },
): ConcorsoDecision {
  const entry = publicationRegister(state).find((e) => e.id === input.dutyId);
  if (!entry)
    throw problems.validation([{ field: 'dutyId', message: 'Pubblicazione non prevista per questo concorso.' }]);
  const errors: FieldError[] = [];
  if (entry.status === 'NON_ANCORA_DOVUTA') {
    throw problems.wrongPhase(`${entry.what}: l'atto da pubblicare non è ancora stato adottato.`);
  }
  if (input.publishedOn > romeDateOf(ctx.now))
    errors.push({ field: 'publishedOn', message: 'La data non può essere futura.' });
  if (entry.dueFrom && input.publishedOn < entry.dueFrom) {
    errors.push({ field: 'publishedOn', message: "La pubblicazione non può precedere l'atto." });
  }
  if (errors.length) throw problems.validation(errors);
  const published: RecordedPublication = { publishedOn: input.publishedOn, url: input.url, recordedBy: actor.id };
  return {
    phase: state.phase,
    data: { ...state.data, publications: { ...(state.data.publications ?? {}), [input.dutyId]: published } },
    events: [
      {
        type: 'PUBLICATION_RECORDED',
        actor,
        legalDate: input.publishedOn,
        payload: {
          dutyId: input.dutyId,
          what: entry.what,
          url: input.url,
          // Republished (a graduatoria after a scorrimento): the earlier record stays in the audit.
          again: entry.status === 'PUBBLICATA',
          keepUntil: keepUntil(
            input.publishedOn,
            input.dutyId === 'GRADUATORIA' ? state.data.graduatoria?.validUntil : undefined,
          ),
          basis: entry.basis,
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}
