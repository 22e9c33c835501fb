import { chainEvents, digestOfHeads, genesisHash, verifyChain } from '../../../shared/audit/chain';

const actor = { id: 'u', name: 'U', role: 'HR_OFFICER' };
const chain = () =>
  chainEvents({ seq: 0, hash: genesisHash('P1') }, [
    { type: 'A', actor, recordedAt: '2026-01-01T00:00:00.000Z', payload: { n: 1 } },
    { type: 'B', actor, recordedAt: '2026-01-02T00:00:00.000Z', payload: { nested: { z: 1, a: [1, 2] } } },
    { type: 'C', actor, recordedAt: '2026-01-03T00:00:00.000Z', payload: {} },
  ]);

describe('audit hash chain', () => {
  test('a chain built by chainEvents verifies', () => {
    expect(verifyChain('P1', chain())).toEqual({ ok: true, head: chain()[2].hash, length: 3 });
  });

  test('attribute order does not matter (DynamoDB returns maps in any order)', () => {
    const events = chain().map((e) => Object.fromEntries(Object.entries(e).reverse()) as typeof e);
    expect(verifyChain('P1', events).ok).toBe(true);
  });

  test('an altered payload breaks the chain at that event', () => {
    const events = chain();
    events[1].payload = { nested: { z: 2, a: [1, 2] } };
    expect(verifyChain('P1', events)).toMatchObject({ ok: false, seq: 2 });
  });

  test('a removed event breaks the chain', () => {
    const events = chain();
    events.splice(1, 1);
    expect(verifyChain('P1', events).ok).toBe(false);
  });

  test('a chain cannot be moved to another procedure', () => {
    expect(verifyChain('P2', chain())).toMatchObject({ ok: false, seq: 1 });
  });

  test('the applications digest ignores read order and changes with any head', () => {
    const a = [
      { id: 'x', head: '1' },
      { id: 'y', head: '2' },
    ];
    expect(digestOfHeads(a)).toBe(digestOfHeads([...a].reverse()));
    expect(digestOfHeads(a)).not.toBe(
      digestOfHeads([
        { id: 'x', head: '1' },
        { id: 'y', head: '3' },
      ]),
    );
  });
});
