import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/decide.js';
import type { Command } from '../../../shared/commands.js';
import { Harness, MODERATOR, RAPPORTEUR, participant } from '../../helpers/domain.js';

// Every command that names something the session does not have.
const CASES: [Actor, Command][] = [
  [MODERATOR, { type: 'phase:set', phase: { kind: 'speaker', speakerId: 'nobody' } }],
  [MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q99' } }],
  [MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r9' } }],
  [MODERATOR, { type: 'turn:start', speakerId: 'nobody' }],
  [MODERATOR, { type: 'answering:open', questionIds: ['q1', 'q99'] }],
  [MODERATOR, { type: 'answering:close', questionIds: ['q99'] }],
  [MODERATOR, { type: 'answer:moderate', answerId: 'nope', hidden: true }],
  [RAPPORTEUR, { type: 'answer:curate', answerId: 'nope', included: false }],
  [RAPPORTEUR, { type: 'notes:save', speakerId: 'nobody', text: 'x', baseRev: 0 }],
  [RAPPORTEUR, { type: 'aq:curate', questionId: 'nope', highlight: true }],
  [RAPPORTEUR, { type: 'aq:answer', questionId: 'nope', replyId: 'r1', by: 'X', gist: 'Y' }],
  [MODERATOR, { type: 'aq:approve', questionId: 'nope' }],
  [MODERATOR, { type: 'aq:hide', questionId: 'nope' }],
  [MODERATOR, { type: 'aq:pin', questionId: 'nope', pinned: true }],
  [MODERATOR, { type: 'aq:merge', questionId: 'nope', into: 'x1' }],
  [MODERATOR, { type: 'aq:merge', questionId: 'x1', into: 'nope' }],
  [MODERATOR, { type: 'aq:merge', questionId: 'x1', into: 'x1' }],
  [participant('p1'), { type: 'answer:submit', answerId: 'a9', questionId: 'q99', text: 'x' }],
  [participant('p1'), { type: 'answer:edit', answerId: 'nope', text: 'x' }],
  [participant('p1'), { type: 'answer:withdraw', answerId: 'nope' }],
  [participant('p1'), { type: 'aq:ask', questionId: 'x9', speakerId: 'nobody', text: 'x' }],
  [participant('p2'), { type: 'aq:vote', questionId: 'nope', up: true }],
  [participant('p1'), { type: 'aq:withdraw', questionId: 'nope' }],
];

describe('decide: unknown ids are not_found', () => {
  for (const [actor, command] of CASES) {
    it(`${actor.role}: ${JSON.stringify(command)}`, () => {
      const h = new Harness();
      h.joinAll('p1', 'p2');
      h.ok(participant('p1'), { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Known' });
      expect(h.no(actor, command)).toBe('not_found');
    });
  }

  it('a withdrawn answer can no longer be edited; a withdrawn question can no longer be voted or moderated', () => {
    const h = new Harness();
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Mine' });
    h.ok(p1!, { type: 'answer:withdraw', answerId: 'a1' });
    expect(h.no(p1!, { type: 'answer:edit', answerId: 'a1', text: 'Again' })).toBe('not_found');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Q' });
    h.ok(p1!, { type: 'aq:withdraw', questionId: 'x1' });
    expect(h.no(p2!, { type: 'aq:vote', questionId: 'x1', up: true })).toBe('not_found');
    expect(h.no(MODERATOR, { type: 'aq:pin', questionId: 'x1', pinned: true })).toBe('not_found');
    expect(h.no(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'X', gist: 'Y' })).toBe(
      'not_found',
    );
  });

  it('a pending (approve-first) question cannot be voted on: it does not exist for others yet', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Q' });
    expect(h.no(p2!, { type: 'aq:vote', questionId: 'x1', up: true })).toBe('not_found');
  });
});
