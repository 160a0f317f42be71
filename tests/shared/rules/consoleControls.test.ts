// Rules the console used to re-derive on its own, now answered by shared/ for every view.
import { describe, expect, it } from 'vitest';
import { effective } from '../../../shared/decide.js';
import { allowed, newReplyProbe, offered, verdict } from '../../../shared/rules.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('rules the views ask', () => {
  it('a hidden audience question takes replies, from the moderator and the rapporteur alike', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Who pays?' });
    // Pending: nobody replies yet.
    expect(offered(h.state, MODERATOR, newReplyProbe('x1'), h.now)).toBe(false);
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    for (const staff of [MODERATOR, RAPPORTEUR]) expect(offered(h.state, staff, newReplyProbe('x1'), h.now)).toBe(true);
    expect(offered(h.state, p1!, newReplyProbe('x1'), h.now)).toBe(false);
    // The probe itself would be refused for its empty payload: it is only ever asked, never sent.
    expect(verdict(h.state, MODERATOR, newReplyProbe('x1'), h.now)).toBe('invalid_payload');
  });

  it('a merged question cannot be hidden (that would undo the merge); approving a published one changes nothing', () => {
    const h = new Harness();
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Who pays?' });
    h.ok(p2!, { type: 'aq:ask', questionId: 'x2', speakerId: null, text: 'Who pays for it?' });
    expect(allowed(h.state, MODERATOR, { type: 'aq:approve', questionId: 'x1' }, h.now)).toBe(true);
    expect(effective(h.state, MODERATOR, { type: 'aq:approve', questionId: 'x1' }, h.now)).toBe(false);
    h.ok(MODERATOR, { type: 'aq:merge', questionId: 'x2', into: 'x1' });
    expect(h.no(MODERATOR, { type: 'aq:hide', questionId: 'x2' })).toBe('invalid_state');
    expect(allowed(h.state, MODERATOR, { type: 'aq:merge', questionId: 'x1', into: 'x2' }, h.now)).toBe(false);
  });

  it('a hidden answer cannot be featured; un-featuring it can', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Co-ops' });
    h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a1', hidden: true });
    expect(h.no(MODERATOR, { type: 'answer:moderate', answerId: 'a1', featured: true })).toBe('invalid_state');
    expect(h.no(MODERATOR, { type: 'answer:moderate', answerId: 'a1', hidden: true, featured: true })).toBe(
      'invalid_state',
    );
    h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a1', hidden: false, featured: true });
    expect(h.state.answers.a1).toMatchObject({ hidden: false, featured: true });
  });

  it('once the session ended the speaking order is fixed and the end is not offered again', () => {
    const h = new Harness();
    expect(effective(h.state, MODERATOR, { type: 'session:end' }, h.now)).toBe(true);
    h.ok(MODERATOR, { type: 'session:end' });
    expect(h.no(MODERATOR, { type: 'speakers:reorder', order: ['s2', 's1'] })).toBe('session_ended');
    expect(effective(h.state, MODERATOR, { type: 'session:end' }, h.now)).toBe(false);
  });

  it("a participant is offered the answer form while the question is open, whatever the draft's length", () => {
    const h = new Harness({ maxAnswerLength: 20 });
    const [p1] = h.joinAll('p1');
    const answer = (text: string) => ({ type: 'answer:submit', answerId: 'a9', questionId: 'q1', text }) as const;
    expect(offered(h.state, p1!, answer(''), h.now)).toBe(false);
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    expect(offered(h.state, p1!, answer(''), h.now)).toBe(true);
    expect(offered(h.state, p1!, answer('x'.repeat(50)), h.now)).toBe(true);
    expect(allowed(h.state, p1!, answer('x'.repeat(50)), h.now)).toBe(false);
  });
});
