/**
 * Opening a disciplinary case: the report of facts in the reserved protocol (§2.7 step 1), the charges
 * classified to their track and authority (§2.3), and the first terms started at once from the dates
 * the officers learned of the facts — so nothing waits on a clerk to start the clock (D4).
 */
import { formatCitation } from '../../calendar/terms';
import { problems } from '../../http/problem';
import type { ActorRef, NewEvent } from '../model';
import {
  alertRecipients,
  collect,
  type DisciplineContext,
  type DisciplineDecision,
  fail,
  legalDateErrors,
  setTerm,
  trackTerms,
} from './context';
import { alert } from './messages';
import { DISCIPLINE, DISCIPLINE_WORKFLOW_VERSION, type DisciplineCase, type DisciplineData } from './model';
import type { Classification } from './routing';
import type { OpenCase } from './schemas';

export interface Opened {
  procedure: DisciplineCase;
  event: NewEvent;
  opening: Pick<DisciplineDecision, 'deadlines' | 'reminders' | 'messages'>;
  extraEvents: NewEvent[];
}

export function openCase(
  input: OpenCase,
  classification: Classification,
  actor: ActorRef,
  id: string,
  ruleSet: string,
  ctx: DisciplineContext,
): Opened {
  const n = input.notizia;
  const errors = [
    ...legalDateErrors('notizia.firstAcquisitionDate', n.firstAcquisitionDate, ctx),
    ...legalDateErrors('notizia.authorityKnowledgeDate', n.authorityKnowledgeDate, ctx, {
      date: n.firstAcquisitionDate,
      what: 'la prima acquisizione della notizia, che è la più risalente',
    }),
    ...(n.updOtherwiseAcquiredDate
      ? legalDateErrors('notizia.updOtherwiseAcquiredDate', n.updOtherwiseAcquiredDate, ctx, {
          date: n.firstAcquisitionDate,
          what: 'la prima acquisizione della notizia',
        })
      : []),
    ...(n.reportedToUpdOn
      ? legalDateErrors('notizia.reportedToUpdOn', n.reportedToUpdOn, ctx, {
          date: n.authorityKnowledgeDate,
          what: 'la conoscenza dei fatti da parte del responsabile',
        })
      : []),
    ...input.charges.flatMap((ch, i) =>
      ch.factDate > n.firstAcquisitionDate
        ? [{ field: `charges.${i}.factDate`, message: 'Il fatto non può essere successivo alla notizia.' }]
        : [],
    ),
  ];
  fail(errors);
  const regime = ruleSet.startsWith('national') ? 'national' : 'stresa-rous';
  if (n.reportedToUpdOn && regime !== 'national') {
    fail([
      {
        field: 'notizia.reportedToUpdOn',
        message:
          "Nel regime dell'Allegato H la trasmissione all'UPD è un atto del Segretario, con contestuale comunicazione al dipendente (art. 5 c.1, L3657).",
      },
    ]);
  }
  const protocol = ctx.protocol();
  const at = ctx.now.toISOString();
  const data: DisciplineData = {
    regime,
    employee: { ...input.employee },
    notizia: {
      source: n.source,
      reporter: { userId: actor.id, name: actor.name },
      facts: n.facts,
      firstAcquisitionDate: n.firstAcquisitionDate,
      authorityKnowledgeDate: n.authorityKnowledgeDate,
      ...(n.updOtherwiseAcquiredDate ? { updOtherwiseAcquiredDate: n.updOtherwiseAcquiredDate } : {}),
    },
    charges: input.charges,
    classification,
    protocols: [protocol],
    memorie: [],
    hearings: [],
    investigation: [],
    communications: [],
    tasks: [],
  };
  const procedure: DisciplineCase = {
    entityId: input.entityId,
    id,
    type: DISCIPLINE,
    // No name and no charge in the title: it travels in reminders and alerts (§2.14).
    title: `Procedimento disciplinare prot. ris. ${protocol}`,
    phase: classification.track === 'PD_V' ? 'RIMPROVERO_VERBALE' : 'NOTIZIA',
    version: 1,
    ruleSet,
    workflowVersion: DISCIPLINE_WORKFLOW_VERSION,
    data,
    createdAt: at,
    createdBy: actor,
    updatedAt: at,
  };
  const event: NewEvent = {
    type: classification.track === 'PD_V' ? 'VERBAL_REPRIMAND_RECORDED' : 'CASE_OPENED',
    actor,
    legalDate: n.authorityKnowledgeDate,
    payload: {
      protocol,
      ruleSet,
      track: classification.track,
      authority: classification.authority,
      maxSanction: classification.maxSanction,
      firstAcquisitionDate: n.firstAcquisitionDate,
      authorityKnowledgeDate: n.authorityKnowledgeDate,
      // A verbal reprimand leaves no written trace in the personnel file (L3519): the register entry only.
      ...(classification.track === 'PD_V' ? { personnelFileRecord: false } : {}),
    },
  };
  if (classification.track === 'PD_V') {
    return { procedure, event, opening: { deadlines: [], reminders: [], messages: [] }, extraEvents: [] };
  }
  const terms = trackTerms(procedure);
  const set: ReturnType<typeof setTerm>[] = [];
  const extraEvents: NewEvent[] = [];
  const messages = [];
  if (regime === 'stresa-rous' && classification.track === 'PD_MIN') {
    // T-PD-01: 20 days from the Segretario's news (art. 4 c.1, L3647).
    set.push(setTerm(procedure, terms.contestation, 'SEGRETARIO_KNOWLEDGE', n.authorityKnowledgeDate, ctx));
  } else if (regime === 'stresa-rous') {
    // T-PD-10: transmission within 5 days of the news (L3657); T-PD-13: conclusion within 120 days of the
    // first acquisition of the news by any officer (L3669, A-3).
    set.push(setTerm(procedure, terms.transmission!, 'SEGRETARIO_KNOWLEDGE', n.authorityKnowledgeDate, ctx));
    set.push(setTerm(procedure, terms.conclusion, 'FIRST_KNOWLEDGE', n.firstAcquisitionDate, ctx));
  } else {
    const report = setTerm(procedure, terms.transmission!, 'HEAD_KNOWLEDGE', n.authorityKnowledgeDate, ctx);
    if (n.reportedToUpdOn) {
      // The report reaches the UPD with the opening: the contestation term runs from the earlier of the
      // report and the UPD's own full knowledge (art. 55-bis c.4).
      const late = n.reportedToUpdOn > report.deadline.dueDate;
      data.transmission = { actDate: n.reportedToUpdOn, receivedOn: n.reportedToUpdOn, protocol, late };
      set.push({
        ...report,
        deadline: { ...report.deadline, status: 'MET', metBy: { act: 'REPORT_TO_UPD', legalDate: n.reportedToUpdOn } },
        reminders: [],
      });
      const knowledge = [n.reportedToUpdOn, n.updOtherwiseAcquiredDate].filter(Boolean).sort()[0] as string;
      set.push(setTerm(procedure, terms.contestation, 'UPD_KNOWLEDGE', knowledge, ctx));
      procedure.phase = 'ISTRUTTORIA_UPD';
      if (late) {
        // Not peremptory (c.9-ter): the late report is recorded and escalated, not refused and not hidden.
        extraEvents.push({
          type: 'LATE_REPORT_ESCALATED',
          actor,
          legalDate: n.reportedToUpdOn,
          payload: { dueDate: report.deadline.dueDate, basis: formatCitation(report.deadline.citation) },
        });
        messages.push(
          alert(
            procedure,
            alertRecipients(procedure, ctx.entity),
            {
              subject: "Segnalazione all'UPD oltre il termine",
              paragraphs: [
                `La segnalazione è pervenuta all'UPD il ${n.reportedToUpdOn}, oltre il termine del ${report.deadline.dueDate}. Il termine non è perentorio ma il ritardo va valutato ai fini della responsabilità (art. 55-sexies c.3 D.Lgs. 165/2001).`,
              ],
              facts: [['Fondamento', formatCitation(report.deadline.citation)]],
            },
            ctx,
          ),
        );
      }
    } else {
      set.push(report);
    }
  }
  if (
    n.updOtherwiseAcquiredDate &&
    (classification.track === 'PD_MAJ' || (regime === 'national' && !n.reportedToUpdOn))
  ) {
    // The UPD already knew: its contestation term runs from that knowledge (L3668; art. 55-bis c.4
    // "altrimenti avuto piena conoscenza"), without waiting for a report that may never come.
    set.push(setTerm(procedure, terms.contestation, 'UPD_KNOWLEDGE', n.updOtherwiseAcquiredDate, ctx));
    if (regime === 'national') procedure.phase = 'ISTRUTTORIA_UPD';
  }
  if (set.length === 0) throw problems.rejected('Nessun termine applicabile: verificare il regime del procedimento.');
  const parts = collect(set);
  return {
    procedure,
    event,
    opening: { deadlines: parts.deadlines, reminders: parts.reminders, messages },
    extraEvents: [...parts.events, ...extraEvents],
  };
}

export { DISCIPLINE_WORKFLOW_VERSION };
