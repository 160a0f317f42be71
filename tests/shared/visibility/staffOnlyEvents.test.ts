import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '../../../shared/events.js';
import { visibilityOf } from '../../../shared/visibility.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('visibility: who each event goes to', () => {
  const setup = () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1', 'p2');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Mine' });
    h.ok(p1!, { type: 'aq:ask', questionId: 'pending', speakerId: null, text: 'Pending' });
    h.ok(p1!, { type: 'aq:ask', questionId: 'pub', speakerId: null, text: 'Published' });
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'pub' });
    return h;
  };

  it('the report work is staff-only', () => {
    const h = setup();
    const staff: SessionEvent[] = [
      { type: 'notes:saved', speakerId: 's1', text: 'x', by: 'rapporteur', rev: 1, overwritten: null },
      { type: 'answer:curated', answerId: 'a1', included: false, highlight: true, correctedText: 'x' },
      { type: 'aq:curated', questionId: 'pub', included: true, highlight: true, correctedText: null },
      { type: 'conclusion:set', text: 'x', by: 'rapporteur' },
      { type: 'participantsExtra:set', text: '19 + live' },
      { type: 'photo:set', photo: { id: 'ph1', mime: 'image/png', bytes: 10 } },
    ];
    for (const e of staff) expect(visibilityOf(h.state, e), e.type).toEqual({ to: 'staff' });
  });

  it("a participant's data goes to the screens and to that participant", () => {
    const h = setup();
    expect(visibilityOf(h.state, { type: 'answer:edited', answerId: 'a1', text: 'y' })).toEqual({
      to: 'screens',
      participantId: 'p1',
    });
    expect(visibilityOf(h.state, { type: 'answer:moderated', answerId: 'a1', hidden: true, featured: false })).toEqual({
      to: 'screens',
      participantId: 'p1',
    });
    expect(visibilityOf(h.state, { type: 'participant:presence', participantId: 'p2', connected: false })).toEqual({
      to: 'screens',
      participantId: 'p2',
    });
    expect(visibilityOf(h.state, { type: 'answer:withdrawn', answerId: 'unknown' })).toEqual({ to: 'screens' });
  });

  it('a pending question and what happens to it go to the staff and its asker; a published one to all', () => {
    const h = setup();
    const q = h.state.audienceQuestions.pending!;
    expect(visibilityOf(h.state, { type: 'aq:asked', question: q })).toEqual({ to: 'staff', participantId: 'p1' });
    expect(visibilityOf(h.state, { type: 'aq:hidden', questionId: 'pending' })).toEqual({
      to: 'staff',
      participantId: 'p1',
    });
    expect(visibilityOf(h.state, { type: 'aq:withdrawn', questionId: 'pending' })).toEqual({
      to: 'staff',
      participantId: 'p1',
    });
    expect(visibilityOf(h.state, { type: 'aq:hidden', questionId: 'pub' })).toEqual({ to: 'all' });
    expect(visibilityOf(h.state, { type: 'aq:voted', questionId: 'pub', participantId: 'p2', up: true })).toEqual({
      to: 'all',
    });
    expect(visibilityOf(h.state, { type: 'aq:published', question: h.state.audienceQuestions.pub! })).toEqual({
      to: 'all',
    });
  });

  it('the run of show goes to everyone', () => {
    const h = setup();
    const all: SessionEvent[] = [
      { type: 'phase:changed', phase: { kind: 'opening' } },
      { type: 'timer:set', timer: { status: 'idle', durationMs: 0 } },
      { type: 'turn:started', speakerId: 's1' },
      { type: 'answering:opened', questionIds: ['q2'] },
      { type: 'audience:toggled', open: false },
      { type: 'session:ended' },
    ];
    for (const e of all) expect(visibilityOf(h.state, e), e.type).toEqual({ to: 'all' });
  });
});
