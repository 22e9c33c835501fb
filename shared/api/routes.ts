/**
 * The HTTP API's routes, declared once: infra/ creates an API Gateway route per entry, the OpenAPI
 * document is generated from it, and each handler module serves the entries that name it.
 */
import type { z } from 'zod';
import { computeTermSchema, examDateCheckSchema } from '../calendar/api-schemas';
import { calendarChangeSchema } from '../entities/calendar-change';
import { clockOperationSchema } from '../procedures/clock';
import { approvalSchema, ratificationSchema } from '../procedures/concorso/approval-schemas';
import {
  appointBoardSchema,
  boardDeclarationSchema,
  examCalendarSchema,
  replaceBoardMemberSchema,
} from '../procedures/concorso/board-schemas';
import { deanonymiseSchema, marksSchema, startTestSchema } from '../procedures/concorso/marking-schemas';
import { oralSessionSchema, preferenceDocumentsSchema } from '../procedures/concorso/oral-schemas';
import { regularisationSchema, regularisedSchema } from '../procedures/concorso/regularisation-schemas';
import {
  amendBandoSchema,
  applicationSchema,
  createConcorsoRequestSchema,
  delayReportSchema,
  determineAdmissionSchema,
  exclusionsPostedSchema,
  ownStatusSchema,
  paperApplicationSchema,
  publicationSchema,
  publishGuriSchema,
  reopenTermsSchema,
  revokeBandoSchema,
} from '../procedures/concorso/schemas';
import { evaluateTitlesSchema, lockTitlesSchema } from '../procedures/concorso/titles-schemas';
import { CONTRACT_ACT_SCHEMAS, CONTRACT_ACT_SUMMARIES } from '../procedures/contract/act-schemas';
import { graduatoriaSchema } from '../procedures/contract/graduatoria';
import { appointSchema, graduatoriaAnnulSchema, scorrimentoSchema } from '../procedures/contract/schemas';
import { DISCIPLINE_ACT_SCHEMAS, DISCIPLINE_ACT_SUMMARIES } from '../procedures/discipline/act-schemas';
import { openCaseSchema } from '../procedures/discipline/schemas';
import { manualDeliverySchema } from '../procedures/legal-communications';
import { MOBILITY_ACT_SCHEMAS, MOBILITY_ACT_SUMMARIES } from '../procedures/mobility/act-schemas';
import {
  handOffSchema,
  incomingNoticeSchema,
  internalRequestSchema,
  outgoingRequestSchema,
  secondedSchema,
} from '../procedures/mobility/schemas';

export type HandlerModule =
  | 'procedures'
  | 'actions'
  | 'applications'
  | 'public'
  | 'meta'
  | 'terms'
  | 'entities'
  | 'discipline'
  | 'contracts'
  | 'mobility';

export interface RouteSpec {
  method: 'GET' | 'POST';
  path: string;
  /** JWT: a signed-in user (Cognito on AWS, dev sign-in locally); NONE: public. */
  auth: 'JWT' | 'NONE';
  handler: HandlerModule;
  summary: string;
  body?: z.ZodType;
  success: number;
  /** What a success returns, when not JSON (a rendered document). */
  produces?: 'application/pdf' | 'text/html';
}

