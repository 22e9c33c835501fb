/**
 * What stops or moves the case's clock from outside the defence: conciliation (terms suspended, art. 8
 * L3705-L3711), criminal proceedings (suspension and resumption, art. 9 L3713-L3723), the cautionary
 * suspension's five-year limit (art. 13, L3777-L3779), the transfer to another administration (terms
 * interrupted, L3687) and the end of employment (L3689). No other clock operation exists (L3678, V-PD-08).
 */
import type { z } from 'zod';
import { interruptTerm } from '../../calendar/clock-ops';
import { problems } from '../../http/problem';
import { hasTerm } from '../../rules';
import { clockOperation } from '../clock';
import type { ActorRef, Deadline, NewEvent, Reminder } from '../model';
import type { Terms } from './contestation';
import {
  alertRecipients,
  cancelled,
  cancelReminders,
  criminalSuspensionAllowed,
  type DisciplineContext,
  type DisciplineDecision,
  fail,
  legalDateErrors,
  met,
  requireAuthority,
  requirePhase,
  running,
  setTerm,
  withinTerm,
} from './context';
import { alert } from './messages';
import type { DisciplineCase, DisciplinePhase } from './model';
import { agreedSanctionAllowed, conciliationAllowed } from './routing';
import type {
  cautionarySuspensionSchema,
  cessationSchema,
  closeConciliationSchema,
  criminalSuspensionSchema,
  judgmentSchema,
  openConciliationSchema,
  transferSchema,
} from './schemas';

/** Phases of a case still running, before its decision. */
export const PENDING_PHASES: readonly DisciplinePhase[] = [
  'NOTIZIA',
  'ISTRUTTORIA_UPD',
  'CONTESTATO',
  'CONCILIAZIONE',
  'SOSPESO_PENALE',
  'RIPRESA_DA_AVVIARE',
];

/** The Administration's running terms of the case that a suspension or interruption affects. */
function caseTerms(agg: Terms, status: Deadline['status']): Deadline[] {
  return agg.deadlines.filter(
    (d) =>
      d.status === status &&
      d.binds === 'administration' &&
      /(contestation|conclusion|transmissionToUpd|reportToUpd|resumedConclusion|resumption|reopening)$/.test(d.termId),
  );
}

/** Apply one clock operation to several terms, as one decision's parts. */
function moveAll(
  c: DisciplineCase,
  agg: Terms,
  terms: Deadline[],
  operation: 'suspend' | 'resume',
  legalDate: string,
  basis: string,
  actor: ActorRef,
  ctx: DisciplineContext,
): { deadlines: Deadline[]; reminders: Reminder[]; events: NewEvent[] } {
  const out = { deadlines: [] as Deadline[], reminders: [] as Reminder[], events: [] as NewEvent[] };
  for (const d of terms) {
    const r = clockOperation<DisciplinePhase>(
      c,
      agg.deadlines,
      agg.reminders,
      d.id,
      { expectedVersion: c.version, operation, legalDate, basis },
      actor,
      { now: ctx.now, calendar: ctx.calendar, rule: ctx.rule, reminderRecipient: alertRecipients(c, ctx.entity) },
    );
    out.deadlines.push(...r.deadlines);
    out.reminders.push(...r.reminders);
    out.events.push(...r.events);
  }
  return out;
}

const CONCILIATION_BASIS =
  'apertura della procedura conciliativa (art. 8 c.3 Allegato H, L3709; art. 55 c.3 D.Lgs. 165/2001)';

export function openConciliation(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof openConciliationSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO'], 'La procedura di conciliazione');
  requireAuthority(c, actor, ctx);
  const allowed = conciliationAllowed(c.data.classification);
  if (!allowed.allowed) {
    throw problems.rejected(`Conciliazione non ammessa: ${allowed.reason} (V-PD-13; art. 8 c.2 Allegato H, L3705).`, [
      { field: 'legalDate', message: allowed.reason },
    ]);
  }
  if (c.data.conciliation) throw problems.wrongPhase('La procedura di conciliazione è già stata esperita.');
  fail(
    legalDateErrors('legalDate', input.legalDate, ctx, {
      date: c.data.contestazione!.actDate,
      what: 'la contestazione',
    }),
  );
  const window = running(agg.deadlines, 'discipline.conciliation');
  if (!window)
    throw problems.rejected('Il termine per la conciliazione non è in corso (art. 8 c.2 Allegato H, L3705).');
  withinTerm(window, input.legalDate, 'legalDate', "L'apertura della conciliazione");
  const moved = moveAll(c, agg, caseTerms(agg, 'OPEN'), 'suspend', input.legalDate, CONCILIATION_BASIS, actor, ctx);
  return {
    phase: 'CONCILIAZIONE',
    data: { ...c.data, conciliation: { openedOn: input.legalDate, ccnlRef: input.ccnlRef } },
    events: [
      { type: 'CONCILIATION_OPENED', actor, legalDate: input.legalDate, payload: { ccnlRef: input.ccnlRef } },
      ...moved.events,
    ],
    deadlines: moved.deadlines,
    reminders: moved.reminders,
    messages: [],
  };
}

