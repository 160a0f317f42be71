// Participation over time: joins add up, answers fall in their minute, a long session gets wider steps.
import { describe, expect, it } from 'vitest';
import { MAX_BINS, participationTimeline } from '../../../shared/results/timeline.js';

const t0 = Date.UTC(2024, 4, 21, 14, 0);
const min = 60_000;

describe('participationTimeline', () => {
  it('counts phones joined so far and answers per minute, up to the end', () => {
    const t = participationTimeline(
      [t0 + 10_000, t0 + 2 * min],
      [t0 + 1.5 * min, t0 + 1.9 * min, t0 + 3 * min],
      t0 + 4 * min,
      0,
    );
    expect(t.stepMinutes).toBe(1);
    expect(t.bins.map((b) => [b.joined, b.answers])).toEqual([
      [1, 0],
      [1, 2],
      [2, 0],
      [2, 1],
      [2, 0],
    ]);
    expect(t.totalAnswers).toBe(3);
  });

  it('is empty when nobody joined or answered', () => {
    expect(participationTimeline([], [], null, t0).bins).toEqual([]);
  });

  it('widens the steps of a long session to keep at most MAX_BINS', () => {
    const t = participationTimeline([t0], [t0 + 8 * 60 * min], null, t0 + 8 * 60 * min);
    expect(t.stepMinutes).toBe(5);
    expect(t.bins.length).toBeLessThanOrEqual(MAX_BINS);
    expect(t.bins.reduce((s, b) => s + b.answers, 0)).toBe(1);
  });
});