export const ROUTES: readonly RouteSpec[] = [
  {
    method: 'GET',
    path: '/api/openapi.json',
    auth: 'NONE',
    handler: 'meta',
    summary: 'This OpenAPI document',
    success: 200,
  },
  { method: 'GET', path: '/api/v1/me', auth: 'JWT', handler: 'meta', summary: 'The signed-in user', success: 200 },
  {
    method: 'GET',
    path: '/api/v1/entities',
    auth: 'NONE',
    handler: 'meta',
    summary: 'Entities served by this install',
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/entities/{entityId}/calendar',
    auth: 'JWT',
    handler: 'entities',
    summary: "The entity's calendar settings and the year's religious holidays (?year=)",
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/entities/{entityId}/calendar',
    auth: 'JWT',
    handler: 'entities',
    summary: 'Change the calendar settings (HR head), with the act they rest on; versioned and kept',
    body: calendarChangeSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures',
    auth: 'JWT',
    handler: 'procedures',
    summary: 'Create a concorso from its adopted bando (HR officer)',
    body: createConcorsoRequestSchema,
    success: 201,
  },
  {
    method: 'GET',
    path: '/api/v1/procedures',
    auth: 'JWT',
    handler: 'procedures',
    summary: "List the entity's procedures",
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/procedures/{id}',
    auth: 'JWT',
    handler: 'procedures',
    summary: 'A procedure with its deadlines (citation and computation trace)',
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/procedures/{id}/audit',
    auth: 'JWT',
    handler: 'procedures',
    summary: 'The audit timeline and its hash-chain verification',
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/procedures/{id}/publications',
    auth: 'JWT',
    handler: 'procedures',
    summary: "A concorso's publication register: what must be published, where, since when, until when, with the URL",
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/procedures/{id}/ranking',
    auth: 'JWT',
    handler: 'procedures',
    summary: "A concorso's approved ranking, every position explained with its citations",
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/procedures/{id}/graduatoria.pdf',
    auth: 'JWT',
    handler: 'procedures',
    summary: 'The approved graduatoria as the PDF to publish (application/pdf): every position explained',
    success: 200,
    produces: 'application/pdf',
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/actions/publish-guri',
    auth: 'JWT',
    handler: 'actions',
    summary: 'Record the publication of the notice in the Gazzetta Ufficiale; computes the application deadline',
    body: publishGuriSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/actions/amend-bando',
    auth: 'JWT',
    handler: 'actions',
    summary:
      'Amend the published bando (art. 82 c.2): the application term is extended by the time elapsed since publication',
    body: amendBandoSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/actions/reopen-terms',
    auth: 'JWT',
    handler: 'actions',
    summary: 'Reopen the terms once after the close (art. 87 c.1): a new term from the publication of the act',
    body: reopenTermsSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/actions/revoke-bando',
    auth: 'JWT',
    handler: 'actions',
    summary: 'Revoke the bando for reasons of public interest (art. 87 c.2): terms stop, every applicant is told',
    body: revokeBandoSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/actions/determine-admission',
    auth: 'JWT',
    handler: 'actions',
    summary:
      'The admission determination (art. 88): admitted, admitted with reserve, excluded with reason; exclusion letters by PEC or raccomandata A/R',
    body: determineAdmissionSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/actions/record-exclusions-posted',
    auth: 'JWT',
    handler: 'actions',
    summary: 'The exclusion letters by raccomandata A/R posted (T9: within 10 days of the determination)',
    body: exclusionsPostedSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/actions/record-delivery',
    auth: 'JWT',
    handler: 'actions',
    summary: "An exclusion letter's delivery evidence (A/R return card, signed receipt)",
    body: manualDeliverySchema,
    success: 200,
  },
  ...(
    [
      [
        'appoint-board',
        appointBoardSchema,
        'Appoint the examination board (art. 119): refused with every failed rule (seats, qualifications, gender third)',
      ],
      [
        'board-declaration',
        boardDeclarationSchema,
        "A board member's declaration (art. 35-bis D.Lgs. 165/2001, art. 119 c.4, conflict with the admitted)",
      ],
      [
        'replace-board-member',
        replaceBoardMemberSchema,
        'Replace a board member, with the cause; the board must stay regular',
      ],
      [
        'set-exam-calendar',
        examCalendarSchema,
        'The exam calendar (art. 91): only a board that may act; forbidden days and short notice refused; the admitted convoked',
      ],
      [
        'start-test',
        startTestSchema,
        'Open a written or practical test: a random code per paper handed in, the code table sealed apart; the absent withdrew',
      ],
      ['record-marks', marksSchema, "A commissioner's marks on a batch of papers (0-10 each): all accepted or none"],
      [
        'deanonymise',
        deanonymiseSchema,
        'Match the names to the papers: refused until every paper is marked; then the oral admission list is published',
      ],
      [
        'record-oral-session',
        oralSessionSchema,
        'An oral session (21/30 to pass, absent = withdrawn), published at its end; each who passed gets 15 days for the preference documents',
      ],
      [
        'record-preference-documents',
        preferenceDocumentsSchema,
        "A candidate's preference and reserve documents, within their 15 days (T15); late ones refused",
      ],
      [
        'record-delay-report',
        delayReportSchema,
        "The board's motivated report on a concorso past six months (art. 90 c.3, T10): collegial, sent to the Sindaco",
      ],
      [
        'record-publication',
        publicationSchema,
        'A due publication made (bando, calendar, written tests, oral lists, graduatoria): where (URL) and when',
      ],
      [
        'request-regularisation',
        regularisationSchema,
        'Ask a candidate to regularise a formal defect (art. 89 c.1) by PEC or raccomandata A/R; 10 days from receipt (D3 Q2)',
      ],
      ['record-regularised', regularisedSchema, 'The regularisation received within its term: the application goes on'],
      [
        'evaluate-titles',
        evaluateTitlesSchema,
        "The board's evaluation of a candidate's titles (Allegato I), as held on the application deadline",
      ],
      [
        'lock-titles',
        lockTitlesSchema,
        'Close and publish the titles evaluation: every admitted candidate evaluated; needed before matching names (D3 C2)',
      ],
      [
        'approve-graduatoria',
        approvalSchema,
        'HR head: approve the explained ranking (art. 99-101), valid three years, handed to contract formation',
      ],
      [
        'ratify-graduatoria',
        ratificationSchema,
        "Record the Giunta's optional ratification of the approved graduatoria (art. 102; D3 C3): once, changing no term",
      ],
    ] as const
  ).map(
    ([name, body, summary]): RouteSpec => ({
      method: 'POST',
      path: `/api/v1/procedures/{id}/actions/${name}`,
      auth: 'JWT',
      handler: 'actions',
      summary,
      body,
      success: 200,
    }),
  ),
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/deadlines/{deadlineId}/clock',
    auth: 'JWT',
    handler: 'actions',
    summary: 'Extend, suspend, resume, interrupt or reopen a running term, with its legal basis (audited)',
    body: clockOperationSchema,
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/terms/compute',
    auth: 'JWT',
    handler: 'terms',
    summary: 'Term calculator: rule, anchor date, entity → due date with trace and citation',
    body: computeTermSchema,
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/terms/rules',
    auth: 'JWT',
    handler: 'terms',
    summary: 'Rule sets and their terms (?ruleSet=, ?procedure=)',
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/terms/exam-date-check',
    auth: 'JWT',
    handler: 'terms',
    summary: 'Is a proposed exam date allowed (holidays, patron day, Jewish and Waldensian holidays, notice)?',
    body: examDateCheckSchema,
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/agenda',
    auth: 'JWT',
    handler: 'terms',
    summary: "Every running term of the entity's procedures, soonest first, overdue marked (?entity=)",
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/procedures/{id}/applications',
    auth: 'JWT',
    handler: 'applications',
    summary: 'Applications received',
    success: 200,
  },
  {
    method: 'POST',
    path: '/api/v1/procedures/{id}/paper-applications',
    auth: 'JWT',
    handler: 'applications',
    summary: 'Register a paper application (raccomandata, PEC, hand delivery) with its sending date',
    body: paperApplicationSchema,
    success: 201,
  },
  {
    method: 'GET',
    path: '/api/v1/public/concorsi',
    auth: 'NONE',
    handler: 'public',
    summary: 'Published concorsi of an entity (?entity=)',
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/public/concorsi/{id}',
    auth: 'NONE',
    handler: 'public',
    summary: 'A published concorso',
    success: 200,
  },
  {
    method: 'GET',
    path: '/api/v1/public/concorsi/{id}/graduatoria.pdf',
    auth: 'NONE',
    handler: 'public',
    summary: 'The approved graduatoria, as published on the albo and the website (application/pdf)',
    success: 200,
    produces: 'application/pdf',
  },
  {
    method: 'POST',
    path: '/api/v1/public/concorsi/{id}/applications',
    auth: 'NONE',
    handler: 'public',
    summary: 'Apply online while the window is open',
    body: applicationSchema,
    success: 201,
  },
  {
    method: 'POST',
    path: '/api/v1/public/concorsi/{id}/status',
    auth: 'NONE',
    handler: 'public',
    summary: "A candidate's own application (protocol number and tax code): its steps, communications, convocations",
    body: ownStatusSchema,
    success: 200,
  },
  ...disciplineRoutes(),
  ...contractRoutes(),
  ...mobilityRoutes(),
];

