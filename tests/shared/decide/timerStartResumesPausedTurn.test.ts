import { expect, it } from 'vitest';
import { parseDefinition } from '../../../shared/definition.js';
import { step } from '../../../shared/engine.js';
import { initialState, spokenMs, type SessionState } from '../../../shared/state.js';

it('starting the timer again while a turn is paused resumes the turn, so spoken time keeps counting', () => {
  const def = parseDefinition({ speakers: [{ id: 's1', name: 'Ben', minutes: 5 }] });
  if (!def.ok) throw new Error('definition');
  const mod = { role: 'moderator' as const, participantId: null };
  let s: SessionState = initialState('ABCDEF', def.definition, 0);
  const run = (c: Parameters<typeof step>[2], now: number) => {
    const r = step(s, mod, c, now);
    if (!r.ok) throw new Error(r.error);
    s = r.state;
  };
  run({ type: 'turn:start', speakerId: 's1' }, 1_000);
  run({ type: 'timer:pause' }, 61_000);
  expect(s.turns.s1!.pausedAt).toBe(61_000);
  run({ type: 'timer:start', durationMs: 120_000 }, 71_000);
  expect(s.turns.s1!.pausedAt).toBeNull();
  expect(spokenMs(s.turns.s1!, 131_000)).toBe(120_000);
});
