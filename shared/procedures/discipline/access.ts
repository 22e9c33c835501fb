/**
 * Who may read a disciplinary file, and what each reader sees (§2.14, V-PD-22, D4): the competent
 * authority the whole file; the employee their own file (access to the investigation acts, L3677) without
 * the internal tasks and the reporter's identity; the HR head (personnel office) the sealed file only
 * (L3699). Anyone else is answered as if the case did not exist, so nothing leaks its existence.
 */
import type { Entity } from '../../entities/entities';
import { type Actor, hasRole } from '../../http/actor';
import type { Deadline, Reminder } from '../model';
import { procedureView } from '../views';
import { authorityOf, criminalSuspensionAllowed, isAuthority } from './context';
import { DISCIPLINE_PHASE_LABELS, type DisciplineCase, type DisciplinePhase } from './model';
import type { DisciplineAct } from './transitions';

export type Reader = 'AUTORITA' | 'DIPENDENTE' | 'UFFICIO_PERSONALE';

export function readerOf(c: DisciplineCase, entity: Entity, actor: Actor): Reader | undefined {
  if (!actor.entities.includes(c.entityId)) return undefined;
  // The employee reads their own file as the employee, whatever other role they hold.
  if (actor.id === c.data.employee.userId) return hasRole(actor, c.entityId, 'EMPLOYEE') ? 'DIPENDENTE' : undefined;
  if (isAuthority(c, entity, actor.id) && hasRole(actor, c.entityId, 'SEGRETARIO', 'UPD_MEMBER', 'RESP_SERVIZIO')) {
    return 'AUTORITA';
  }
  if (c.phase === 'CONCLUSO' && hasRole(actor, c.entityId, 'HR_HEAD')) return 'UFFICIO_PERSONALE';
  return undefined;
}

/** The acts the authority may take in each phase (the console shows these forms). */
const ACTS_BY_PHASE: Record<DisciplinePhase, DisciplineAct[]> = {
  RIMPROVERO_VERBALE: [],
  NOTIZIA: [
    'contest',
    'transmit-to-upd',
    'requalify',
    'record-investigation',
    'non-luogo',
    'cautionary-suspension',
    'record-transfer',
    'record-cessation',
  ],
  ISTRUTTORIA_UPD: [
    'contest',
    'record-investigation',
    'suspend-criminal',
    'non-luogo',
    'cautionary-suspension',
    'record-transfer',
    'record-cessation',
  ],
  CONTESTATO: [
    'record-delivery',
    'reconvene',
    'record-memoria',
    'request-deferral',
    'decide-deferral',
    'record-hearing',
    'record-investigation',
    'record-fax',
    'record-inspectorate',
    'open-conciliation',
    'suspend-criminal',
    'requalify',
    'decide',
    'cautionary-suspension',
    'record-transfer',
    'record-cessation',
  ],
  CONCILIAZIONE: ['close-conciliation', 'record-fax', 'record-transfer', 'record-cessation'],
  SOSPESO_PENALE: ['record-judgment', 'cautionary-suspension', 'record-transfer', 'record-cessation'],
  RIPRESA_DA_AVVIARE: ['contest', 'record-transfer', 'record-cessation'],
  DECISO: ['record-delivery', 'seal-file', 'record-inspectorate', 'record-fax'],
  CONCLUSO: ['record-inspectorate', 'record-acquittal', 'request-reopening'],
  RIAPERTURA_DA_AVVIARE: ['contest'],
  DECADUTO: ['archive'],
  TRASFERITO: [],
  CESSATO: [],
  ARCHIVIATO: [],
};

/** The employee's own acts on their file (defence, L3649; fax, L3675; reopening request, L3718). */
const EMPLOYEE_ACTS: DisciplineAct[] = ['record-memoria', 'request-deferral', 'record-fax', 'request-reopening'];

/**
 * Whether an act listed for the phase can be taken now: the console offers only these forms. The domain
 * still checks each act when it comes (this only spares the user a form that would be refused).
 */
function feasible(c: DisciplineCase, deadlines: Deadline[], act: DisciplineAct): boolean {
  const running = (id: string) =>
    deadlines.some((d) => d.id === id && (d.status === 'OPEN' || d.status === 'SUSPENDED'));
  const pendingDelivery = c.data.communications.some(
    (m) => (m.status === 'IN_CONSEGNA' && m.channel !== 'PEC') || m.status === 'MANCATA_CONSEGNA',
  );
  switch (act) {
    case 'transmit-to-upd':
      return c.data.classification.authority === 'UPD';
    case 'requalify':
      return c.data.regime === 'stresa-rous' && c.data.classification.track === 'PD_MIN';
    case 'record-delivery':
      return pendingDelivery;
    case 'reconvene':
      return !!c.data.contestazione?.convocationInvalid;
    case 'request-deferral':
      return !c.data.deferral;
    case 'decide-deferral':
      return !!c.data.deferral && !c.data.deferral.decision;
    case 'open-conciliation':
      return !c.data.conciliation && running('discipline.conciliation');
    case 'suspend-criminal':
      return criminalSuspensionAllowed(c);
    case 'record-inspectorate':
      return running('discipline.inspectorateStartCommunication') || running('discipline.inspectorateCommunication');
    case 'record-acquittal':
      return c.data.outcome?.type === 'SANZIONE' && !c.data.acquittal;
    case 'request-reopening':
      return running('discipline.reopeningRequest');
    default:
      return true;
  }
}

export function caseView(
  c: DisciplineCase,
  entity: Entity,
  deadlines: Deadline[],
  reminders: Reminder[],
  reader: Reader,
) {
  const base = procedureView(c, deadlines, reader === 'AUTORITA' ? reminders : []);
  const view = {
    ...base,
    phaseLabel: DISCIPLINE_PHASE_LABELS[c.phase],
    reader,
    authority: authorityOf(c, entity).map(({ userId, name }) => ({ userId, name })),
    acts:
      reader === 'AUTORITA'
        ? ACTS_BY_PHASE[c.phase].filter((a) => feasible(c, deadlines, a))
        : reader === 'DIPENDENTE'
          ? ACTS_BY_PHASE[c.phase].filter((a) => EMPLOYEE_ACTS.includes(a) && feasible(c, deadlines, a))
          : [],
  };
  if (reader !== 'DIPENDENTE') return view;
  const { tasks: _tasks, notizia, ...data } = c.data;
  const { reporter: _reporter, ...ownNotizia } = notizia;
  return { ...view, data: { ...data, notizia: ownNotizia } };
}

/** One line per case for lists: no charge, no facts (lists must not leak details). */
export function caseSummary(c: DisciplineCase, reader: Reader) {
  return {
    id: c.id,
    title: c.title,
    phase: c.phase,
    phaseLabel: DISCIPLINE_PHASE_LABELS[c.phase],
    employee: reader === 'DIPENDENTE' ? undefined : c.data.employee.name,
    track: c.data.classification.track,
    ruleSet: c.ruleSet,
    reader,
    updatedAt: c.updatedAt,
  };
}