function mobilityRoutes(): RouteSpec[] {
  const route = (
    method: 'GET' | 'POST',
    path: string,
    summary: string,
    body?: z.ZodType,
    success = 200,
  ): RouteSpec => ({
    method,
    path,
    auth: 'JWT',
    handler: 'mobility',
    summary,
    ...(body ? { body } : {}),
    success,
  });
  return [
    route(
      'POST',
      '/api/v1/mobility/outgoing',
      'An employee requests outgoing mobility (art. 74): the bars are checked at once',
      outgoingRequestSchema,
      201,
    ),
    route(
      'POST',
      '/api/v1/mobility/internal',
      'Internal mobility on request or ex officio (art. 76), optionally temporary',
      internalRequestSchema,
      201,
    ),
    route(
      'POST',
      '/api/v1/mobility/incoming',
      'Publish an incoming mobility notice (art. 107bis): applications until its term',
      incomingNoticeSchema,
      201,
    ),
    route(
      'POST',
      '/api/v1/mobility/seconded',
      'Take on staff seconded to the Comune (art. 80 c.2 f): one year of service, interest and both consents, then the hand-off',
      secondedSchema,
      201,
    ),
    route('GET', '/api/v1/mobility', 'Mobility procedures (HR: all; employees: their own)'),
    route('GET', '/api/v1/mobility/{id}', 'A mobility procedure with its checks, opinions and terms'),
    route(
      'POST',
      '/api/v1/mobility/{id}/hand-off',
      'Hand the selected candidate to contract formation: the appointment opens',
      handOffSchema,
      201,
    ),
    ...Object.entries(MOBILITY_ACT_SCHEMAS).map(([name, body]) =>
      route(
        'POST',
        `/api/v1/mobility/{id}/acts/${name}`,
        MOBILITY_ACT_SUMMARIES[name as keyof typeof MOBILITY_ACT_SUMMARIES],
        body,
      ),
    ),
  ];
}

