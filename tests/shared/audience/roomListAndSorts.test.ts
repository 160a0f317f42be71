// The audience-question lists every screen shows, defined once: the room's list, a participant's
// own, the pending count, and the two orders.
import { describe, expect, it } from 'vitest';
import { awaitingApproval, myQuestions, roomQuestions, sortQuestions, topQuestions } from '../../../shared/audience.js';
import { Harness, MODERATOR, RAPPORTEUR, SEC } from '../../helpers/domain.js';

const ask = (h: Harness, pid: string, id: string) =>
  h.ok({ role: 'participant', participantId: pid }, { type: 'aq:ask', questionId: id, speakerId: null, text: id });
const vote = (h: Harness, pid: string, id: string) =>
  h.ok({ role: 'participant', participantId: pid }, { type: 'aq:vote', questionId: id, up: true });

describe('audience lists', () => {
  it('the room list holds published questions only; pending, hidden and withdrawn ones never', () => {
    const h = new Harness({ moderation: 'approve' });
    h.joinAll('p1', 'p2', 'p3');
    h.ok(MODERATOR, { type: 'audience:toggle', open: true });
    ask(h, 'p1', 'pub');
    ask(h.advance(SEC), 'p1', 'pending');
    ask(h.advance(SEC), 'p2', 'hidden');
    ask(h.advance(SEC), 'p2', 'gone');
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'pub' });
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'hidden' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'hidden' });
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'gone' });
    h.ok({ role: 'participant', participantId: 'p2' }, { type: 'aq:withdraw', questionId: 'gone' });

    expect(roomQuestions(h.state, 'votes').map((q) => q.id)).toEqual(['pub']);
    expect(roomQuestions(h.state, 'votes', 'p1')).toEqual([]);
    expect(awaitingApproval(h.state)).toBe(1);
    expect(myQuestions(h.state, 'p1').map((q) => q.id)).toEqual(['pending', 'pub']);
    expect(myQuestions(h.state, 'p2').map((q) => q.id)).toEqual(['hidden']);
  });

  it('by votes (ties: oldest first, then id), or newest first; the projector leaves out pinned and answered ones', () => {
    const h = new Harness({ moderation: 'publish' });
    h.joinAll('p1', 'p2', 'p3');
    h.ok(MODERATOR, { type: 'audience:toggle', open: true });
    ask(h, 'p1', 'a');
    ask(h.advance(SEC), 'p1', 'b');
    ask(h.advance(SEC), 'p2', 'c');
    ask(h, 'p2', 'd'); // same time as c
    vote(h, 'p2', 'b');
    vote(h, 'p3', 'b');
    vote(h, 'p3', 'd');
    vote(h, 'p1', 'c');

    const all = roomQuestions(h.state, 'votes');
    expect(all.map((q) => q.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(sortQuestions(all, 'time').map((q) => q.id)).toEqual(['c', 'd', 'b', 'a']);
    h.ok(MODERATOR, { type: 'aq:pin', questionId: 'b', pinned: true });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'c', replyId: 'r1', by: 'Ben', gist: 'Yes' });
    expect(topQuestions(h.state, 5).map((q) => q.id)).toEqual(['d', 'a']);
    expect(topQuestions(h.state, 1).map((q) => q.id)).toEqual(['d']);
  });
});
