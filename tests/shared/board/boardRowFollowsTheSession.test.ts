// A board row follows its session: not started, then each step live, then ended; phones connected
// and audience questions waiting for approval as the log records them.
import { describe, expect, it } from 'vitest';
import { boardRow } from '../../../shared/board.js';
import { SYSTEM } from '../../../shared/decide.js';
import { Harness, MIN, MODERATOR, participant } from '../../helpers/domain.js';

describe('board row', () => {
  it('goes from not started to each live step to ended', () => {
    const h = new Harness({ room: 'Salle Garonne', moderation: 'approve', audienceQuestions: 'always' });
    let row = boardRow(h.state, h.now);
    expect(row).toMatchObject({ status: 'notStarted', step: null, room: 'Salle Garonne', phones: 0 });

    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } });
    expect(boardRow(h.state, h.now)).toMatchObject({ status: 'live', step: { kind: 'opening', title: '' } });

    h.advance(5 * MIN).ok(MODERATOR, { type: 'turn:start', speakerId: 's2' });
    expect(boardRow(h.state, h.now).step).toEqual({ kind: 'speaker', title: 'Jean Tremblay', index: 0, round: '' });

    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'q3' } });
    expect(boardRow(h.state, h.now).step).toEqual({
      kind: 'question',
      title: 'What would you change first?',
      index: 1,
      round: 'Round 2',
    });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } });
    expect(boardRow(h.state, h.now).step).toMatchObject({
      kind: 'main',
      title: 'How can local governments support the social economy?',
    });

    h.ok(MODERATOR, { type: 'session:end' });
    row = boardRow(h.state, h.now);
    expect(row).toMatchObject({ status: 'ended', step: null, deltaMinutes: null });
  });

  it('counts phones connected now and questions awaiting approval', () => {
    const h = new Harness({ moderation: 'approve', audienceQuestions: 'always' });
    for (const p of ['p1', 'p2', 'p3']) h.ok(SYSTEM, { type: 'participant:join', participantId: p, language: 'en' });
    h.ok(SYSTEM, { type: 'participant:presence', participantId: 'p2', connected: false });
    expect(boardRow(h.state, h.now).phones).toBe(2);

    h.ok(participant('p1'), { type: 'aq:ask', questionId: 'a1', speakerId: null, text: 'Who funds it?' });
    h.ok(participant('p3'), { type: 'aq:ask', questionId: 'a2', speakerId: null, text: 'And in rural areas?' });
    h.ok(participant('p3'), { type: 'aq:ask', questionId: 'a3', speakerId: null, text: 'Never mind' });
    expect(boardRow(h.state, h.now).waitingQuestions).toBe(3);
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'a1' });
    h.ok(participant('p3'), { type: 'aq:withdraw', questionId: 'a3' });
    expect(boardRow(h.state, h.now).waitingQuestions).toBe(1);
  });

  it('waits for no question in a session that publishes them at once', () => {
    const h = new Harness({ moderation: 'publish', audienceQuestions: 'always' });
    h.ok(SYSTEM, { type: 'participant:join', participantId: 'p1', language: 'en' });
    h.ok(participant('p1'), { type: 'aq:ask', questionId: 'a1', speakerId: null, text: 'Who funds it?' });
    expect(boardRow(h.state, h.now).waitingQuestions).toBe(0);
  });
});
