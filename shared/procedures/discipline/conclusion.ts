/**
 * How a case ends: the decision (archiving or a sanction within the range, by the competent authority,
 * after contestation and defence, within the conclusion term), its notification, the sealing of the file
 * with the sanctions register entry, the national communication to the Ispettorato; and the acts that
 * close a case without a decision or reopen it after an acquittal (L3718).
 */
import type { z } from 'zod';
import { problems } from '../../http/problem';
import { hasTerm } from '../../rules';
import { procPk, sanctionsPk } from '../../store/keys';
import type { ActorRef, Deadline } from '../model';
import type { Terms } from './contestation';
import { checkChannel } from './contestation';
import {
  cancelled,
  cancelReminders,
  collect,
  type DisciplineContext,
  type DisciplineDecision,
  fail,
  legalDateErrors,
  met,
  requireAuthority,
  requirePhase,
  running,
  setTerm,
  trackTerms,
  withinTerm,
} from './context';
import { legalCommunication } from './messages';
import type { DisciplineCase, LegalChannel } from './model';
import { type Classification, checkSanction, type SanctionRecord } from './routing';
import type {
  acquittalSchema,
  decisionSchema,
  inspectorateSchema,
  motivatedActSchema,
  reopeningRequestSchema,
  sealSchema,
} from './schemas';

const COLLEGIAL = 'art. 5 c.2 Allegato H, L3658 (collegio perfetto)';

function runningTerms(agg: Terms): Deadline[] {
  return agg.deadlines.filter((d) => d.status === 'OPEN' || d.status === 'SUSPENDED');
}