/**
 * Negative: the suspended terms resume, moved by the paused length (L3709, FX-PD-08). Positive: the agreed
 * sanction, of a kind provided for the infraction and not challengeable (L3707), concludes the case.
 */
export function closeConciliation(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof closeConciliationSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
  bySystem = false,
): DisciplineDecision {
  requirePhase(c, ['CONCILIAZIONE'], 'La chiusura della conciliazione');
  if (!bySystem) requireAuthority(c, actor, ctx);
  const conc = c.data.conciliation!;
  fail(
    legalDateErrors('legalDate', input.legalDate, ctx, { date: conc.openedOn, what: "l'apertura della conciliazione" }),
  );
  const window = agg.deadlines.find((d) => d.id === 'discipline.conciliation');
  if (input.outcome === 'POSITIVA') {
    if (!input.agreedSanction) fail([{ field: 'agreedSanction', message: 'Indicare la sanzione concordata.' }]);
    fail(agreedSanctionAllowed(input.agreedSanction!, c.data.classification));
    if (window) withinTerm(window, input.legalDate, 'legalDate', "L'accordo di conciliazione");
    // The agreement concludes the case: its suspended terms are met, nothing else runs (the hearing notice,
    // any other term), and under national@2 the conclusion goes to the Ispettorato within 20 days.
    const suspended = caseTerms(agg, 'SUSPENDED');
    const others = agg.deadlines.filter(
      (d) => (d.status === 'OPEN' || d.status === 'SUSPENDED') && !suspended.includes(d) && d.id !== window?.id,
    );
    const closed = [
      ...suspended.map((d) => met(d, 'CONCILIATION_AGREED', input.legalDate)),
      ...(window && window.status === 'OPEN' ? [met(window, 'CONCILIATION_AGREED', input.legalDate)] : []),
      ...others.map(cancelled),
    ];
    const inspectorate = hasTerm(c.ruleSet, 'discipline.inspectorateCommunication')
      ? setTerm(c, 'discipline.inspectorateCommunication', 'DECISION_ACT', input.legalDate, ctx)
      : undefined;
    return {
      phase: 'DECISO',
      data: {
        ...c.data,
        conciliation: { ...conc, closedOn: input.legalDate, outcome: 'POSITIVA', agreedSanction: input.agreedSanction },
        outcome: {
          type: 'SANZIONE',
          sanction: input.agreedSanction,
          criteria: { a: '', b: '', c: '', d: '', e: '', f: '' },
          motivation:
            'Sanzione concordata in sede di conciliazione, non soggetta ad impugnazione (art. 8 c.2 Allegato H, L3707).',
          actDate: input.legalDate,
          protocol: ctx.protocol(),
          agreedInConciliation: true,
          communicationId: '',
        },
      },
      events: [
        {
          type: 'CONCILIATION_AGREED',
          actor,
          legalDate: input.legalDate,
          payload: { agreedSanction: input.agreedSanction, basis: 'art. 8 c.2 Allegato H, L3707' },
        },
        ...(inspectorate ? [inspectorate.event] : []),
      ],
      deadlines: [...closed, ...(inspectorate ? [inspectorate.deadline] : [])],
      reminders: [
        ...cancelReminders(
          agg.reminders,
          closed.map((d) => d.id),
        ),
        ...(inspectorate?.reminders ?? []),
      ],
      messages: [],
    };
  }
  const basis = `chiusura con esito negativo della conciliazione${bySystem ? ' per decorso dei trenta giorni dalla contestazione' : ''} (art. 8 c.3 Allegato H, L3709)`;
  const moved = moveAll(c, agg, caseTerms(agg, 'SUSPENDED'), 'resume', input.legalDate, basis, actor, ctx);
  return {
    phase: 'CONTESTATO',
    data: {
      ...c.data,
      conciliation: {
        ...conc,
        closedOn: input.legalDate,
        outcome: 'NEGATIVA',
        ...(bySystem ? { closedBySystem: true } : {}),
      },
    },
    events: [
      { type: 'CONCILIATION_FAILED', actor, legalDate: input.legalDate, payload: { bySystem } },
      ...moved.events,
    ],
    deadlines: [
      ...moved.deadlines,
      ...(window && window.status === 'OPEN' && !bySystem ? [met(window, 'CONCILIATION_CLOSED', input.legalDate)] : []),
    ],
    reminders: [...moved.reminders, ...(window && !bySystem ? cancelReminders(agg.reminders, [window.id]) : [])],
    messages: [],
  };
}

