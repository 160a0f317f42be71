import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../shared/decide.js';
import { replay } from '../../../shared/reducer.js';
import { plusOneCount } from '../../../shared/wall.js';
import { MODERATOR } from '../../helpers/domain.js';
import { plusOne, showWall, wallSession } from './wallSession.js';

describe('+1 on the wall: once per person per answer, never one’s own', () => {
  it('refuses a +1 before the wall is shown, then counts it once shown', () => {
    const { h, p2 } = wallSession();
    expect(h.no(p2, plusOne('a1'))).toBe('wall_closed');
    h.ok(MODERATOR, showWall);
    expect(h.ok(p2, plusOne('a1'))).toEqual([
      { type: 'answer:plusOned', answerId: 'a1', participantId: 'p2', on: true },
    ]);
    expect(plusOneCount(h.state, 'a1')).toBe(1);
  });

  it('refuses a +1 on one’s own answer', () => {
    const { h, p1 } = wallSession();
    h.ok(MODERATOR, showWall);
    expect(h.no(p1, plusOne('a1'))).toBe('own_answer');
    expect(plusOneCount(h.state, 'a1')).toBe(0);
  });

  it('a second +1 from the same person (a resend, a double tap) changes nothing', () => {
    const { h, p2, p3 } = wallSession();
    h.ok(MODERATOR, showWall);
    h.ok(p2, plusOne('a1'));
    expect(h.ok(p2, plusOne('a1'))).toEqual([]);
    h.ok(p3, plusOne('a1'));
    expect(plusOneCount(h.state, 'a1')).toBe(2);
    // The log replays to the same count.
    expect(plusOneCount(replay(h.log), 'a1')).toBe(2);
  });

  it('takes a +1 back, once; taking back what was never given changes nothing', () => {
    const { h, p2, p3 } = wallSession();
    h.ok(MODERATOR, showWall);
    h.ok(p2, plusOne('a1'));
    h.ok(p3, plusOne('a1'));
    expect(h.ok(p2, plusOne('a1', false)).map((e) => e.type)).toEqual(['answer:plusOned']);
    expect(h.ok(p2, plusOne('a1', false))).toEqual([]);
    expect(h.ok(p3, plusOne('a2', false))).toEqual([]);
    expect(h.state.plusOnes?.a1).toEqual(['p3']);
  });

  it('refuses a +1 on a hidden, withdrawn, unapproved or unknown answer', () => {
    const { h, p1, p2, p3 } = wallSession({ answerModeration: 'approve' });
    h.ok(MODERATOR, showWall);
    // Not approved yet: not on the wall.
    expect(h.no(p3, plusOne('a1'))).toBe('not_found');
    h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a1', approved: true });
    h.ok(p3, plusOne('a1'));
    h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a2', approved: true, hidden: true });
    expect(h.no(p3, plusOne('a2'))).toBe('not_found');
    h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' });
    expect(h.no(p2, plusOne('a1'))).toBe('not_found');
    expect(h.no(p2, plusOne('zz'))).toBe('not_found');
  });

  it('acknowledges a resent +1 after the wall is hidden, but refuses a new one', () => {
    const { h, p2, p3 } = wallSession();
    h.ok(MODERATOR, showWall);
    h.ok(p2, plusOne('a1'));
    h.ok(MODERATOR, { ...showWall, shown: false });
    expect(h.ok(p2, plusOne('a1'))).toEqual([]);
    expect(h.no(p3, plusOne('a1'))).toBe('wall_closed');
  });

  it('shows a wall only for a free-text question; the staff may not +1, participants may not show it', () => {
    const { h, p1 } = wallSession({
      rounds: [
        { id: 'r1', title: 'R', questions: [{ id: 'qc', text: 'Which?', kind: 'choice', options: ['A', 'B'] }] },
      ],
    });
    expect(h.no(MODERATOR, { type: 'wall:show', questionId: 'qc', shown: true })).toBe('not_found');
    expect(h.no(MODERATOR, plusOne('a1'))).toBe('forbidden');
    expect(h.no(p1, showWall)).toBe('forbidden');
    expect(() => h.ok(SYSTEM, { type: 'wall:refresh' })).not.toThrow();
  });
});
