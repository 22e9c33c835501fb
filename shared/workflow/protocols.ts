/**
 * Protocol numbers for an act — of the reserved register for disciplinary acts (L3697), of the general
 * one otherwise — drawn only once the act is accepted: the decision is
 * computed with placeholders, then each placeholder it used gets the register's next number. A refused
 * act draws none; a transition that then loses a race leaves a visible gap, never a reused number.
 */
import { romeDateOf } from '../calendar/dates';
import { nextProtocolNumber } from '../store/protocol';

const TOKEN = /@@PROTOCOL-(\d+)@@/g;

export async function withProtocolNumbers<T>(
  entityId: string,
  now: Date,
  register: 'RISERVATO' | 'GENERALE',
  build: (protocol: () => string) => T,
): Promise<T> {
  let n = 0;
  const result = build(() => `@@PROTOCOL-${++n}@@`);
  if (n === 0) return result;
  const year = romeDateOf(now).slice(0, 4);
  const numbers: string[] = [];
  // In order, so the act's numbers follow each other in the register.
  for (let i = 0; i < n; i++) numbers.push(await nextProtocolNumber(entityId, year, register));
  return JSON.parse(JSON.stringify(result).replace(TOKEN, (_m, i: string) => numbers[Number(i) - 1])) as T;
}