/** Only the UPD, only for particular complexity with insufficient elements (V-PD-10; L3716-L3717; art. 55-ter c.1). */
export function suspendForCriminal(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof criminalSuspensionSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  if (!criminalSuspensionAllowed(c)) {
    throw problems.rejected(
      c.data.regime === 'national'
        ? 'La sospensione in pendenza del procedimento penale è ammessa solo per le infrazioni punibili con una sanzione superiore alla sospensione fino a dieci giorni (V-PD-10; art. 55-ter c.1 D.Lgs. 165/2001).'
        : 'Per le infrazioni di minore gravità non è ammessa la sospensione del procedimento in pendenza del procedimento penale (V-PD-10; art. 9 c.2 Allegato H, L3716).',
    );
  }
  requirePhase(c, ['ISTRUTTORIA_UPD', 'CONTESTATO'], 'La sospensione per il procedimento penale');
  requireAuthority(c, actor, ctx);
  fail(
    legalDateErrors('legalDate', input.legalDate, ctx, {
      date: c.data.notizia.firstAcquisitionDate,
      what: 'la notizia',
    }),
  );
  for (const d of caseTerms(agg, 'OPEN'))
    if (d.peremptory) withinTerm(d, input.legalDate, 'legalDate', 'La sospensione');
  const basis =
    'sospensione in attesa del procedimento penale (art. 9 c.2 Allegato H, L3717; art. 55-ter c.1 D.Lgs. 165/2001)';
  const moved = moveAll(c, agg, caseTerms(agg, 'OPEN'), 'suspend', input.legalDate, basis, actor, ctx);
  return {
    phase: 'SOSPESO_PENALE',
    data: {
      ...c.data,
      criminal: {
        proceedingRef: input.proceedingRef,
        suspendedOn: input.legalDate,
        complexity: input.complexity,
        insufficientElements: input.insufficientElements,
      },
    },
    events: [
      {
        type: 'SUSPENDED_FOR_CRIMINAL_PROCEEDINGS',
        actor,
        legalDate: input.legalDate,
        payload: { proceedingRef: input.proceedingRef },
      },
      ...moved.events,
    ],
    deadlines: moved.deadlines,
    reminders: moved.reminders,
    messages: [],
  };
}

/** The judgment reaches the Comune: the case is resumed within 60 days by renewing the contestation (L3721-L3722). */
export function recordJudgment(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof judgmentSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['SOSPESO_PENALE'], 'La comunicazione della sentenza');
  requireAuthority(c, actor, ctx);
  fail(
    legalDateErrors('communicatedOn', input.communicatedOn, ctx, {
      date: c.data.criminal!.suspendedOn,
      what: 'la sospensione',
    }),
  );
  const resumption = setTerm(c, 'discipline.resumption', 'JUDGMENT_COMMUNICATED', input.communicatedOn, ctx);
  // The suspended terms give way to the resumed case's own (L3721): resumption, then conclusion.
  const old = caseTerms(agg, 'SUSPENDED').map(cancelled);
  return {
    phase: 'RIPRESA_DA_AVVIARE',
    data: {
      ...c.data,
      criminal: {
        ...c.data.criminal!,
        judgment: {
          communicatedOn: input.communicatedOn,
          outcome: input.outcome,
          ...(input.irrevocableOn ? { irrevocableOn: input.irrevocableOn } : {}),
        },
      },
    },
    events: [
      { type: 'JUDGMENT_COMMUNICATED', actor, legalDate: input.communicatedOn, payload: { outcome: input.outcome } },
      resumption.event,
    ],
    deadlines: [...old, resumption.deadline],
    reminders: [
      ...cancelReminders(
        agg.reminders,
        old.map((d) => d.id),
      ),
      ...resumption.reminders,
    ],
    messages: [],
  };
}

/** The cautionary suspension lasts at most five years, then is revoked by law (T-PD-40, L3777-L3779). */
export function cautionarySuspension(
  c: DisciplineCase,
  input: z.infer<typeof cautionarySuspensionSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, PENDING_PHASES, 'La sospensione cautelare');
  requireAuthority(c, actor, ctx);
  if (c.data.cautionarySuspension && !c.data.cautionarySuspension.revokedOn) {
    throw problems.wrongPhase('Una sospensione cautelare è già in corso.');
  }
  fail([...legalDateErrors('legalDate', input.legalDate, ctx), ...legalDateErrors('start', input.start, ctx)]);
  const max = setTerm(c, 'discipline.cautionarySuspensionMax', 'CAUTIONARY_SUSPENSION_START', input.start, ctx);
  return {
    phase: c.phase,
    data: { ...c.data, cautionarySuspension: { type: input.type, start: input.start, basis: input.basis } },
    events: [
      {
        type: 'CAUTIONARY_SUSPENSION_ORDERED',
        actor,
        legalDate: input.legalDate,
        payload: { type: input.type, start: input.start },
      },
      max.event,
    ],
    deadlines: [max.deadline],
    reminders: max.reminders,
    messages: [],
  };
}