/** The decision act: V-PD-01 (contestation and defence first), V-PD-02/09 (authority, range), V-PD-07, V-PD-11. */
export function decide(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof decisionSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO'], "L'atto conclusivo");
  requireAuthority(c, actor, ctx);
  const ct = c.data.contestazione!;
  const convocation = c.data.communications.find((x) => x.id === ct.communicationId);
  // This round's contestation (a renewed one starts the procedure again, L3722), delivered; the employee
  // heard in this round, or their memoria received and the hearing date passed (L3649, V-PD-01).
  const contestationDelivered = c.data.communications.some(
    (x) =>
      (x.kind === 'CONTESTAZIONE' || x.kind === 'RINNOVO_CONTESTAZIONE') &&
      x.actDate === ct.actDate &&
      x.status === 'CONSEGNATA',
  );
  const heard =
    c.data.hearings.some((h) => h.date >= ct.actDate) ||
    (c.data.memorie.some((m) => m.receivedOn >= ct.actDate) && input.legalDate >= ct.hearing.date);
  if (!contestationDelivered || !heard) {
    throw problems.rejected(
      "Nessun provvedimento senza previa contestazione scritta dell'addebito consegnata al dipendente e senza averlo sentito a sua difesa (audizione tenuta o disertata, o memoria ricevuta e data dell'audizione trascorsa) (V-PD-01; art. 6 c.11 Allegato H, L3691; art. 55-bis c.2).",
    );
  }
  const errors = legalDateErrors('legalDate', input.legalDate, ctx, {
    date: c.data.hearings.at(-1)?.date ?? ct.actDate,
    what: "l'audizione",
  });
  if (input.outcome === 'SANZIONE' && !input.sanction) {
    errors.push({ field: 'sanction', message: 'Indicare la sanzione irrogata.' });
  }
  if (input.outcome === 'ARCHIVIAZIONE' && input.sanction) {
    errors.push({ field: 'sanction', message: "Con l'archiviazione non si irroga alcuna sanzione." });
  }
  if (input.sanction) errors.push(...checkSanction(input.sanction, c.data.classification));
  const upd = ctx.entity.discipline.upd;
  if (c.data.classification.authority === 'UPD' && upd.collegial) {
    const present = new Set(input.membersPresent ?? []);
    // A member who is the charged employee sits out; the President names a substitute (L3666, V-PD-11).
    const charged = upd.members.some((m) => m.userId === c.data.employee.userId);
    const required = upd.members.filter((m) => m.userId !== c.data.employee.userId);
    const missing = required.filter((m) => !present.has(m.userId));
    const strangers = [...present].filter((id) => !required.some((m) => m.userId === id));
    const substitutes = charged ? 1 : 0;
    if (present.has(c.data.employee.userId)) {
      errors.push({
        field: 'membersPresent',
        message: "Il dipendente incolpato non può far parte dell'UPD (V-PD-11, L3666).",
      });
    } else if (missing.length || strangers.length !== substitutes) {
      errors.push({
        field: 'membersPresent',
        message: `L'UPD decide con tutti i ${upd.members.length} componenti presenti${charged ? ', il componente incolpato sostituito da un dipendente scelto dal Presidente' : ''}: ${missing.length ? `mancano ${missing.map((m) => m.name).join(', ')}` : strangers.length ? `non sono componenti: ${strangers.join(', ')}` : 'manca il sostituto'} (V-PD-11; ${COLLEGIAL}, L3666).`,
      });
    }
  }
  if (input.channel === 'FAX' && !c.data.employee.fax) {
    errors.push({ field: 'channel', message: 'Il dipendente non ha indicato un numero di fax (L3675).' });
  }
  fail(errors);
  const terms = trackTerms(c);
  const conclusion = running(agg.deadlines, terms.conclusion) ?? running(agg.deadlines, 'discipline.resumedConclusion');
  if (conclusion?.peremptory) withinTerm(conclusion, input.legalDate, 'legalDate', "L'atto conclusivo");
  if (conclusion?.status === 'SUSPENDED') throw problems.wrongPhase('Il termine di conclusione è sospeso.');
  const protocol = ctx.protocol();
  const sanctionText = input.sanction
    ? `si irroga la sanzione ${input.sanction.code}${input.sanction.quantity ? ` (${input.sanction.quantity} ${{ HOURS: 'ore', DAYS: 'giorni', MONTHS: 'mesi' }[input.sanction.unit ?? 'DAYS']})` : ''}`
    : "si dispone l'archiviazione del procedimento";
  const sent = legalCommunication(
    c,
    procPk(c.entityId, c.id),
    {
      kind: 'ESITO',
      channel: input.channel,
      protocol,
      actDate: input.legalDate,
      body: [
        `a conclusione del procedimento avviato con la contestazione prot. ris. ${ct.protocol} del ${ct.actDate}, ${sanctionText}.`,
        `Motivazione: ${input.motivation}`,
      ],
    },
    ctx,
  );
  if (sent.communication.channel === 'PEC' && !c.data.employee.pec) {
    fail([
      {
        field: 'channel',
        message: 'Il dipendente non ha indicato una casella PEC: usare la consegna a mano o la raccomandata A/R.',
      },
    ]);
  }
  const closed: Deadline[] = [
    ...(conclusion ? [met(conclusion, 'DECISION', input.legalDate)] : []),
    // Nothing else runs once the case is decided: the conciliation window and the hearing notice end here.
    ...runningTerms(agg)
      .filter((d) => d.id !== conclusion?.id && /(conciliation|hearingNotice)$/.test(d.termId))
      .map(cancelled),
  ];
  const set = hasTerm(c.ruleSet, INSPECTORATE.CONCLUSIONE)
    ? [setTerm(c, INSPECTORATE.CONCLUSIONE, 'DECISION_ACT', input.legalDate, ctx)]
    : [];
  const parts = collect(set);
  return {
    phase: 'DECISO',
    data: {
      ...c.data,
      protocols: [...c.data.protocols, protocol],
      outcome: {
        type: input.outcome,
        ...(input.sanction ? { sanction: input.sanction } : {}),
        criteria: input.criteria,
        motivation: input.motivation,
        actDate: input.legalDate,
        protocol,
        ...(input.membersPresent ? { membersPresent: input.membersPresent } : {}),
        communicationId: sent.communication.id,
      },
      communications: [...c.data.communications, sent.communication],
    },
    events: [
      {
        type: input.outcome === 'SANZIONE' ? 'SANCTION_IMPOSED' : 'CASE_ARCHIVED_ON_MERITS',
        actor,
        legalDate: input.legalDate,
        payload: {
          protocol,
          sanction: input.sanction ?? null,
          conclusionDue: conclusion?.dueDate ?? null,
          convocation: convocation?.id ?? null,
        },
      },
      ...parts.events,
    ],
    deadlines: [...closed, ...parts.deadlines],
    reminders: [
      ...cancelReminders(
        agg.reminders,
        closed.map((d) => d.id),
      ),
      ...parts.reminders,
    ],
    messages: sent.messages,
  };
}

