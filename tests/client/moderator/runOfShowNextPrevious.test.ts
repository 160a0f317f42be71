// The run of show: its steps in order, and where next / previous go in each round mode.
import { describe, expect, it } from 'vitest';
import { buildSteps, neighbour } from '../../../client/moderator/runOfShow.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

const keys = (h: Harness) => buildSteps(h.state).map((s) => s.key);

describe('run of show', () => {
  it('lists opening, speakers in their live order, main question, rounds with their questions, audience, closing', () => {
    const h = new Harness();
    expect(keys(h)).toEqual([
      'opening',
      'speaker:s1',
      'speaker:s2',
      'question:main',
      'round:r1',
      'question:q1',
      'question:q2',
      'round:r2',
      'question:q3',
      'question:q4',
      'audience',
      'closing',
    ]);
    h.ok(MODERATOR, { type: 'speakers:reorder', order: ['s2', 's1'] });
    expect(keys(h).slice(1, 3)).toEqual(['speaker:s2', 'speaker:s1']);
  });

  it('walks the questions one at a time, or the rounds whole', () => {
    const h = new Harness();
    const steps = () => buildSteps(h.state);
    expect(neighbour(steps(), h.state.phase, 1, 'question')?.key).toBe('opening');
    expect(neighbour(steps(), h.state.phase, -1, 'question')).toBeNull();
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } });
    expect(neighbour(steps(), h.state.phase, 1, 'question')?.key).toBe('question:q1');
    expect(neighbour(steps(), h.state.phase, 1, 'round')?.key).toBe('round:r1');
    expect(neighbour(steps(), h.state.phase, -1, 'question')?.key).toBe('speaker:s2');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    expect(neighbour(steps(), h.state.phase, 1, 'round')?.key).toBe('round:r2');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q2' } });
    expect(neighbour(steps(), h.state.phase, 1, 'question')?.key).toBe('question:q3');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'closing' } });
    expect(neighbour(steps(), h.state.phase, 1, 'question')).toBeNull();
    h.ok(MODERATOR, { type: 'session:end' });
    expect(neighbour(steps(), h.state.phase, -1, 'question')).toBeNull();
  });
});
