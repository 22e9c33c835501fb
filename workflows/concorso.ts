/** The concorso's state machine: its routes over the shared transition workflow (transition-workflow.ts). */
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import { TERMS } from '../shared/procedures/concorso/concorso';
import type { ConcorsoTransition } from '../shared/procedures/concorso/transitions';
import { action, type Route, TransitionWorkflow, type TransitionWorkflowProps } from './transition-workflow';

export type { TransitionSteps } from './transition-workflow';

const expiring = (termId: string) =>
  sfn.Condition.and(action('deadline-expired'), sfn.Condition.stringEquals('$.request.payload.termId', termId));

const route = (state: string, when: sfn.Condition, transition: ConcorsoTransition): Route => ({
  state,
  when,
  transition,
});

export function concorsoRoutes(): Route[] {
  return [
    route('PublishGuri', action('publish-guri'), 'PUBLISH_GURI'),
    route('AmendBando', action('amend-bando'), 'AMEND_BANDO'),
    route('ReopenTerms', action('reopen-terms'), 'REOPEN_TERMS'),
    route('RevokeBando', action('revoke-bando'), 'REVOKE_BANDO'),
    route('DetermineAdmission', action('determine-admission'), 'DETERMINE_ADMISSION'),
    route('RecordExclusionsPosted', action('record-exclusions-posted'), 'RECORD_EXCLUSIONS_POSTED'),
    route('RecordDelivery', action('record-delivery'), 'RECORD_DELIVERY'),
    route('PecReceipt', action('pec-receipt'), 'PEC_RECEIPT'),
    route('AppointExamBoard', action('appoint-board'), 'APPOINT_BOARD'),
    route('RecordBoardDeclaration', action('board-declaration'), 'RECORD_BOARD_DECLARATION'),
    route('ReplaceBoardMember', action('replace-board-member'), 'REPLACE_BOARD_MEMBER'),
    route('SetExamCalendar', action('set-exam-calendar'), 'SET_EXAM_CALENDAR'),
    route('StartTest', action('start-test'), 'START_TEST'),
    route('RecordMarks', action('record-marks'), 'RECORD_MARKS'),
    route('Deanonymise', action('deanonymise'), 'DEANONYMISE'),
    route('RecordOralSession', action('record-oral-session'), 'RECORD_ORAL_SESSION'),
    route('RecordPreferenceDocuments', action('record-preference-documents'), 'RECORD_PREFERENCE_DOCUMENTS'),
    route('ApproveGraduatoria', action('approve-graduatoria'), 'APPROVE_GRADUATORIA'),
    route('RatifyGraduatoria', action('ratify-graduatoria'), 'RATIFY_GRADUATORIA'),
    route('EvaluateTitles', action('evaluate-titles'), 'EVALUATE_TITLES'),
    route('LockTitles', action('lock-titles'), 'LOCK_TITLES'),
    route('RequestRegularisation', action('request-regularisation'), 'REQUEST_REGULARISATION'),
    route('RecordRegularised', action('record-regularised'), 'RECORD_REGULARISED'),
    route('RecordPublication', action('record-publication'), 'RECORD_PUBLICATION'),
    route('RecordDelayReport', action('record-delay-report'), 'RECORD_DELAY_REPORT'),
    route(
      'CloseApplications',
      sfn.Condition.or(expiring(TERMS.applicationDeadline), expiring(TERMS.reopenedApplicationDeadline)),
      'CLOSE_APPLICATIONS',
    ),
    route('EndPostalGrace', expiring(TERMS.postalGrace), 'END_POSTAL_GRACE'),
    route('RecordExpiry', action('deadline-expired'), 'RECORD_EXPIRY'),
    route('ClockOperation', action('deadline-clock'), 'CLOCK_OPERATION'),
  ];
}

export class ConcorsoWorkflow extends TransitionWorkflow {
  constructor(
    scope: ConstructorParameters<typeof TransitionWorkflow>[0],
    id: string,
    props: Omit<TransitionWorkflowProps, 'routes' | 'unknownActDetail'>,
  ) {
    super(scope, id, { ...props, routes: concorsoRoutes(), unknownActDetail: 'Atto non previsto per il concorso.' });
  }
}