function contractRoutes(): RouteSpec[] {
  const route = (
    method: 'GET' | 'POST',
    path: string,
    summary: string,
    body?: z.ZodType,
    success = 200,
  ): RouteSpec => ({
    method,
    path,
    auth: 'JWT',
    handler: 'contracts',
    summary,
    ...(body ? { body } : {}),
    success,
  });
  return [
    route(
      'POST',
      '/api/v1/graduatorie',
      'Enter an approved graduatoria (HR head) with its approval act; valid three years',
      graduatoriaSchema,
      201,
    ),
    route('GET', '/api/v1/graduatorie', "The entity's graduatorie"),
    route(
      'GET',
      '/api/v1/graduatorie/{id}',
      'A graduatoria with each position’s appointment and the next eligible candidate',
    ),
    route(
      'POST',
      '/api/v1/graduatorie/{id}/annul',
      'The recruitment procedure was annulled (HR head): every contract made on the graduatoria ends (art. 110 c.5)',
      graduatoriaAnnulSchema,
    ),
    route(
      'POST',
      '/api/v1/contracts',
      'Appoint a winner (graduatoria position, mobility outcome or HR): notice with proof of receipt',
      appointSchema,
      201,
    ),
    route('GET', '/api/v1/contracts', 'Appointments (HR: all of the entity; the appointee: their own)'),
    route('GET', '/api/v1/contracts/{id}', 'An appointment with its terms, documents, contract versions and probation'),
    route(
      'GET',
      '/api/v1/contracts/{id}/contract/{version}',
      'The individual contract, version N, as a document to read and sign (HTML)',
    ),
    route(
      'POST',
      '/api/v1/contracts/{id}/scorrimento',
      'The HR head confirms the proposed next candidate: the next appointment opens',
      scorrimentoSchema,
      201,
    ),
    ...Object.entries(CONTRACT_ACT_SCHEMAS).map(([name, body]) =>
      route(
        'POST',
        `/api/v1/contracts/{id}/acts/${name}`,
        CONTRACT_ACT_SUMMARIES[name as keyof typeof CONTRACT_ACT_SUMMARIES],
        body,
      ),
    ),
  ];
}

function disciplineRoutes(): RouteSpec[] {
  const get = (path: string, summary: string): RouteSpec => ({
    method: 'GET',
    path,
    auth: 'JWT',
    handler: 'discipline',
    summary,
    success: 200,
  });
  return [
    {
      method: 'POST',
      path: '/api/v1/discipline/cases',
      auth: 'JWT',
      handler: 'discipline',
      summary: 'Open a disciplinary case from the report of facts: classified to its track, first terms started',
      body: openCaseSchema,
      success: 201,
    },
    get('/api/v1/discipline/cases', 'The disciplinary cases the user may read (authority, own file, sealed files)'),
    get('/api/v1/discipline/cases/{id}', 'A disciplinary file (every read is audited; others get 404)'),
    get('/api/v1/discipline/cases/{id}/audit', "The case's audit timeline and its hash-chain verification (authority)"),
    get('/api/v1/discipline/cases/{id}/access-log', 'Who read the file, and who tried (authority)'),
    get('/api/v1/discipline/agenda', "The running terms of the user's cases, soonest first (decadenza agenda)"),
    get('/api/v1/discipline/catalogue', 'The sanction scale and the infraction catalogue with citations'),
    ...Object.entries(DISCIPLINE_ACT_SCHEMAS).map(
      ([name, body]): RouteSpec => ({
        method: 'POST',
        path: `/api/v1/discipline/cases/{id}/acts/${name}`,
        auth: 'JWT',
        handler: 'discipline',
        summary: DISCIPLINE_ACT_SUMMARIES[name as keyof typeof DISCIPLINE_ACT_SUMMARIES],
        body,
        success: 200,
      }),
    ),
  ];
}

export const routeKey = (r: Pick<RouteSpec, 'method' | 'path'>) => `${r.method} ${r.path}`;