/**
 * Transfer to another administration (L3687): the case goes on there; its pending contestation and
 * conclusion terms are interrupted and run afresh from the transfer, which the hand-over states (FX-PD-12).
 */
export function recordTransfer(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof transferSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, PENDING_PHASES, 'Il trasferimento del dipendente');
  // The system records it when the outgoing mobility that moves the employee ends (FX-MOB-05).
  if (actor.role !== 'SYSTEM') requireAuthority(c, actor, ctx);
  fail(
    legalDateErrors('legalDate', input.legalDate, ctx, {
      date: c.data.notizia.firstAcquisitionDate,
      what: 'la notizia',
    }),
  );
  const basis = `trasferimento presso ${input.administration} (art. 6 c.8 Allegato H, L3687; art. 55-bis c.8 D.Lgs. 165/2001)`;
  const pending = [...caseTerms(agg, 'OPEN'), ...caseTerms(agg, 'SUSPENDED')].filter((d) =>
    /(contestation|conclusion|resumedConclusion|resumption|reopening)$/.test(d.termId),
  );
  const restartedTerms = pending.map((d) => {
    const r = interruptTerm(
      {
        rule: ctx.rule(d.termId),
        anchorDate: d.anchorDate,
        dueDate: d.dueDate,
        status: d.status === 'SUSPENDED' ? 'SUSPENDED' : 'OPEN',
        suspendedOn: d.suspendedOn,
        trace: d.trace,
      },
      input.legalDate,
      ctx.calendar,
      basis,
    );
    return { termId: d.termId, label: d.label, dueDate: r.dueDate };
  });
  const all = agg.deadlines.filter((d) => d.status === 'OPEN' || d.status === 'SUSPENDED').map(cancelled);
  return {
    phase: 'TRASFERITO',
    data: { ...c.data, transfer: { date: input.legalDate, administration: input.administration, restartedTerms } },
    events: [
      {
        type: 'EMPLOYEE_TRANSFERRED',
        actor,
        legalDate: input.legalDate,
        payload: { administration: input.administration, restartedTerms, basis },
      },
    ],
    deadlines: all,
    reminders: cancelReminders(
      agg.reminders,
      all.map((d) => d.id),
    ),
    messages: [
      alert(
        c,
        alertRecipients(c, ctx.entity),
        {
          subject: 'Trasferimento del dipendente: fascicolo da trasmettere',
          paragraphs: [
            `Il dipendente è trasferito presso ${input.administration} dal ${input.legalDate}. Il procedimento prosegue presso la nuova amministrazione: trasmettere il fascicolo con lo stato dei termini, che riprendono a decorrere dal trasferimento.`,
            ...restartedTerms.map((t) => `${t.label}: nuova scadenza ${t.dueDate}.`),
          ],
          facts: [['Fondamento', 'art. 6 c.8 Allegato H, L3687']],
        },
        ctx,
      ),
    ],
  };
}

/** Resignation or other end of employment: the case continues only where dismissal or a cautionary suspension is at stake (L3689, G-5). */
export function recordCessation(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof cessationSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, PENDING_PHASES, 'La cessazione del rapporto');
  requireAuthority(c, actor, ctx);
  fail(legalDateErrors('legalDate', input.legalDate, ctx));
  const suspension = c.data.cautionarySuspension && !c.data.cautionarySuspension.revokedOn;
  const continues = c.data.classification.dismissalPossible || !!suspension;
  const reason = continues
    ? `Il procedimento prosegue: ${c.data.classification.dismissalPossible ? "per l'infrazione è previsto il licenziamento" : 'è stata disposta la sospensione cautelare'} (art. 6 c.9 Allegato H, L3689).`
    : "Il procedimento si chiude: per l'infrazione non è previsto il licenziamento né è in corso una sospensione cautelare (art. 6 c.9 Allegato H, L3689; default G-5).";
  const closed = continues
    ? []
    : agg.deadlines.filter((d) => d.status === 'OPEN' || d.status === 'SUSPENDED').map(cancelled);
  return {
    phase: continues ? c.phase : 'CESSATO',
    data: { ...c.data, cessation: { date: input.legalDate, continues, reason } },
    events: [
      {
        type: 'EMPLOYMENT_ENDED',
        actor,
        legalDate: input.legalDate,
        payload: { reason: input.reason, continues, basis: reason },
      },
    ],
    deadlines: closed,
    reminders: cancelReminders(
      agg.reminders,
      closed.map((d) => d.id),
    ),
    messages: [],
  };
}
