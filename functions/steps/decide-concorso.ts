import { randomUUID } from 'node:crypto';
import { findEntity } from '../../shared/entities/entities';
import type { ConcorsoDecision } from '../../shared/procedures/concorso/concorso';
import {
  type ConcorsoTransition,
  decideConcorso,
  NEEDS_APPLICANTS,
  NEEDS_ORAL_SESSIONS,
  NEEDS_TESTS,
  NEEDS_TITLES,
} from '../../shared/procedures/concorso/transitions';
import { applicationsDigest, listApplications } from '../../shared/store/applications';
import { markedTests, oralSessions, sealedTables, titlesEvaluations } from '../../shared/store/marked-tests';
import type { Aggregate } from '../../shared/store/procedures';
import { writeSideRecords } from '../../shared/store/side-records';
import { entityCalendar } from '../../shared/workflow/calendars';
import type { TransitionRequest } from '../../shared/workflow/transition';
import { step } from './step';

interface Input {
  transition: ConcorsoTransition;
  request: TransitionRequest;
  loaded: Aggregate;
}

/** Gather what the transition needs beyond the aggregate (the applications digest at a close), then decide. */
export const handler = step(
  'decide-concorso',
  async ({ transition, request, loaded }: Input): Promise<ConcorsoDecision> => {
    // The anchor covers the applications recorded by the term's own instant; the sweeper fires a term only
    // after a settling margin, so every intake that started in time has committed by now.
    const needsDigest = transition === 'CLOSE_APPLICATIONS' || transition === 'END_POSTAL_GRACE';
    const upTo = loaded.deadlines.find((d) => d.id === request.payload.deadlineId)?.dueAt;
    const applications = needsDigest
      ? { ...(await applicationsDigest(request.entityId, request.procedureId, upTo)), recordedUpTo: upTo }
      : undefined;
    // The entity's current calendar (its HR head may have edited it): the seeded one otherwise.
    // The admission and the board's acts read the applications: who is admitted, where to write to them.
    const applicants = NEEDS_APPLICANTS.includes(transition)
      ? (await listApplications(request.entityId, request.procedureId)).map((a) => ({
          id: a.id,
          protocolNumber: a.protocolNumber,
          name: `${a.candidate.firstName} ${a.candidate.lastName}`,
          taxCode: a.candidate.taxCode,
          birthDate: a.candidate.birthDate,
          studyTitleObtainedOn: a.candidate.studyTitle?.obtainedOn,
          attachments: a.candidate.attachments,
          email: a.candidate.email,
          pec: a.candidate.pec,
          address: `${a.candidate.residence.street}, ${a.candidate.residence.postalCode} ${a.candidate.residence.municipality} (${a.candidate.residence.province})`,
        }))
      : undefined;
    const tests = NEEDS_TESTS.includes(transition)
      ? await markedTests(request.entityId, request.procedureId)
      : undefined;
    const sealed = transition === 'DEANONYMISE' ? await sealedTables(request.entityId, request.procedureId) : undefined;
    const sessions = NEEDS_ORAL_SESSIONS.includes(transition)
      ? await oralSessions(request.entityId, request.procedureId)
      : undefined;
    const titles = NEEDS_TITLES.includes(transition)
      ? await titlesEvaluations(request.entityId, request.procedureId)
      : undefined;
    const entity = findEntity(request.entityId);
    const calendar = entity ? await entityCalendar(entity) : undefined;
    const { sideRecords, ...decision } = decideConcorso(transition, loaded, request, {
      applications,
      applicants,
      tests,
      sealed,
      oralSessions: sessions,
      titles,
      newId: randomUUID,
      calendar,
    });
    // Large content-addressed items go before the transition, outside its transaction and payload.
    if (sideRecords?.length) await writeSideRecords(sideRecords);
    return decision;
  },
);
