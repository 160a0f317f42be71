// "3 of 4 answered": distinct participants with an answer standing, out of everyone who joined.
import { describe, expect, it } from 'vitest';
import { responseRate } from '../../../shared/responseRate.js';
import { Harness, MODERATOR, participant } from '../../helpers/domain.js';

describe('response rate', () => {
  it('counts each participant once, ignores withdrawn answers and other questions', () => {
    const h = new Harness();
    for (const p of ['p1', 'p2', 'p3', 'p4']) h.join(p);
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    expect(responseRate(h.state, 'q1')).toEqual({ answered: 0, joined: 4 });
    const answer = (p: string, id: string, questionId = 'q1') =>
      h.ok(participant(p), { type: 'answer:submit', answerId: id, questionId, text: `answer ${id}` });
    answer('p1', 'a1');
    answer('p1', 'a2');
    answer('p2', 'a3');
    answer('p3', 'a4');
    answer('p4', 'a5', 'q2');
    expect(responseRate(h.state, 'q1')).toEqual({ answered: 3, joined: 4 });
    h.ok(participant('p3'), { type: 'answer:withdraw', answerId: 'a4' });
    expect(responseRate(h.state, 'q1')).toEqual({ answered: 2, joined: 4 });
    expect(responseRate(h.state, 'q2')).toEqual({ answered: 1, joined: 4 });
  });
});
