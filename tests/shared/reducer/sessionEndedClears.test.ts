import { describe, expect, it } from 'vitest';
import { Harness, MIN, MODERATOR } from '../../helpers/domain.js';

describe('reducer: session:ended', () => {
  it('ends the phase, records the end time, closes every question and the audience, idles the timer', () => {
    const h = new Harness();
    // The round stays open past the speaker's turn: the end closes it, not the move.
    h.ok(MODERATOR, { type: 'floor:keepOpen', keep: true });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r2' } });
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(h.state.openQuestions).toEqual(['q3', 'q4']);
    h.advance(3 * MIN).ok(MODERATOR, { type: 'session:end' });
    expect(h.state.phase).toEqual({ kind: 'ended' });
    expect(h.state.endedAt).toBe(h.now);
    expect(h.state.openQuestions).toEqual([]);
    expect(h.state.audienceOpen).toBe(false);
    expect(h.state.timer).toEqual({ status: 'idle', durationMs: 0 });
    // The running turn was ended with the session.
    expect(h.state.turns.s1!.endedAt).toBe(h.now);
  });
});
