/**
 * From the news to the defence: the transmission to the UPD, the contestation with its convocation, its
 * delivery through a legal channel (the hearing notice runs from receipt: T-PD-02, T-PD-12) and the
 * new convocation when the notice fell short.
 */

import type { z } from 'zod';
import { addDays, romeDateOf } from '../../calendar/dates';
import { formatCitation } from '../../calendar/terms';
import { problems } from '../../http/problem';
import { hasTerm } from '../../rules';
import { procPk } from '../../store/keys';
import { manualDeliveryTarget, pecReceiptTarget } from '../legal-communications';
import type { ActorRef, Deadline, NewEvent, OutboxDraft, Reminder } from '../model';
import { INSPECTORATE } from './conclusion';
import {
  alertRecipients,
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
import { alert, legalCommunication } from './messages';
import type { DisciplineCase, DisciplineData, Hearing, LegalCommunication } from './model';
import { conciliationAllowed } from './routing';
import type { contestSchema, pecReceiptSchema, reconveneSchema, recordDeliverySchema, transmitSchema } from './schemas';

export interface Terms {
  deadlines: Deadline[];
  reminders: Reminder[];
}

/** Transmission of the acts to the UPD (stresa-rous, L3657) or the UPD's receipt of the head's report (national). */
export function transmit(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof transmitSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['NOTIZIA'], "La trasmissione degli atti all'UPD");
  if (c.data.classification.authority !== 'UPD') {
    throw problems.wrongPhase("Il procedimento è di competenza del Segretario: non si trasmette all'UPD.");
  }
  const stresa = c.data.regime === 'stresa-rous';
  // Allegato H: the Segretario transmits (L3657); national: the UPD records the report it received.
  if (stresa && actor.id !== ctx.entity.discipline.segretario.userId) {
    throw problems.forbidden("La trasmissione degli atti all'UPD spetta al Segretario (art. 5 c.1 Allegato H, L3657).");
  }
  if (!stresa) requireAuthority(c, actor, ctx);
  const errors = [
    ...legalDateErrors('legalDate', input.legalDate, ctx, {
      date: c.data.notizia.authorityKnowledgeDate,
      what: 'la notizia del fatto',
    }),
    ...legalDateErrors('receivedOn', input.receivedOn, ctx, { date: input.legalDate, what: 'la trasmissione' }),
  ];
  if (stresa && !input.channel) {
    errors.push({
      field: 'channel',
      message:
        'Indicare il canale della contestuale comunicazione al dipendente (art. 5 c.1 Allegato H, L3657; art. 6, L3674-L3676).',
    });
  }
  fail(errors);
  const terms = trackTerms(c);
  const term = running(agg.deadlines, terms.transmission);
  const late = !!term && input.legalDate > term.dueDate;
  if (term?.peremptory) withinTerm(term, input.legalDate, 'legalDate', "La trasmissione degli atti all'UPD");
  const protocol = ctx.protocol();
  const knowledge = [input.receivedOn, c.data.notizia.updOtherwiseAcquiredDate].filter(Boolean).sort()[0] as string;
  const contestation = setTerm(c, terms.contestation, 'UPD_KNOWLEDGE', knowledge, ctx);
  const data: DisciplineData = {
    ...c.data,
    protocols: [...c.data.protocols, protocol],
    transmission: { actDate: input.legalDate, receivedOn: input.receivedOn, protocol, ...(late ? { late } : {}) },
  };
  const messages: OutboxDraft[] = [];
  if (input.channel) {
    const sent = legalCommunication(
      c,
      procPk(c.entityId, c.id),
      {
        kind: 'COMUNICAZIONE_TRASMISSIONE',
        channel: input.channel,
        protocol,
        actDate: input.legalDate,
        body: [
          `si comunica che in data ${input.legalDate} gli atti relativi a fatti che la riguardano sono stati trasmessi all'Ufficio competente per i procedimenti disciplinari, che le contesterà per iscritto l'eventuale addebito.`,
        ],
      },
      ctx,
    );
    checkChannel(c, sent.communication);
    data.communications = [...c.data.communications, sent.communication];
    messages.push(...sent.messages);
  }
  if (late) {
    messages.push(
      alert(
        c,
        alertRecipients(c, ctx.entity),
        {
          subject: "Segnalazione all'UPD oltre il termine",
          paragraphs: [
            `La segnalazione è stata trasmessa il ${input.legalDate}, oltre il termine del ${term!.dueDate}: il termine non è perentorio, ma il ritardo va valutato (art. 55-sexies c.3 D.Lgs. 165/2001).`,
          ],
          facts: [['Fondamento', formatCitation(term!.citation)]],
        },
        ctx,
      ),
    );
  }
  const events: NewEvent[] = [
    {
      type: 'TRANSMITTED_TO_UPD',
      actor,
      legalDate: input.legalDate,
      payload: { protocol, receivedOn: input.receivedOn, late, channel: input.channel ?? null },
    },
    contestation.event,
  ];
  return {
    phase: 'ISTRUTTORIA_UPD',
    data,
    events,
    deadlines: [...(term ? [met(term, 'TRANSMITTED_TO_UPD', input.legalDate)] : []), contestation.deadline],
    reminders: [...cancelReminders(agg.reminders, term ? [term.id] : []), ...contestation.reminders],
    messages,
  };
}

