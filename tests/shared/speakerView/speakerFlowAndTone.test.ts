// The speaker view's rules: who speaks now and next (in the live order), and the timer's colour.
import { describe, expect, it } from 'vitest';
import { currentSpeakerId, nextSpeakerId } from '../../../shared/speakerFlow.js';
import { startTimer } from '../../../shared/timer.js';
import { timerTone } from '../../../shared/timerTone.js';
import { Harness, MIN, MODERATOR, SEC, T0 } from '../../helpers/domain.js';

describe('speaker view rules', () => {
  it('follows the floor and the live speaking order', () => {
    const h = new Harness();
    const [a, b] = h.state.speakerOrder;
    expect(currentSpeakerId(h.state)).toBeNull();
    expect(nextSpeakerId(h.state)).toBe(a);
    h.ok(MODERATOR, { type: 'speakers:reorder', order: [...h.state.speakerOrder].reverse() });
    const order = h.state.speakerOrder;
    expect(nextSpeakerId(h.state)).toBe(order[0]);
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: order[0]! } });
    expect(currentSpeakerId(h.state)).toBe(order[0]);
    expect(nextSpeakerId(h.state)).toBe(order[1] ?? null);
    expect([a, b]).toContain(order[0]);
  });

  it('colours the countdown: calm, wrap up, last minute, over', () => {
    const t = startTimer(5 * MIN, T0);
    expect(timerTone({ status: 'idle', durationMs: 5 * MIN }, T0)).toBe('idle');
    expect(timerTone(t, T0)).toBe('calm');
    expect(timerTone(t, T0 + 3 * MIN)).toBe('wrapUp');
    expect(timerTone(t, T0 + 4 * MIN + SEC)).toBe('lastMinute');
    expect(timerTone(t, T0 + 5 * MIN + SEC)).toBe('over');
  });
});
