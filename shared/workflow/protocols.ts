/**
 * Reserved protocol numbers for an act (L3697), drawn only once the act is accepted: the decision is
 * computed with placeholders, then each placeholder it used gets the register's next number. A refused
 * act draws none; a transition that then loses a race leaves a visible gap, never a reused number.
 */
import { romeDateOf } from '../calendar/dates';
import { nextReservedProtocol } from '../store/discipline';

const TOKEN = /@@PROTOCOL-(\d+)@@/g;

export async function withReservedProtocols<T>(
  entityId: string,
  now: Date,
  build: (protocol: () => string) => T,
): Promise<T> {
  let n = 0;
  const result = build(() => `@@PROTOCOL-${++n}@@`);
  if (n === 0) return result;
  const year = romeDateOf(now).slice(0, 4);
  const numbers: string[] = [];
  // In order, so the act's numbers follow each other in the register.
  for (let i = 0; i < n; i++) numbers.push(await nextReservedProtocol(entityId, year));
  return JSON.parse(JSON.stringify(result).replace(TOKEN, (_m, i: string) => numbers[Number(i) - 1])) as T;
}
