/**
 * The employee's defence (art. 4 c.2-5 Allegato H; art. 55-bis c.4): written submissions, the one allowed
 * deferral with its effect on the conclusion term, the hearing and its minutes, the investigation (which
 * never stops the clock, L3679-L3681) and the fax number for later communications (L3675).
 */
import type { z } from 'zod';
import { diffDays } from '../../calendar/dates';
import { formatCitation } from '../../calendar/terms';
import { problems } from '../../http/problem';
import { procPk } from '../../store/keys';
import { clockOperation } from '../clock';
import type { ActorRef, Deadline } from '../model';
import { checkChannel, type Terms } from './contestation';
import {
  alertRecipients,
  cancelled,
  cancelReminders,
  type DisciplineContext,
  type DisciplineDecision,
  fail,
  legalDateErrors,
  requireAuthority,
  requirePhase,
  running,
  trackTerms,
} from './context';
import { legalCommunication } from './messages';
import type { DisciplineCase } from './model';
import type {
  deferralDecisionSchema,
  deferralRequestSchema,
  faxNumberSchema,
  hearingRecordSchema,
  investigationSchema,
  memoriaSchema,
} from './schemas';

const DEFERRAL_CITATION = 'art. 4 c.2-5 Allegato H, L3649-L3652; art. 55-bis c.4 D.Lgs. 165/2001';

/** The employee acts on their own file; the authority records what reached it. */
function requireEmployeeOrAuthority(c: DisciplineCase, actor: ActorRef, ctx: DisciplineContext): void {
  if (actor.id !== c.data.employee.userId) requireAuthority(c, actor, ctx);
}

function hearingDate(c: DisciplineCase): string {
  return c.data.contestazione!.hearing.date;
}

