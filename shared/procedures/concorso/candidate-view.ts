/**
 * What a candidate sees of their own application (concorso issue, item 10): where it stands, each step
 * with its date, the communications sent to them and how they were delivered, their convocations, their
 * marks once names are matched, their position once the graduatoria is approved. Only their own data:
 * other candidates appear nowhere, and nothing the board works on under anonymous codes is shown. Pure.
 */
import { italianDate } from '../../notify/email';
import type { LegalCommunication } from '../legal-communications';
import type { Concorso } from './concorso';
import { EXAM_KIND_LABELS } from './exams';
import type { Ranking } from './ranking';

export interface CandidateStep {
  /** Italian. */
  title: string;
  date?: string;
  /** Italian: what it means for the candidate. */
  detail: string;
  state: 'DONE' | 'CURRENT' | 'NEGATIVE';
}

export interface CandidateView {
  concorso: { id: string; title: string; phase: string };
  application: { protocolNumber: string; receivedDate: string; channel: string };
  steps: CandidateStep[];
  communications: { kind: string; channel: string; actDate: string; status: string; deliveredOn?: string }[];
  convocations: { kind: string; date: string; time: string; place: string }[];
}

const COMMUNICATION_KINDS: Record<string, string> = {
  ESCLUSIONE: "Comunicazione dell'esclusione",
  REGOLARIZZAZIONE: 'Richiesta di regolarizzazione',
};

export function candidateView(
  state: Concorso,
  app: { id: string; protocolNumber: string; receivedDate: string; channel: string },
  ranking?: Ranking,
): CandidateView {
  const d = state.data;
  const steps: CandidateStep[] = [
    {
      title: 'Domanda ricevuta',
      date: app.receivedDate,
      detail: `Registrata al protocollo n. ${app.protocolNumber}.`,
      state: 'DONE',
    },
  ];
  const communications: LegalCommunication[] = [];
  const regularisation = d.regularisations?.[app.id];
  if (regularisation) {
    communications.push(regularisation.communication);
    steps.push({
      title: 'Regolarizzazione della domanda',
      date: regularisation.requestedOn,
      detail:
        regularisation.status === 'REGULARISED'
          ? `Regolarizzata il ${italianDate(regularisation.regularisedOn!)}.`
          : regularisation.status === 'LAPSED'
            ? 'Non regolarizzata entro il termine.'
            : `Richiesta: ${regularisation.what}${regularisation.dueDate ? ` Termine: ${italianDate(regularisation.dueDate)}.` : ' Il termine di 10 giorni decorre dal ricevimento della richiesta.'}`,
      state:
        regularisation.status === 'LAPSED' ? 'NEGATIVE' : regularisation.status === 'REGULARISED' ? 'DONE' : 'CURRENT',
    });
  }
  const admission = d.admission;
  const excluded = admission?.excluded.find((x) => x.applicationId === app.id);
  const reserve = admission?.withReserve.find((x) => x.applicationId === app.id);
  if (excluded) communications.push(excluded.communication);
  if (admission) {
    steps.push({
      title: excluded ? 'Esclusione dal concorso' : reserve ? 'Ammissione con riserva' : 'Ammissione al concorso',
      date: admission.act.date,
      detail: excluded
        ? `Determinazione n. ${admission.act.number}. Motivo: ${excluded.reason}`
        : reserve
          ? `Determinazione n. ${admission.act.number}. Riserva: ${reserve.reason}`
          : `Determinazione n. ${admission.act.number}.`,
      state: excluded ? 'NEGATIVE' : 'DONE',
    });
  } else if (state.phase !== 'REVOKED') {
    steps.push({ title: 'Ammissione', detail: 'In attesa della determinazione di ammissione.', state: 'CURRENT' });
  }
  const admitted = !!admission && !excluded;
  const convocations =
    admitted && d.examCalendar
      ? d.examCalendar.exams.map((e) => ({
          kind: EXAM_KIND_LABELS[e.kind],
          date: e.date,
          time: e.time,
          place: e.place,
        }))
      : [];
  const oralList = d.oralAdmission;
  if (admitted && oralList) {
    const yes = oralList.admitted.find((a) => a.applicationId === app.id);
    const no = oralList.notAdmitted.find((a) => a.applicationId === app.id);
    steps.push({
      title: yes ? 'Ammissione alla prova orale' : 'Prove scritte',
      date: oralList.publishedAt.slice(0, 10),
      detail: yes
        ? `Voto: ${yes.written.map((w) => `${String(w).replace('.', ',')}/30`).join(', ')}.`
        : (no?.reason ?? ''),
      state: yes ? 'DONE' : 'NEGATIVE',
    });
  }
  const oral = d.oralSessions
    ?.flatMap((s) => s.results.map((r) => ({ ...r, date: s.date })))
    .find((r) => r.applicationId === app.id);
  if (oral) {
    const docs = d.preferences?.[app.id];
    steps.push({
      title: 'Prova orale',
      date: oral.date,
      detail:
        oral.outcome === 'PASSED'
          ? `Superata con ${String(oral.points).replace('.', ',')}/30. ${docs ? `Documenti dei titoli di preferenza ricevuti il ${italianDate(docs.receivedOn)}.` : `Documenti dei titoli di preferenza dichiarati entro il ${italianDate(oral.documentsDue!)}.`}`
          : oral.outcome === 'WITHDRAWN'
            ? 'Assente: considerato rinunciatario.'
            : `Non superata (${String(oral.points).replace('.', ',')}/30).`,
      state: oral.outcome === 'PASSED' ? 'DONE' : 'NEGATIVE',
    });
  }
  if (d.graduatoria && ranking) {
    const entry = ranking.entries.find((e) => e.candidateId === app.id);
    const out = ranking.excluded.find((e) => e.candidateId === app.id);
    if (entry || out) {
      steps.push({
        title: 'Graduatoria',
        date: d.graduatoria.approval.date,
        detail: entry
          ? `Posizione ${entry.position} con ${String(entry.score).replace('.', ',')} punti${entry.winner ? ': vincitore.' : ': idoneo.'} Graduatoria valida fino al ${italianDate(d.graduatoria.validUntil)}.`
          : `Non inserito: ${out!.reason}`,
        state: entry ? 'DONE' : 'NEGATIVE',
      });
    }
  }
  if (state.phase === 'REVOKED' && d.revocation) {
    steps.push({
      title: 'Bando revocato',
      date: d.revocation.act.date,
      detail: d.revocation.reasons,
      state: 'NEGATIVE',
    });
  }
  return {
    concorso: { id: state.id, title: state.title, phase: state.phase },
    application: { protocolNumber: app.protocolNumber, receivedDate: app.receivedDate, channel: app.channel },
    steps,
    communications: communications.map((c) => ({
      kind: COMMUNICATION_KINDS[c.kind] ?? c.kind,
      channel: c.channel,
      actDate: c.actDate,
      status: c.status,
      ...(c.deliveredOn ? { deliveredOn: c.deliveredOn } : {}),
    })),
    convocations,
  };
}