/**
 * The file is sealed and its originals go to the personnel office (L3699); a sanction enters the register
 * that recidivism reads (§2.5) — never a verbal reprimand (L3519, V-PD-17).
 */
export function sealFile(
  c: DisciplineCase,
  input: z.infer<typeof sealSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['DECISO'], 'La trasmissione del fascicolo');
  requireAuthority(c, actor, ctx);
  const o = c.data.outcome!;
  const notice = c.data.communications.find((x) => x.id === o.communicationId);
  if (!o.agreedInConciliation && notice?.status !== 'CONSEGNATA') {
    throw problems.rejected(
      "L'atto conclusivo deve risultare consegnato al dipendente prima della chiusura del fascicolo.",
    );
  }
  fail(legalDateErrors('legalDate', input.legalDate, ctx, { date: o.actDate, what: "l'atto conclusivo" }));
  const record: SanctionRecord | undefined =
    o.type === 'SANZIONE' && o.sanction && o.sanction.code !== 'RV'
      ? {
          caseId: c.id,
          sanctionCode: o.sanction.code,
          ...(o.sanction.quantity ? { quantity: o.sanction.quantity } : {}),
          ...(o.sanction.unit ? { unit: o.sanction.unit } : {}),
          irrogationDate: o.actDate,
          infractionIds: c.data.classification.charges.map((ch) => ch.appliedInfractionId),
        }
      : undefined;
  return {
    phase: 'CONCLUSO',
    data: { ...c.data, sealedOn: input.legalDate },
    events: [
      {
        type: 'FILE_TRANSMITTED_TO_PERSONNEL_OFFICE',
        actor,
        legalDate: input.legalDate,
        payload: { sanctionRegistered: !!record, basis: 'art. 7 c.3 Allegato H, L3699' },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
    // One register entry per case, replaced when a reopened case is sealed again (L3718) and removed
    // when it no longer ends with a sanction: recidivism reads only what stands.
    ...(record
      ? {
          replaceRecords: [
            {
              pk: sanctionsPk(c.entityId),
              sk: `EMP#${c.data.employee.taxCode}#${c.id}`,
              employeeTaxCode: c.data.employee.taxCode,
              ...record,
            },
          ],
        }
      : c.data.acquittal
        ? { deleteRecords: [{ pk: sanctionsPk(c.entityId), sk: `EMP#${c.data.employee.taxCode}#${c.id}` }] }
        : {}),
  };
}

/** The terms of the communications to the Ispettorato, by act (national@2 has both; earlier sets neither). */
export const INSPECTORATE = {
  AVVIO: 'discipline.inspectorateStartCommunication',
  CONCLUSIONE: 'discipline.inspectorateCommunication',
} as const;

/** National: the acts that start and conclude the case reach the Ispettorato within 20 days (art. 55-bis c.4). */
export function recordInspectorate(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof inspectorateSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requireAuthority(c, actor, ctx);
  const term = agg.deadlines.find((d) => d.id === INSPECTORATE[input.act]);
  if (!term || term.status === 'MET' || term.status === 'CANCELLED') {
    throw problems.wrongPhase("Nessuna comunicazione all'Ispettorato da registrare per questo atto.");
  }
  fail(legalDateErrors('legalDate', input.legalDate, ctx, { date: term.anchorDate, what: "l'atto comunicato" }));
  const done = met(term, 'INSPECTORATE_COMMUNICATION', input.legalDate);
  return {
    phase: c.phase,
    events: [
      {
        type: 'INSPECTORATE_COMMUNICATED',
        actor,
        legalDate: input.legalDate,
        payload: {
          act: input.act,
          reference: input.reference,
          dueDate: term.dueDate,
          late: input.legalDate > term.dueDate,
        },
      },
    ],
    deadlines: [done],
    reminders: cancelReminders(agg.reminders, [term.id]),
    messages: [],
  };
}

const REOPENING_FORMULAS = ['FATTO_NON_SUSSISTE', 'NON_COSTITUISCE_ILLECITO_PENALE', 'NON_COMMESSO'];

/** An irrevocable acquittal after a sanction opens the employee's six months to ask for reopening (L3718, V-PD-15). */
export function recordAcquittal(
  c: DisciplineCase,
  input: z.infer<typeof acquittalSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONCLUSO'], "La registrazione dell'assoluzione");
  requireAuthority(c, actor, ctx);
  if (c.data.outcome?.type !== 'SANZIONE') {
    throw problems.rejected(
      'La riapertura su istanza presuppone un procedimento concluso con una sanzione (art. 9 c.3 Allegato H, L3718).',
    );
  }
  if (!REOPENING_FORMULAS.includes(input.formula)) {
    throw problems.rejected(
      "L'assoluzione dà diritto alla riapertura solo se riconosce che il fatto non sussiste, non costituisce illecito penale o non è stato commesso dal dipendente (V-PD-15; art. 9 c.3 Allegato H, L3718; art. 55-ter c.2).",
      [{ field: 'formula', message: 'Formula di assoluzione che non consente la riapertura.' }],
    );
  }
  fail(
    legalDateErrors('irrevocableOn', input.irrevocableOn, ctx, { date: c.data.outcome.actDate, what: 'la sanzione' }),
  );
  const request = setTerm(c, 'discipline.reopeningRequest', 'ACQUITTAL_IRREVOCABLE', input.irrevocableOn, ctx);
  return {
    phase: c.phase,
    data: { ...c.data, acquittal: { irrevocableOn: input.irrevocableOn, formula: input.formula } },
    events: [
      { type: 'ACQUITTAL_RECORDED', actor, legalDate: input.irrevocableOn, payload: { formula: input.formula } },
      request.event,
    ],
    deadlines: [request.deadline],
    reminders: request.reminders,
    messages: [],
  };
}

/** The employee's request to reopen, within six months of irrevocability; reopening within 60 days of it (L3718, L3721). */
export function requestReopening(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof reopeningRequestSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONCLUSO'], "L'istanza di riapertura");
  if (actor.id !== c.data.employee.userId) requireAuthority(c, actor, ctx);
  const term = agg.deadlines.find((d) => d.id === 'discipline.reopeningRequest');
  if (!term || !c.data.acquittal)
    throw problems.wrongPhase("Nessuna assoluzione registrata che consenta l'istanza di riapertura.");
  fail(
    legalDateErrors('filedOn', input.filedOn, ctx, {
      date: c.data.acquittal.irrevocableOn,
      what: "l'irrevocabilità della sentenza",
    }),
  );
  withinTerm(term, input.filedOn, 'filedOn', "L'istanza di riapertura");
  const reopening = setTerm(c, 'discipline.reopening', 'REOPENING_REQUEST_FILED', input.filedOn, ctx);
  return {
    phase: 'RIAPERTURA_DA_AVVIARE',
    data: { ...c.data, acquittal: { ...c.data.acquittal, reopeningRequestedOn: input.filedOn } },
    events: [{ type: 'REOPENING_REQUESTED', actor, legalDate: input.filedOn, payload: {} }, reopening.event],
    deadlines: [met(term, 'REOPENING_REQUESTED', input.filedOn), reopening.deadline],
    reminders: [...cancelReminders(agg.reminders, [term.id]), ...reopening.reminders],
    messages: [],
  };
}

/** A motivated decision not to proceed before the contestation (G-6), or the archiving of a lapsed case (D4). */
export function closeWithoutDecision(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof motivatedActSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
  kind: 'NON_LUOGO' | 'ARCHIVE_LAPSED',
): DisciplineDecision {
  requirePhase(
    c,
    kind === 'NON_LUOGO' ? ['NOTIZIA', 'ISTRUTTORIA_UPD'] : ['DECADUTO'],
    kind === 'NON_LUOGO' ? 'Il non luogo a procedere' : "L'archiviazione",
  );
  requireAuthority(c, actor, ctx);
  fail(
    legalDateErrors('legalDate', input.legalDate, ctx, {
      date: c.data.notizia.firstAcquisitionDate,
      what: 'la notizia',
    }),
  );
  const closed = runningTerms(agg).map(cancelled);
  return {
    phase: 'ARCHIVIATO',
    events: [
      {
        type: kind === 'NON_LUOGO' ? 'NO_GROUNDS_TO_PROCEED' : 'LAPSED_CASE_ARCHIVED',
        actor,
        legalDate: input.legalDate,
        payload: { motivation: input.motivation },
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

/**
 * Re-qualification (G-6): the Segretario finds the facts deserve more than ten days' suspension and sends
 * the file to the UPD; its contestation runs from receipt (L3668), its conclusion from the first news (L3669).
 */
export function requalify(
  c: DisciplineCase,
  agg: Terms,
  input: { legalDate: string; receivedOn: string; motivation: string; channel: LegalChannel },
  charges: DisciplineCase['data']['charges'],
  classification: Classification,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['NOTIZIA', 'CONTESTATO'], 'La riqualificazione');
  requireAuthority(c, actor, ctx);
  if (
    c.data.regime !== 'stresa-rous' ||
    c.data.classification.track !== 'PD_MIN' ||
    classification.track !== 'PD_MAJ'
  ) {
    throw problems.rejected(
      "La riqualificazione trasmette all'UPD un procedimento di competenza del Segretario i cui fatti meritano una sanzione superiore alla sospensione fino a dieci giorni (art. 5 Allegato H, L3657).",
    );
  }
  fail([
    ...legalDateErrors('legalDate', input.legalDate, ctx, {
      date: c.data.notizia.authorityKnowledgeDate,
      what: 'la notizia',
    }),
    ...legalDateErrors('receivedOn', input.receivedOn, ctx, { date: input.legalDate, what: 'la trasmissione' }),
  ]);
  const next: DisciplineCase = { ...c, data: { ...c.data, classification, charges } };
  const old = runningTerms(agg).map(cancelled);
  const set = [
    setTerm(next, 'discipline.major.contestation', 'UPD_KNOWLEDGE', input.receivedOn, ctx),
    setTerm(next, 'discipline.major.conclusion', 'FIRST_KNOWLEDGE', c.data.notizia.firstAcquisitionDate, ctx),
  ];
  const parts = collect(set);
  const protocol = ctx.protocol();
  // As any transmission to the UPD, communicated to the employee at the same time (art. 5 c.1, L3657).
  const sent = legalCommunication(
    next,
    procPk(c.entityId, c.id),
    {
      kind: 'COMUNICAZIONE_TRASMISSIONE',
      channel: input.channel,
      protocol,
      actDate: input.legalDate,
      body: [
        `si comunica che in data ${input.legalDate} gli atti del procedimento che la riguarda sono stati trasmessi all'Ufficio competente per i procedimenti disciplinari, competente per le infrazioni di maggiore gravità.`,
      ],
    },
    ctx,
  );
  checkChannel(next, sent.communication, c.phase === 'CONTESTATO');
  return {
    phase: 'ISTRUTTORIA_UPD',
    data: {
      ...next.data,
      protocols: [...c.data.protocols, protocol],
      transmission: { actDate: input.legalDate, receivedOn: input.receivedOn, protocol },
      communications: [...c.data.communications, sent.communication],
    },
    events: [
      {
        type: 'REQUALIFIED_TO_UPD',
        actor,
        legalDate: input.legalDate,
        payload: {
          motivation: input.motivation,
          maxSanction: classification.maxSanction,
          // The minor-track terms already consumed are not restored: the UPD's run from receipt (warning).
          consumedMinorTerms: old.map((d) => ({ id: d.id, dueDate: d.dueDate })),
        },
      },
      ...parts.events,
    ],
    deadlines: [...old, ...parts.deadlines],
    reminders: [
      ...cancelReminders(
        agg.reminders,
        old.map((d) => d.id),
      ),
      ...parts.reminders,
    ],
    messages: sent.messages,
  };
}