/** V-PD-18: PEC needs the employee's certified address; fax only after the contestation, when indicated. */
export function checkChannel(c: DisciplineCase, comm: LegalCommunication, afterContestation = false): void {
  if (comm.channel === 'PEC' && !c.data.employee.pec) {
    fail([
      {
        field: 'channel',
        message:
          'Il dipendente non ha indicato una casella PEC: usare la consegna a mano o la raccomandata A/R (art. 6 Allegato H, L3674, L3676).',
      },
    ]);
  }
  if (comm.channel === 'FAX' && (!afterContestation || !c.data.employee.fax)) {
    fail([
      {
        field: 'channel',
        message:
          'Il fax si usa solo per le comunicazioni successive alla contestazione, al numero indicato dal dipendente (art. 6 Allegato H, L3675).',
      },
    ]);
  }
}

/** The minimum notice of the hearing (T-PD-02, T-PD-12; art. 55-bis c.4): from delivery to the hearing. */
function noticeDays(c: DisciplineCase, ctx: DisciplineContext): { days: number; citation: string } {
  const rule = ctx.rule(trackTerms(c).hearingNotice);
  return { days: rule.quantity, citation: formatCitation(rule.citation) };
}

/** The contestation of the charge with the convocation (art. 4 c.1, art. 5 c.6 Allegato H; art. 55-bis c.4). */
export function contest(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof contestSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  const renewed = c.phase === 'RIPRESA_DA_AVVIARE' || c.phase === 'RIAPERTURA_DA_AVVIARE';
  const first = c.data.classification.authority === 'UPD' ? 'ISTRUTTORIA_UPD' : 'NOTIZIA';
  requirePhase(c, [first, 'RIPRESA_DA_AVVIARE', 'RIAPERTURA_DA_AVVIARE'], "La contestazione dell'addebito");
  requireAuthority(c, actor, ctx);
  const notice = noticeDays(c, ctx);
  const errors = legalDateErrors('legalDate', input.legalDate, ctx, {
    date: c.data.transmission?.receivedOn ?? c.data.notizia.authorityKnowledgeDate,
    what: 'la notizia o la ricezione degli atti',
  });
  if (input.channel === 'FAX') {
    errors.push({
      field: 'channel',
      message: 'La contestazione non si comunica via fax: il fax è ammesso solo dopo la contestazione (L3675).',
    });
  }
  if (c.data.regime === 'stresa-rous' && !input.visto) {
    errors.push({
      field: 'visto',
      message: 'Ogni atto formale del procedimento richiede il visto del Segretario (art. 7 Allegato H, L3698).',
    });
  }
  if (input.visto && input.visto.date > input.legalDate) {
    errors.push({ field: 'visto.date', message: "Il visto precede o accompagna l'atto: non può essere successivo." });
  }
  // Delivery cannot precede the act, so a hearing closer than the notice to the act date can never be valid.
  const earliest = addDays(input.legalDate, notice.days);
  if (input.hearing.date < earliest) {
    errors.push({
      field: 'hearing.date',
      message: `L'audizione va fissata con un preavviso di almeno ${notice.days} giorni dalla ricezione: non prima del ${earliest} anche con consegna in giornata (${notice.citation}).`,
    });
  }
  fail(errors);
  const terms = trackTerms(c);
  const bound = renewed
    ? running(agg.deadlines, c.phase === 'RIPRESA_DA_AVVIARE' ? 'discipline.resumption' : 'discipline.reopening')
    : running(agg.deadlines, terms.contestation);
  if (bound?.peremptory) withinTerm(bound, input.legalDate, 'legalDate', "La contestazione dell'addebito");
  if (bound && bound.status === 'SUSPENDED') throw problems.wrongPhase('Il termine di contestazione è sospeso.');

  const protocol = ctx.protocol();
  const set: ReturnType<typeof setTerm>[] = [];
  const closed: Deadline[] = bound ? [met(bound, 'CONTESTATION', input.legalDate)] : [];
  if (renewed) {
    // L3721: concluded within 180 days of the resumption (national: 120, art. 55-ter c.4); the old term goes.
    for (const id of [terms.conclusion, 'discipline.resumedConclusion']) {
      const old = running(agg.deadlines, id);
      if (old) closed.push(cancelled(old));
    }
    set.push(setTerm(c, 'discipline.resumedConclusion', 'RENEWED_CONTESTATION', input.legalDate, ctx));
  } else if (!running(agg.deadlines, terms.conclusion)) {
    // PD_MIN: 60 days from the contestation (L3650); national: 120 days from it (c.4). PD_MAJ's runs already.
    set.push(setTerm(c, terms.conclusion, 'CONTESTATION_ACT', input.legalDate, ctx));
  }
  if (!renewed && conciliationAllowed(c.data.classification).allowed) {
    // Conciliation may be opened and closed within 30 days of the contestation (L3705, A-4: the act date).
    set.push(setTerm(c, 'discipline.conciliation', 'CONTESTATION_ACT', input.legalDate, ctx));
  }
  set.push(setTerm(c, terms.hearingNotice, 'HEARING_DATE', input.hearing.date, ctx));
  // national@2: the start of the case reaches the Ispettorato within 20 days (art. 55-bis c.4).
  if (!renewed && hasTerm(c.ruleSet, INSPECTORATE.AVVIO)) {
    set.push(setTerm(c, INSPECTORATE.AVVIO, 'CONTESTATION_ACT', input.legalDate, ctx));
  }
  const sent = legalCommunication(
    c,
    procPk(c.entityId, c.id),
    {
      kind: renewed ? 'RINNOVO_CONTESTAZIONE' : 'CONTESTAZIONE',
      channel: input.channel,
      protocol,
      actDate: input.legalDate,
      hearingDate: input.hearing.date,
      body: contestationText(c, input.addebito, input.normsViolated, input.evidence, input.hearing, notice.days),
    },
    ctx,
  );
  checkChannel(c, sent.communication);
  const parts = collect(set);
  return {
    phase: 'CONTESTATO',
    data: {
      ...c.data,
      protocols: [...c.data.protocols, protocol],
      // A renewed contestation starts the procedure of arts. 4-5 again (L3722): its own deferral.
      ...(renewed ? { deferral: undefined } : {}),
      contestazione: {
        protocol,
        actDate: input.legalDate,
        addebito: input.addebito,
        normsViolated: input.normsViolated,
        evidence: input.evidence,
        hearing: input.hearing,
        visto: input.visto ?? { by: actor.name, date: input.legalDate },
        renewed,
        communicationId: sent.communication.id,
      },
      communications: [...c.data.communications, sent.communication],
    },
    events: [
      {
        type: renewed ? 'CONTESTATION_RENEWED' : 'CONTESTATION_ISSUED',
        actor,
        legalDate: input.legalDate,
        payload: {
          protocol,
          hearing: input.hearing,
          channel: input.channel,
          communicationId: sent.communication.id,
          ...(bound ? { term: bound.id, dueDate: bound.dueDate } : {}),
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

/** The act's required content (§2.18): facts, norms, evidence, hearing, assistance, access, defence options. */
function contestationText(
  c: DisciplineCase,
  addebito: string,
  norms: string,
  evidence: string,
  hearing: Hearing,
  noticeDays: number,
): string[] {
  return [
    `le si contesta per iscritto il seguente addebito: ${addebito}`,
    `Norme che si ritengono violate: ${norms}.`,
    `Elementi di prova: ${evidence}.`,
    `È convocato/a per l'audizione a sua difesa il giorno ${hearing.date} alle ore ${hearing.time} presso ${hearing.place}, con un preavviso di almeno ${noticeDays} giorni dalla ricezione della presente.`,
    "Può farsi assistere da un procuratore o da un rappresentante dell'associazione sindacale cui aderisce o conferisce mandato. Ha diritto di accesso agli atti istruttori del procedimento.",
    "Entro la data dell'audizione, se non intende presentarsi, può inviare una memoria scritta o, in caso di grave ed oggettivo impedimento, una motivata istanza di rinvio; il differimento può essere disposto una sola volta.",
    `Regime applicato: ${c.data.regime === 'national' ? 'art. 55-bis D.Lgs. 165/2001' : 'Allegato H al Regolamento degli uffici e dei servizi'}.`,
  ];
}

/** Delivery evidence registered by the officer: hand delivery, A/R return card, fax report (V-PD-18). */
export function recordDelivery(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof recordDeliverySchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
  documentSha256?: string,
): DisciplineDecision {
  requireAuthority(c, actor, ctx);
  const comm = manualDeliveryTarget(c.data.communications, input.communicationId, input.evidence.kind);
  fail(legalDateErrors('deliveredOn', input.deliveredOn, ctx, { date: comm.actDate, what: "la data dell'atto" }));
  return delivered(
    c,
    agg,
    comm,
    input.deliveredOn,
    {
      kind: input.evidence.kind,
      reference: input.evidence.reference,
      ...(documentSha256 ? { documentSha256, documentName: input.evidence.document?.filename } : {}),
    },
    actor,
    ctx,
  );
}

/** A PEC receipt from the gateway: delivered (the receipt is the evidence) or not delivered (alert). */
export function pecReceipt(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof pecReceiptSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  const comm = pecReceiptTarget(c.data.communications, input.communicationId);
  if (input.type === 'MANCATA_CONSEGNA') {
    const failed: LegalCommunication = {
      ...comm,
      status: 'MANCATA_CONSEGNA',
      pecMessageId: input.pecMessageId,
      failure: input.detail ?? 'mancata consegna',
    };
    return {
      phase: c.phase,
      data: { ...c.data, communications: c.data.communications.map((x) => (x.id === comm.id ? failed : x)) },
      events: [
        {
          type: 'PEC_NOT_DELIVERED',
          actor,
          legalDate: romeDateOf(new Date(input.issuedAt)),
          payload: { communicationId: comm.id, receiptId: input.receiptId, detail: failed.failure },
        },
      ],
      deadlines: [],
      reminders: [],
      messages: [
        alert(
          c,
          alertRecipients(c, ctx.entity),
          {
            subject: 'PEC non consegnata',
            paragraphs: [
              `La PEC (prot. ris. ${comm.protocol}) non è stata consegnata: ${failed.failure}. Provvedere con consegna a mano o raccomandata A/R (art. 6 Allegato H, L3674-L3676) e registrarne la prova.`,
            ],
            facts: [['Comunicazione', comm.kind]],
          },
          ctx,
        ),
      ],
    };
  }
  return delivered(
    c,
    agg,
    { ...comm, pecMessageId: input.pecMessageId },
    romeDateOf(new Date(input.issuedAt)),
    { kind: 'RICEVUTA_PEC', reference: input.receiptId, issuedAt: input.issuedAt },
    actor,
    ctx,
  );
}

/**
 * The communication reached the employee. A convocation must leave the minimum notice from receipt to the
 * hearing (T-PD-02/12): a shorter one is invalid and the authority must convene again (FX-PD-07).
 */
function delivered(
  c: DisciplineCase,
  agg: Terms,
  comm: LegalCommunication,
  deliveredOn: string,
  evidence: LegalCommunication['evidence'],
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  const done: LegalCommunication = { ...comm, status: 'CONSEGNATA', deliveredOn, evidence, failure: undefined };
  const data: DisciplineData = {
    ...c.data,
    communications: c.data.communications.map((x) => (x.id === comm.id ? done : x)),
  };
  const events: NewEvent[] = [
    {
      type: 'COMMUNICATION_DELIVERED',
      actor,
      legalDate: deliveredOn,
      payload: { communicationId: comm.id, kind: comm.kind, channel: comm.channel, evidence },
    },
  ];
  const deadlines: Deadline[] = [];
  const messages: OutboxDraft[] = [];
  const convenes = comm.hearingDate && comm.id === (c.data.contestazione?.communicationId ?? '');
  if (convenes && c.data.contestazione) {
    const notice = noticeDays(c, ctx);
    const earliest = addDays(deliveredOn, notice.days);
    const term = running(agg.deadlines, trackTerms(c).hearingNotice);
    if (comm.hearingDate! < earliest) {
      data.contestazione = {
        ...c.data.contestazione,
        convocationInvalid: { deliveredOn, earliestValidHearing: earliest },
      };
      data.tasks = [
        ...c.data.tasks,
        {
          id: ctx.newId(),
          kind: 'RECONVENE',
          label: `Nuova convocazione: l'audizione del ${comm.hearingDate} non rispetta il preavviso di ${notice.days} giorni dalla ricezione (${deliveredOn}); nuova data non prima del ${earliest}.`,
          createdAt: ctx.now.toISOString(),
          citation: notice.citation,
        },
      ];
      events.push({
        type: 'CONVOCATION_INVALID',
        actor,
        legalDate: deliveredOn,
        payload: { hearingDate: comm.hearingDate, earliestValidHearing: earliest, basis: notice.citation },
      });
      messages.push(
        alert(
          c,
          alertRecipients(c, ctx.entity),
          {
            subject: 'Convocazione con preavviso insufficiente',
            paragraphs: [
              `La convocazione è stata ricevuta il ${deliveredOn}: l'audizione del ${comm.hearingDate} non rispetta il preavviso minimo di ${notice.days} giorni. Convocare di nuovo per una data non anteriore al ${earliest}, entro il termine di conclusione.`,
            ],
            facts: [['Fondamento', notice.citation]],
          },
          ctx,
        ),
      );
      if (term) deadlines.push(cancelled(term));
    } else {
      data.contestazione = { ...c.data.contestazione, convocationInvalid: undefined };
      if (term) deadlines.push(met(term, 'CONVOCATION_DELIVERED', deliveredOn));
    }
  }
  return {
    phase: c.phase,
    data,
    events,
    deadlines,
    reminders: cancelReminders(
      agg.reminders,
      deadlines.map((d) => d.id),
    ),
    messages,
  };
}

/** A new convocation after an invalid one, within the conclusion term (T-PD-02: "re-convene with full notice"). */
export function reconvene(
  c: DisciplineCase,
  agg: Terms,
  input: z.infer<typeof reconveneSchema>,
  actor: ActorRef,
  ctx: DisciplineContext,
): DisciplineDecision {
  requirePhase(c, ['CONTESTATO'], 'La nuova convocazione');
  requireAuthority(c, actor, ctx);
  const ct = c.data.contestazione!;
  // Only a convocation received with short notice is renewed: otherwise the hearing moves only by the one
  // deferral the employee may obtain (L3652, V-PD-06).
  if (!ct.convocationInvalid) {
    throw problems.wrongPhase(
      "La convocazione è valida: l'audizione si sposta solo con il differimento (art. 4 c.5 Allegato H, L3652).",
    );
  }
  const notice = noticeDays(c, ctx);
  const errors = legalDateErrors('legalDate', input.legalDate, ctx, { date: ct.actDate, what: 'la contestazione' });
  const earliest = addDays(input.legalDate, notice.days);
  if (input.hearing.date < earliest) {
    errors.push({
      field: 'hearing.date',
      message: `Preavviso di almeno ${notice.days} giorni dalla ricezione: non prima del ${earliest} (${notice.citation}).`,
    });
  }
  fail(errors);
  const conclusion =
    running(agg.deadlines, trackTerms(c).conclusion) ?? running(agg.deadlines, 'discipline.resumedConclusion');
  if (conclusion && input.hearing.date > conclusion.dueDate) {
    fail([
      {
        field: 'hearing.date',
        message: `L'audizione deve tenersi entro il termine di conclusione del ${conclusion.dueDate} (${formatCitation(conclusion.citation)}).`,
      },
    ]);
  }
  const protocol = ctx.protocol();
  const sent = legalCommunication(
    c,
    procPk(c.entityId, c.id),
    {
      kind: 'RICONVOCAZIONE',
      channel: input.channel,
      protocol,
      actDate: input.legalDate,
      hearingDate: input.hearing.date,
      body: [
        `a integrazione della contestazione prot. ris. ${ct.protocol} del ${ct.actDate}, è nuovamente convocato/a per l'audizione a sua difesa il giorno ${input.hearing.date} alle ore ${input.hearing.time} presso ${input.hearing.place}.`,
      ],
    },
    ctx,
  );
  checkChannel(c, sent.communication, true);
  const notice2 = setTerm(c, trackTerms(c).hearingNotice, 'HEARING_DATE', input.hearing.date, ctx);
  return {
    phase: 'CONTESTATO',
    data: {
      ...c.data,
      protocols: [...c.data.protocols, protocol],
      contestazione: {
        ...ct,
        hearing: input.hearing,
        communicationId: sent.communication.id,
        convocationInvalid: undefined,
      },
      communications: [...c.data.communications, sent.communication],
      tasks: c.data.tasks.map((t) =>
        t.kind === 'RECONVENE' && !t.doneAt ? { ...t, doneAt: ctx.now.toISOString() } : t,
      ),
    },
    events: [
      {
        type: 'RECONVENED',
        actor,
        legalDate: input.legalDate,
        payload: { protocol, hearing: input.hearing, channel: input.channel, communicationId: sent.communication.id },
      },
      notice2.event,
    ],
    deadlines: [notice2.deadline],
    reminders: notice2.reminders,
    messages: sent.messages,
  };
}
