import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe("decide: someone else's answer or question is forbidden", () => {
  const setup = () => {
    const h = new Harness();
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Mine' });
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: 's1', text: 'Mine?' });
    return { h, p1: p1!, p2: p2! };
  };

  it("editing or withdrawing another participant's answer", () => {
    const { h, p2 } = setup();
    expect(h.no(p2, { type: 'answer:edit', answerId: 'a1', text: 'Hijacked' })).toBe('forbidden');
    expect(h.no(p2, { type: 'answer:withdraw', answerId: 'a1' })).toBe('forbidden');
    expect(h.state.answers.a1).toMatchObject({ text: 'Mine', withdrawn: false });
  });

  it("re-using another participant's answer id or audience question id", () => {
    const { h, p2 } = setup();
    expect(h.no(p2, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Overwrite' })).toBe('forbidden');
    expect(h.no(p2, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Overwrite' })).toBe('forbidden');
    expect(h.state.answers.a1!.participantId).toBe('p1');
    expect(h.state.audienceQuestions.x1!.participantId).toBe('p1');
  });

  it("withdrawing another participant's audience question, or their already withdrawn answer", () => {
    const { h, p1, p2 } = setup();
    expect(h.no(p2, { type: 'aq:withdraw', questionId: 'x1' })).toBe('forbidden');
    h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' });
    expect(h.no(p2, { type: 'answer:withdraw', answerId: 'a1' })).toBe('forbidden');
  });
});
