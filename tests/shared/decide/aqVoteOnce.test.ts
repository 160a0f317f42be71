import { describe, expect, it } from 'vitest';
import { Harness } from '../../helpers/domain.js';

describe('decide: one upvote per participant, withdrawable', () => {
  const setup = () => {
    const h = new Harness();
    const [p1, p2, p3] = h.joinAll('p1', 'p2', 'p3');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Q' });
    return { h, p1: p1!, p2: p2!, p3: p3! };
  };

  it('voting twice counts once; the second vote emits nothing', () => {
    const { h, p2, p3 } = setup();
    expect(h.ok(p2, { type: 'aq:vote', questionId: 'x1', up: true })).toEqual([
      { type: 'aq:voted', questionId: 'x1', participantId: 'p2', up: true },
    ]);
    expect(h.ok(p2, { type: 'aq:vote', questionId: 'x1', up: true })).toEqual([]);
    h.ok(p3, { type: 'aq:vote', questionId: 'x1', up: true });
    expect(h.state.audienceQuestions.x1!.voters).toEqual(['p2', 'p3']);
  });

  it('a vote can be withdrawn, and withdrawing a vote never cast emits nothing', () => {
    const { h, p2, p3 } = setup();
    expect(h.ok(p3, { type: 'aq:vote', questionId: 'x1', up: false })).toEqual([]);
    h.ok(p2, { type: 'aq:vote', questionId: 'x1', up: true });
    h.ok(p2, { type: 'aq:vote', questionId: 'x1', up: false });
    expect(h.state.audienceQuestions.x1!.voters).toEqual([]);
    h.ok(p2, { type: 'aq:vote', questionId: 'x1', up: true });
    expect(h.state.audienceQuestions.x1!.voters).toEqual(['p2']);
  });

  it('the asker cannot vote for their own question', () => {
    const { h, p1 } = setup();
    expect(h.no(p1, { type: 'aq:vote', questionId: 'x1', up: true })).toBe('invalid_state');
  });

  it('an answered question can still be voted on; a hidden one cannot', () => {
    const { h, p2 } = setup();
    h.ok(
      { role: 'rapporteur', participantId: null },
      { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'S', gist: 'G' },
    );
    h.ok(p2, { type: 'aq:vote', questionId: 'x1', up: true });
    h.ok({ role: 'moderator', participantId: null }, { type: 'aq:hide', questionId: 'x1' });
    expect(h.no(p2, { type: 'aq:vote', questionId: 'x1', up: false })).toBe('not_found');
  });
});
