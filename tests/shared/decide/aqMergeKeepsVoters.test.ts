import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('decide: merging duplicate audience questions', () => {
  it("keeps every distinct voter once, counts the duplicate's asker, never the kept question's asker", () => {
    const h = new Harness();
    const [p1, p2, p3, p4] = h.joinAll('p1', 'p2', 'p3', 'p4');
    h.ok(p1!, { type: 'aq:ask', questionId: 'keep', speakerId: null, text: 'Funding?' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'dup', speakerId: null, text: 'How is it funded?' });
    h.ok(p3!, { type: 'aq:vote', questionId: 'keep', up: true });
    h.ok(p3!, { type: 'aq:vote', questionId: 'dup', up: true });
    h.ok(p4!, { type: 'aq:vote', questionId: 'dup', up: true });
    h.ok(p1!, { type: 'aq:vote', questionId: 'dup', up: true });
    const events = h.ok(MODERATOR, { type: 'aq:merge', questionId: 'dup', into: 'keep' });
    expect(events).toEqual([{ type: 'aq:merged', questionId: 'dup', into: 'keep', voters: ['p3', 'p2', 'p4'] }]);
    const keep = h.state.audienceQuestions.keep!;
    expect([...keep.voters].sort()).toEqual(['p2', 'p3', 'p4']);
    expect(new Set(keep.voters).size).toBe(keep.voters.length);
    expect(h.state.audienceQuestions.dup).toMatchObject({ status: 'merged', mergedInto: 'keep', pinned: false });
  });

  it('merging into a pending question publishes it first', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'keep', speakerId: null, text: 'A' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'dup', speakerId: null, text: 'B' });
    const events = h.ok(MODERATOR, { type: 'aq:merge', questionId: 'dup', into: 'keep' });
    expect(events.map((e) => e.type)).toEqual(['aq:published', 'aq:merged']);
    expect(h.state.audienceQuestions.keep).toMatchObject({ status: 'published', voters: ['p2'] });
  });

  it('a question merged into another cannot take votes any more', () => {
    const h = new Harness();
    const [p1, p2, p3] = h.joinAll('p1', 'p2', 'p3');
    h.ok(p1!, { type: 'aq:ask', questionId: 'keep', speakerId: null, text: 'A' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'dup', speakerId: null, text: 'B' });
    h.ok(MODERATOR, { type: 'aq:merge', questionId: 'dup', into: 'keep' });
    expect(h.no(p3!, { type: 'aq:vote', questionId: 'dup', up: true })).toBe('not_found');
  });
});
