import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: one pinned audience question at a time', () => {
  const setup = () => {
    const h = new Harness();
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'A' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'x2', speakerId: null, text: 'B' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'x3', speakerId: null, text: 'C' });
    return h;
  };
  const pinned = (h: Harness) =>
    Object.values(h.state.audienceQuestions)
      .filter((q) => q.pinned)
      .map((q) => q.id);

  it('pinning another question unpins the first', () => {
    const h = setup();
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x1', pinned: true });
    expect(pinned(h)).toEqual(['x1']);
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x2', pinned: true });
    expect(pinned(h)).toEqual(['x2']);
    expect(h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x2', pinned: true })).toEqual([]);
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x2', pinned: false });
    expect(pinned(h)).toEqual([]);
  });

  it('answering, hiding, withdrawing or merging the pinned question unpins it', () => {
    const h = setup();
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x1', pinned: true });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'A', gist: 'B' });
    expect(pinned(h)).toEqual([]);
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x2', pinned: true });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x2' });
    expect(pinned(h)).toEqual([]);
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x3', pinned: true });
    h.ok({ role: 'participant', participantId: 'p2' }, { type: 'aq:withdraw', questionId: 'x3' });
    expect(pinned(h)).toEqual([]);
  });
});
