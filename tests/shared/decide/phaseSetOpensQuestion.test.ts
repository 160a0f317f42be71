import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('decide: phase:set puts questions on the floor', () => {
  it('a question phase opens that question for answers', () => {
    const h = new Harness();
    const events = h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
    expect(events).toEqual([
      { type: 'phase:changed', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } },
      { type: 'timer:set', timer: { status: 'idle', durationMs: 5 * 60_000 } },
      { type: 'answering:opened', questionIds: [MAIN_QUESTION_ID] },
    ]);
    expect(h.state.openQuestions).toEqual([MAIN_QUESTION_ID]);
  });

  it('a round phase opens every question of the round; moving on closes it unless kept open', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q1' } });
    const events = h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    // q1 is already open: only q2 is opened.
    expect(events).toContainEqual({ type: 'answering:opened', questionIds: ['q2'] });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r2' } });
    expect(h.state.openQuestions).toEqual(['q3', 'q4']);
    h.ok(MODERATOR, { type: 'floor:keepOpen', keep: true });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    expect(h.state.openQuestions).toEqual(['q3', 'q4', 'q1', 'q2']);
  });

  it('a phase whose question is already open emits no opening', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q3'] });
    expect(h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q3' } })).toEqual([
      { type: 'phase:changed', phase: { kind: 'question', questionId: 'q3' } },
      { type: 'timer:set', timer: { status: 'idle', durationMs: 4 * 60_000 } },
    ]);
  });

  it("the audience phase opens audience questions in a 'whenOpen' session", () => {
    const h = new Harness({ audienceQuestions: 'whenOpen' });
    const [p1] = h.joinAll('p1');
    expect(h.state.audienceOpen).toBe(false);
    expect(h.no(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Now?' })).toBe('questions_closed');
    expect(h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'audience' } })).toContainEqual({
      type: 'audience:toggled',
      open: true,
    });
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Now?' });
    h.ok(MODERATOR, { type: 'audience:toggle', open: false });
    expect(h.no(p1!, { type: 'aq:ask', questionId: 'x2', speakerId: null, text: 'And now?' })).toBe('questions_closed');
  });

  it("a speaker phase sets the timer to that speaker's allotted minutes until they have spoken", () => {
    const h = new Harness();
    expect(h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: 's2' } })).toContainEqual({
      type: 'timer:set',
      timer: { status: 'idle', durationMs: 5 * 60_000 },
    });
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
    h.ok(MODERATOR, { type: 'turn:end' });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } });
    const again = h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: 's2' } });
    expect(again.filter((e) => e.type === 'timer:set')).toEqual([]);
  });
});
