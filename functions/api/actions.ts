/** A human act on a procedure: validate, authorize, run the transition synchronously, answer with its outcome. */
import type { z } from 'zod';
import { clock } from '../../shared/clock';
import { actorOf, hasRole } from '../../shared/http/actor';
import { type HttpRequest, httpHandler } from '../../shared/http/handler';
import { problems } from '../../shared/http/problem';
import { parseProcedureId, routes } from '../../shared/http/router';
import { clockOperationSchema } from '../../shared/procedures/clock';
import { approvalSchema, ratificationSchema } from '../../shared/procedures/concorso/approval-schemas';
import {
  appointBoardSchema,
  boardDeclarationSchema,
  examCalendarSchema,
  replaceBoardMemberSchema,
} from '../../shared/procedures/concorso/board-schemas';
import { deanonymiseSchema, marksSchema, startTestSchema } from '../../shared/procedures/concorso/marking-schemas';
import { oralSessionSchema, preferenceDocumentsSchema } from '../../shared/procedures/concorso/oral-schemas';
import { regularisationSchema, regularisedSchema } from '../../shared/procedures/concorso/regularisation-schemas';
import {
  amendBandoSchema,
  delayReportSchema,
  determineAdmissionSchema,
  exclusionsPostedSchema,
  publicationSchema,
  publishGuriSchema,
  reopenTermsSchema,
  revokeBandoSchema,
} from '../../shared/procedures/concorso/schemas';
import { evaluateTitlesSchema, lockTitlesSchema } from '../../shared/procedures/concorso/titles-schemas';
import { manualDeliverySchema } from '../../shared/procedures/legal-communications';
import { runTransition } from '../../shared/workflow/executor';

/**
 * An act on a concorso as one synchronous transition, by an HR officer unless `role` says otherwise (the
 * graduatoria is approved by the HR head). `payload` picks what the state machine receives (the body by
 * default); the version the form was built on travels as `expectedVersion`.
 */
function act<S extends z.ZodType<{ expectedVersion: number }>>(
  action: string,
  body: S,
  {
    payload = (req) => req.body as Record<string, unknown>,
    roles = ['HR_OFFICER'],
  }: {
    payload?: (req: HttpRequest<z.infer<S>>) => Record<string, unknown>;
    /** Who may act, in order of precedence: the first the user holds is the role they act in. */
    roles?: readonly ('HR_OFFICER' | 'HR_HEAD' | 'COMMISSIONER')[];
  } = {},
) {
  return httpHandler({ body }, async (req) => {
    const actor = actorOf(req.event);
    const { entityId, id } = parseProcedureId(req.params.id);
    const role = roles.find((r) => hasRole(actor, entityId, r));
    if (!role) throw problems.forbidden();
    const outcome = await runTransition('concorso', {
      entityId,
      procedureId: id,
      action,
      expectedVersion: req.body.expectedVersion,
      actor: { id: actor.id, name: actor.name, role },
      payload: payload(req as HttpRequest<z.infer<S>>),
      requestedAt: clock.now().toISOString(),
    });
    return { status: 200, body: outcome };
  });
}

export const handler = routes({
  'POST /api/v1/procedures/{id}/actions/publish-guri': act('publish-guri', publishGuriSchema),
  'POST /api/v1/procedures/{id}/actions/amend-bando': act('amend-bando', amendBandoSchema),
  'POST /api/v1/procedures/{id}/actions/reopen-terms': act('reopen-terms', reopenTermsSchema),
  'POST /api/v1/procedures/{id}/actions/revoke-bando': act('revoke-bando', revokeBandoSchema),
  'POST /api/v1/procedures/{id}/actions/determine-admission': act('determine-admission', determineAdmissionSchema),
  'POST /api/v1/procedures/{id}/actions/record-exclusions-posted': act(
    'record-exclusions-posted',
    exclusionsPostedSchema,
  ),
  'POST /api/v1/procedures/{id}/actions/record-delivery': act('record-delivery', manualDeliverySchema),
  'POST /api/v1/procedures/{id}/actions/appoint-board': act('appoint-board', appointBoardSchema),
  'POST /api/v1/procedures/{id}/actions/board-declaration': act('board-declaration', boardDeclarationSchema),
  'POST /api/v1/procedures/{id}/actions/replace-board-member': act('replace-board-member', replaceBoardMemberSchema),
  'POST /api/v1/procedures/{id}/actions/set-exam-calendar': act('set-exam-calendar', examCalendarSchema),
  'POST /api/v1/procedures/{id}/actions/start-test': act('start-test', startTestSchema),
  // A commissioner signed in gives their own marks; HR may enter a commissioner's signed sheet.
  'POST /api/v1/procedures/{id}/actions/record-marks': act('record-marks', marksSchema, {
    roles: ['HR_OFFICER', 'COMMISSIONER'],
  }),
  'POST /api/v1/procedures/{id}/actions/deanonymise': act('deanonymise', deanonymiseSchema),
  'POST /api/v1/procedures/{id}/actions/record-oral-session': act('record-oral-session', oralSessionSchema),
  'POST /api/v1/procedures/{id}/actions/record-preference-documents': act(
    'record-preference-documents',
    preferenceDocumentsSchema,
  ),
  'POST /api/v1/procedures/{id}/actions/record-publication': act('record-publication', publicationSchema),
  'POST /api/v1/procedures/{id}/actions/record-delay-report': act('record-delay-report', delayReportSchema),
  'POST /api/v1/procedures/{id}/actions/request-regularisation': act('request-regularisation', regularisationSchema),
  'POST /api/v1/procedures/{id}/actions/record-regularised': act('record-regularised', regularisedSchema),
  'POST /api/v1/procedures/{id}/actions/evaluate-titles': act('evaluate-titles', evaluateTitlesSchema),
  'POST /api/v1/procedures/{id}/actions/lock-titles': act('lock-titles', lockTitlesSchema),
  'POST /api/v1/procedures/{id}/actions/approve-graduatoria': act('approve-graduatoria', approvalSchema, {
    roles: ['HR_HEAD'],
  }),
  // The Giunta's delibera is an act of another organ: HR records it.
  'POST /api/v1/procedures/{id}/actions/ratify-graduatoria': act('ratify-graduatoria', ratificationSchema),
  // A clock operation on one of the procedure's terms: a transition like any other act (audited, versioned).
  'POST /api/v1/procedures/{id}/deadlines/{deadlineId}/clock': act('deadline-clock', clockOperationSchema, {
    payload: (req) => ({ deadlineId: req.params.deadlineId, operation: req.body }),
  }),
});
