import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { applyAll, replay } from '../../../shared/reducer.js';
import { Harness, MIN, MODERATOR, RAPPORTEUR, SEC, participant } from '../../helpers/domain.js';

/** A whole session, roughly as the seed brief runs it. */
function runSession(): Harness {
  const h = new Harness({ moderation: 'approve' });
  const [p1, p2, p3] = h.joinAll('p1', 'p2', 'p3');
  h.advance(1 * MIN).ok(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } });
  h.advance(2 * MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
  h.advance(3 * MIN).ok(MODERATOR, { type: 'timer:pause' });
  h.advance(20 * SEC).ok(MODERATOR, { type: 'timer:resume' });
  h.advance(1 * MIN).ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: '- local procurement', baseRev: 0 });
  h.advance(4 * MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
  h.advance(1 * MIN).ok(MODERATOR, { type: 'timer:adjust', deltaMs: 1 * MIN });
  h.advance(5 * MIN).ok(MODERATOR, { type: 'turn:end' });
  h.advance(10 * SEC).ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
  h.advance(30 * SEC).ok(p1!, {
    type: 'answer:submit',
    answerId: 'a1',
    questionId: MAIN_QUESTION_ID,
    text: 'Public procurement.',
  });
  h.ok(p2!, { type: 'answer:submit', answerId: 'a2', questionId: MAIN_QUESTION_ID, text: 'Shared spaces.' });
  h.advance(5 * SEC).ok(p1!, { type: 'answer:edit', answerId: 'a1', text: 'Public procurement with social clauses.' });
  h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a2', featured: true });
  h.ok(RAPPORTEUR, {
    type: 'answer:curate',
    answerId: 'a1',
    highlight: true,
    correctedText: 'Social clauses in procurement.',
  });
  h.advance(1 * MIN).ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
  h.ok(p3!, { type: 'answer:submit', answerId: 'a3', questionId: 'q2', text: 'Funding.' });
  h.ok(p3!, { type: 'answer:withdraw', answerId: 'a3' });
  h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'audience' } });
  h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: 's1', text: 'How do you fund it?' });
  h.ok(p2!, { type: 'aq:ask', questionId: 'x2', speakerId: null, text: 'Same: funding?' });
  h.ok(p3!, { type: 'aq:ask', questionId: 'x3', speakerId: 's2', text: 'Spam' });
  h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
  h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x3' });
  h.ok(p3!, { type: 'aq:vote', questionId: 'x1', up: true });
  h.ok(MODERATOR, { type: 'aq:merge', questionId: 'x2', into: 'x1' });
  h.ok(MODERATOR, { type: 'aq:pin', questionId: 'x1', pinned: true });
  h.advance(2 * MIN).ok(RAPPORTEUR, {
    type: 'aq:answer',
    questionId: 'x1',
    replyId: 'r1',
    by: 'Aminata Diallo',
    gist: 'Mixed funding.',
  });
  h.ok(MODERATOR, { type: 'aq:answer', questionId: 'x1', replyId: 'r2', by: 'Kofi Mensah', gist: 'Members.' });
  h.ok(MODERATOR, {
    type: 'aq:answer',
    questionId: 'x1',
    replyId: 'r1',
    by: 'Aminata Diallo',
    gist: 'Mixed public funding.',
  });
  h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x3', replyId: 'r1', by: '', gist: 'Off topic.' });
  h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r2', by: '', gist: '', remove: true });
  h.presence('p2', false);
  h.ok(participant('p2'), {
    type: 'profile:set',
    name: 'Kofi M.',
    organization: 'Coop',
    country: 'Togo',
    language: 'fr',
    anonymous: false,
  });
  h.ok(RAPPORTEUR, { type: 'conclusion:set', text: 'Procurement matters.' });
  h.ok(RAPPORTEUR, { type: 'participantsExtra:set', text: '19 + live' });
  h.advance(1 * MIN).ok(MODERATOR, { type: 'session:end' });
  return h;
}

describe('reducer: replay', () => {
  it('replaying the log gives exactly the state built step by step', () => {
    const h = runSession();
    expect(h.log.map((e) => e.seq)).toEqual(h.log.map((_, i) => i + 1));
    expect(replay(h.log)).toStrictEqual(h.state);
  });

  it('replay survives a JSON round trip of the log (what the store keeps)', () => {
    const h = runSession();
    expect(replay(JSON.parse(JSON.stringify(h.log)))).toStrictEqual(JSON.parse(JSON.stringify(h.state)));
  });

  it('applying a prefix then the rest, with duplicates, converges to the same state', () => {
    const h = runSession();
    const half = Math.floor(h.log.length / 2);
    const partial = replay(h.log.slice(0, half));
    // A reconnecting client may receive events it already applied: they are skipped.
    expect(applyAll(partial, h.log.slice(half - 5))).toStrictEqual(h.state);
    expect(applyAll(h.state, h.log)).toBe(h.state);
  });

  it('refuses a log that does not start with session:created', () => {
    const h = runSession();
    expect(() => replay([])).toThrow();
    expect(() => replay(h.log.slice(1))).toThrow();
  });
});
