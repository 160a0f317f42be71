// One rule for what is on the floor: the projector and the phones show exactly the questions that
// decide() opens when the phase begins.
import { describe, expect, it } from 'vitest';
import { floorQuestions, questionsOfPhase } from '../../../shared/floor.js';
import type { Phase } from '../../../shared/state.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('floor', () => {
  it('a round puts all its questions on the floor in order; the main question alone; other phases none', () => {
    const h = new Harness();
    const ids = (p: Phase) => floorQuestions(h.state, p).map((q) => [q.id, q.roundId, q.index]);
    expect(ids({ kind: 'round', roundId: 'r2' })).toEqual([
      ['q3', 'r2', 1],
      ['q4', 'r2', 2],
    ]);
    expect(ids({ kind: 'question', questionId: 'main' })).toEqual([['main', null, 0]]);
    expect(ids({ kind: 'question', questionId: 'q2' })).toEqual([['q2', 'r1', 2]]);
    for (const kind of ['lobby', 'opening', 'audience', 'closing', 'ended'] as const)
      expect(ids({ kind } as Phase), kind).toEqual([]);
    expect(ids({ kind: 'speaker', speakerId: 's1' })).toEqual([]);
    expect(ids({ kind: 'round', roundId: 'nope' })).toEqual([]);
  });

  it('phase:set opens exactly the floor of the new phase, and the floor defaults to the current phase', () => {
    const h = new Harness();
    const events = h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    expect(events).toContainEqual({ type: 'answering:opened', questionIds: questionsOfPhase(h.state) });
    expect(questionsOfPhase(h.state)).toEqual(['q1', 'q2']);
    expect(h.state.openQuestions).toEqual(['q1', 'q2']);
  });
});
