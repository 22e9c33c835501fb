/**
 * Reading a graduatoria together with the appointments made on it: which positions are used, who is
 * next (scorrimento, D3 Q14). Appointments are contract procedures whose source names the graduatoria.
 */
import type { Graduatoria, GraduatoriaEntry } from '../procedures/contract/graduatoria';
import { nextEligible } from '../procedures/contract/graduatoria';
import type { ContractProcedure } from '../procedures/contract/model';
import { getGraduatoria } from '../store/graduatorie';
import { listProcedures } from '../store/procedures';

export async function appointmentsOn(entityId: string, graduatoriaId: string): Promise<ContractProcedure[]> {
  const contracts = (await listProcedures(entityId, 'contract')) as ContractProcedure[];
  return contracts.filter((c) => c.data.source.graduatoriaId === graduatoriaId);
}

export async function graduatoriaState(
  entityId: string,
  id: string,
  today: string,
): Promise<{ graduatoria: Graduatoria; appointments: ContractProcedure[]; next?: GraduatoriaEntry } | undefined> {
  const graduatoria = await getGraduatoria(entityId, id);
  if (!graduatoria) return undefined;
  const appointments = await appointmentsOn(entityId, id);
  // A position is used once appointed, or once proposed for a scorrimento: two lapses never propose the same person.
  const used = appointments
    .flatMap((c) => [c.data.source.position, c.data.scorrimento?.position])
    .filter((n): n is number => n !== undefined);
  return { graduatoria, appointments, next: nextEligible(graduatoria, used, today) };
}

/** The procedure id of the appointment of a graduatoria's position: one per position, whoever retries. */
export const appointmentId = (graduatoriaId: string, position: number) => `${graduatoriaId}p${position}`;