/** A written submission instead of, or before, the hearing (L3649): by the hearing date (T-PD-04). */
export function recordMemoria(
  c: DisciplineCase,
  input: z.infer<typeof memoriaSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO'], 'La memoria difensiva');
  requireEmployeeOrAuthority(c, actor, ctx);
  const errors = legalDateErrors('receivedOn', input.receivedOn, ctx, {
    date: c.data.contestazione!.actDate,
    what: 'la contestazione',
  });
  if (input.receivedOn > hearingDate(c)) {
    errors.push({
      field: 'receivedOn',
      message: `La memoria va presentata entro la data dell'audizione (${hearingDate(c)}): ${DEFERRAL_CITATION}.`,
    });
  }
  fail(errors);
  return {
    phase: c.phase,
    data: {
      ...c.data,
      memorie: [...c.data.memorie, { receivedOn: input.receivedOn, channel: input.channel, summary: input.summary }],
    },
    events: [
      {
        type: 'DEFENCE_SUBMISSION_RECEIVED',
        actor,
        legalDate: input.receivedOn,
        payload: { channel: input.channel },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** The motivated request to defer the hearing (L3649): by the hearing date, once per case (V-PD-05, V-PD-06). */
export function requestDeferral(
  c: DisciplineCase,
  input: z.infer<typeof deferralRequestSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO'], "L'istanza di differimento");
  requireEmployeeOrAuthority(c, actor, ctx);
  if (c.data.deferral) {
    throw problems.rejected(
      `Il differimento può essere disposto per una sola volta nel corso del procedimento: un'istanza è già stata presentata il ${c.data.deferral.receivedOn} (${DEFERRAL_CITATION}).`,
      [{ field: 'receivedOn', message: 'Seconda istanza di differimento non ammessa (V-PD-06).' }],
    );
  }
  const errors = legalDateErrors('receivedOn', input.receivedOn, ctx, {
    date: c.data.contestazione!.actDate,
    what: 'la contestazione',
  });
  if (input.receivedOn > hearingDate(c)) {
    errors.push({
      field: 'receivedOn',
      message: `L'istanza va presentata entro la data dell'audizione (${hearingDate(c)}) (V-PD-05, ${DEFERRAL_CITATION}).`,
    });
  }
  fail(errors);
  return {
    phase: c.phase,
    data: {
      ...c.data,
      deferral: { receivedOn: input.receivedOn, reason: input.reason, originalHearingDate: hearingDate(c) },
    },
    events: [{ type: 'DEFERRAL_REQUESTED', actor, legalDate: input.receivedOn, payload: {} }],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/**
 * The authority's decision on the request. Granted: the hearing moves; a deferral longer than the
 * threshold (10 days, PD_MAJ 20 per A-1; national: none) extends the conclusion term by its full
 * length (L3651, A-2). The decision reaches the employee through a legal channel.
 */
export function decideDeferral(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof deferralDecisionSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO'], "La decisione sull'istanza di differimento");
  requireAuthority(c, actor, ctx);
  const d = c.data.deferral;
  if (!d || d.decision) throw problems.wrongPhase("Non c'è un'istanza di differimento da decidere.");
  const errors = legalDateErrors('legalDate', input.legalDate, ctx, { date: d.receivedOn, what: "l'istanza" });
  if (input.granted && !input.newHearingDate) {
    errors.push({ field: 'newHearingDate', message: "Indicare la nuova data dell'audizione." });
  }
  if (input.granted && input.newHearingDate && input.newHearingDate <= d.originalHearingDate) {
    errors.push({ field: 'newHearingDate', message: 'La nuova data deve seguire quella originaria.' });
  }
  fail(errors);
  const terms = trackTerms(c);
  const conclusion = running(agg.deadlines, terms.conclusion) ?? running(agg.deadlines, 'discipline.resumedConclusion');
  const length = input.granted ? diffDays(input.newHearingDate!, d.originalHearingDate) : 0;
  const threshold = terms.deferralThreshold ? ctx.rule(terms.deferralThreshold) : undefined;
  const extends_ = input.granted && (!threshold || length > threshold.quantity);
  const moved =
    extends_ && conclusion
      ? clockOperation<DisciplineCase['phase']>(
          c,
          agg.deadlines,
          agg.reminders,
          conclusion.id,
          {
            expectedVersion: c.version,
            operation: 'extend',
            legalDate: input.legalDate,
            days: length,
            basis: `differimento dell'audizione di ${length} giorni${threshold ? `, superiore a ${threshold.quantity} (${formatCitation(threshold.citation)})` : ' (art. 55-bis c.4 D.Lgs. 165/2001)'}`,
          },
          actor,
          { now: ctx.now, calendar: ctx.calendar, rule: ctx.rule, reminderRecipient: alertRecipients(c, ctx.entity) },
        )
      : undefined;
  if (input.granted && conclusion && !extends_ && input.newHearingDate! > conclusion.dueDate) {
    fail([
      {
        field: 'newHearingDate',
        message: `La nuova audizione cadrebbe oltre il termine di conclusione del ${conclusion.dueDate}.`,
      },
    ]);
  }
  const protocol = ctx.protocol();
  const sent = legalCommunication(
    c,
    procPk(c.entityId, c.id),
    {
      kind: 'DIFFERIMENTO',
      channel: input.channel,
      protocol,
      actDate: input.legalDate,
      ...(input.granted ? { hearingDate: input.newHearingDate } : {}),
      body: [
        input.granted
          ? `la sua istanza di differimento del ${d.receivedOn} è accolta: l'audizione è rinviata al giorno ${input.newHearingDate}, stessi ora e luogo.`
          : `la sua istanza di differimento del ${d.receivedOn} è respinta; l'audizione resta fissata al ${d.originalHearingDate}.`,
        `Motivazione: ${input.motivation}`,
      ],
    },
    ctx,
  );
  // The decision reaches the employee by a legal channel they can receive (PEC only with their address, fax only if given).
  checkChannel(c, sent.communication, true);
  const hearingNotice = running(agg.deadlines, terms.hearingNotice);
  // The employee asked for the new date: no notice is owed for it.
  const closed: Deadline[] = input.granted && hearingNotice ? [cancelled(hearingNotice)] : [];
  const ct = c.data.contestazione!;
  return {
    phase: c.phase,
    data: {
      ...c.data,
      protocols: [...c.data.protocols, protocol],
      deferral: {
        ...d,
        decision: input.granted ? 'ACCOLTA' : 'RESPINTA',
        decidedOn: input.legalDate,
        motivation: input.motivation,
        ...(input.granted
          ? { newHearingDate: input.newHearingDate, lengthDays: length, extendsConclusion: extends_ }
          : {}),
      },
      contestazione: input.granted ? { ...ct, hearing: { ...ct.hearing, date: input.newHearingDate! } } : ct,
      communications: [...c.data.communications, sent.communication],
    },
    events: [
      {
        type: input.granted ? 'DEFERRAL_GRANTED' : 'DEFERRAL_REFUSED',
        actor,
        legalDate: input.legalDate,
        payload: {
          protocol,
          ...(input.granted
            ? { newHearingDate: input.newHearingDate, lengthDays: length, extendsConclusion: extends_ }
            : {}),
        },
      },
      ...(moved?.events ?? []),
    ],
    deadlines: [...closed, ...(moved?.deadlines ?? [])],
    reminders: [
      ...cancelReminders(
        agg.reminders,
        closed.map((x) => x.id),
      ),
      ...(moved?.reminders ?? []),
    ],
    messages: sent.messages,
  };
}

/** The hearing in contraddittorio and its minutes; a missed hearing without memoria or deferral lapses the defence (L3653). */
export function recordHearing(
  c: DisciplineCase,
  input: z.infer<typeof hearingRecordSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO'], "Il verbale dell'audizione");
  requireAuthority(c, actor, ctx);
  const ct = c.data.contestazione!;
  const convocation = c.data.communications.find((x) => x.id === ct.communicationId);
  const deferred = c.data.deferral?.decision === 'ACCOLTA';
  // After a granted deferral, the decision moving the hearing must have reached the employee.
  const deferralNotice = deferred ? c.data.communications.filter((x) => x.kind === 'DIFFERIMENTO').at(-1) : undefined;
  if (deferred && deferralNotice?.status !== 'CONSEGNATA') {
    throw problems.rejected(
      "L'audizione differita non può tenersi prima che la comunicazione del differimento risulti consegnata al dipendente (art. 6 Allegato H, L3674-L3676).",
    );
  }
  if (!deferred && convocation?.status !== 'CONSEGNATA') {
    throw problems.rejected(
      "L'audizione non può tenersi prima che la convocazione risulti consegnata al dipendente con prova di ricezione (art. 6 Allegato H, L3674-L3676).",
    );
  }
  if (ct.convocationInvalid) {
    throw problems.rejected(
      `La convocazione è stata ricevuta con preavviso insufficiente: convocare di nuovo per una data non anteriore al ${ct.convocationInvalid.earliestValidHearing}.`,
    );
  }
  const errors = legalDateErrors('legalDate', input.legalDate, ctx);
  if (input.legalDate !== ct.hearing.date) {
    errors.push({ field: 'legalDate', message: `L'audizione è fissata al ${ct.hearing.date}.` });
  }
  fail(errors);
  const lapsed = !input.attended && c.data.memorie.length === 0;
  return {
    phase: c.phase,
    data: {
      ...c.data,
      hearings: [
        ...c.data.hearings,
        {
          date: input.legalDate,
          attended: input.attended,
          ...(input.defender ? { defender: input.defender } : {}),
          minutes: input.minutes,
        },
      ],
    },
    events: [
      {
        type: lapsed ? 'DEFENCE_LAPSED' : 'HEARING_HELD',
        actor,
        legalDate: input.legalDate,
        payload: {
          attended: input.attended,
          defender: input.defender?.type ?? null,
          ...(lapsed ? { basis: 'art. 4 c.6 Allegato H, L3653' } : {}),
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** Witnesses, documents, information from other administrations: the terms run on (L3679-L3681). */
export function recordInvestigation(
  c: DisciplineCase,
  input: z.infer<typeof investigationSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO', 'ISTRUTTORIA_UPD', 'NOTIZIA'], "L'atto istruttorio");
  requireAuthority(c, actor, ctx);
  fail(
    legalDateErrors('legalDate', input.legalDate, ctx, {
      date: c.data.notizia.firstAcquisitionDate,
      what: 'la notizia',
    }),
  );
  return {
    phase: c.phase,
    data: {
      ...c.data,
      investigation: [...c.data.investigation, { type: input.type, date: input.legalDate, summary: input.summary }],
    },
    events: [
      {
        type: 'INVESTIGATION_RECORDED',
        actor,
        legalDate: input.legalDate,
        payload: {
          type: input.type,
          basis: 'non sospende né differisce i termini (art. 6 c.4-6 Allegato H, L3679-L3681)',
        },
      },
    ],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}

/** After the contestation the employee may give a fax number for later communications (L3675). */
export function recordFax(
  c: DisciplineCase,
  input: z.infer<typeof faxNumberSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO', 'CONCILIAZIONE', 'DECISO'], "L'indicazione del numero di fax");
  requireEmployeeOrAuthority(c, actor, ctx);
  return {
    phase: c.phase,
    data: { ...c.data, employee: { ...c.data.employee, fax: input.fax } },
    events: [{ type: 'FAX_NUMBER_GIVEN', actor, payload: { basis: 'art. 6 c.2 Allegato H, L3675' } }],
    deadlines: [],
    reminders: [],
    messages: [],
  };
}
