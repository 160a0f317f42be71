// The clients' batch application (applyBatch) gives exactly applyAll's result for any split of a
// log into batches, skips events the state already has, and never changes the state it was given.
import { expect, it } from 'vitest';
import { applyBatch } from '../../../shared/batchState.js';
import type { Command } from '../../../shared/commands.js';
import type { SessionState } from '../../../shared/state.js';
import { applyAll, replay } from '../../../shared/reducer.js';
import { Harness, MODERATOR, participant } from '../../helpers/domain.js';

function sessionLog() {
  const h = new Harness();
  h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
  for (let p = 0; p < 40; p++) {
    h.join(`p${p}`, { name: `N${p}`, organization: 'O', country: 'C' });
    const c: Command = {
      type: 'answer:submit',
      answerId: `a${p}`,
      questionId: p % 2 ? 'q1' : 'q2',
      text: `answer ${p}`,
    };
    h.ok(participant(`p${p}`), c);
    if (p % 5 === 0) h.ok(participant(`p${p}`), { type: 'answer:edit', answerId: `a${p}`, text: `edited ${p}` });
    if (p % 7 === 0) h.ok(MODERATOR, { type: 'answer:moderate', answerId: `a${p}`, hidden: false, featured: true });
    h.advance(500);
  }
  return h.log;
}

it('equals applyAll for every batch size, with replayed and stale events skipped', () => {
  const log = sessionLog();
  const start = replay(log.slice(0, 1));
  const expected = applyAll(start, log);
  for (const size of [1, 2, 7, 50, log.length]) {
    let s: SessionState = start;
    for (let i = 0; i < log.length; i += size) {
      const before = structuredClone(s);
      const held = s;
      // Each batch repeats the previous one's last event, as a catch-up overlapping a broadcast would.
      s = applyBatch(s, log.slice(Math.max(0, i - 1), i + size));
      expect(held).toEqual(before);
    }
    expect(s).toEqual(expected);
  }
  expect(Object.keys(expected.answers)).toHaveLength(40);
  expect(applyBatch(expected, [])).toBe(expected);
  expect(applyBatch(expected, log.slice(-3))).toBe(expected);
});
