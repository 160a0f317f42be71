import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../shared/events.js';
import { apply } from '../../../shared/reducer.js';
import { Harness, MODERATOR, T0 } from '../../helpers/domain.js';

// A viewer may receive an event about something it never saw (or a log may be cut short):
// the reducer must neither throw nor invent a half-built record.
const UNKNOWN: SessionEvent[] = [
  { type: 'turn:paused', speakerId: 'nobody' },
  { type: 'turn:resumed', speakerId: 'nobody' },
  { type: 'turn:ended', speakerId: 'nobody' },
  {
    type: 'participant:updated',
    participantId: 'ghost',
    name: 'X',
    organization: 'Y',
    country: 'Z',
    language: 'fr',
    anonymous: false,
  },
  { type: 'participant:presence', participantId: 'ghost', connected: false },
  { type: 'answer:edited', answerId: 'nope', text: 'x' },
  { type: 'answer:withdrawn', answerId: 'nope' },
  { type: 'answer:moderated', answerId: 'nope', hidden: true, featured: true },
  { type: 'answer:curated', answerId: 'nope', included: false, highlight: true, correctedText: 'x' },
  { type: 'aq:voted', questionId: 'nope', participantId: 'p1', up: true },
  { type: 'aq:hidden', questionId: 'nope' },
  { type: 'aq:answered', questionId: 'nope', replyId: 'r1', by: 'X', gist: 'Y' },
  { type: 'aq:answered', questionId: 'nope', by: 'X', gist: 'Y' },
  { type: 'aq:replyRemoved', questionId: 'nope', replyId: 'r1' },
  { type: 'aq:withdrawn', questionId: 'nope' },
  { type: 'aq:curated', questionId: 'nope', included: false, highlight: true, correctedText: null },
  { type: 'aq:merged', questionId: 'nope', into: 'nada', voters: ['p1'] },
  { type: 'aq:pinned', questionId: 'nope', pinned: false },
];

describe('reducer: unknown ids are ignored safely', () => {
  for (const event of UNKNOWN) {
    it(`${event.type} about an unknown id changes nothing but seq`, () => {
      const h = new Harness();
      h.joinAll('p1');
      h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
      const before = h.state;
      const after = apply(before, { seq: before.seq + 1, at: T0 + 1, event });
      expect(after).toStrictEqual({ ...before, seq: before.seq + 1 });
      expect(Object.keys(after.turns)).toEqual(Object.keys(before.turns));
    });
  }

  it('an aq:merged whose duplicate is unknown still updates the kept question', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'k', speakerId: null, text: 'Kept?' });
    const after = apply(h.state, {
      seq: h.state.seq + 1,
      at: T0,
      event: { type: 'aq:merged', questionId: 'unseen', into: 'k', voters: ['p2', 'p3'] },
    });
    expect(after.audienceQuestions.k!.voters).toEqual(['p2', 'p3']);
    expect(after.audienceQuestions.unseen).toBeUndefined();
  });
});
