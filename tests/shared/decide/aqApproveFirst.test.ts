import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('decide: approve-first audience questions', () => {
  it('pending → approve → published, the approval carrying the whole question', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1');
    h.advance(1000).ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: 's1', text: '  How is it funded? ' });
    const q = h.state.audienceQuestions.x1!;
    expect(q).toMatchObject({
      id: 'x1',
      participantId: 'p1',
      speakerId: 's1',
      text: 'How is it funded?',
      status: 'pending',
      voters: [],
      pinned: false,
    });
    expect(q.createdAt).toBe(h.now);

    const events = h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'aq:published',
      question: { id: 'x1', text: 'How is it funded?', status: 'published', participantId: 'p1' },
    });
    expect(h.state.audienceQuestions.x1!.status).toBe('published');
    // Approving again changes nothing.
    expect(h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' })).toEqual([]);
  });

  it("in a 'publish' session a question is published at once", () => {
    const h = new Harness({ moderation: 'publish' });
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'To the panel' });
    expect(h.state.audienceQuestions.x1).toMatchObject({ status: 'published', speakerId: null });
  });

  it('a hidden question can be approved back to published', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Q' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    expect(h.state.audienceQuestions.x1!.status).toBe('hidden');
    expect(h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' })).toEqual([]);
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    expect(h.state.audienceQuestions.x1!.status).toBe('published');
  });
});
