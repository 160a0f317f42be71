import { describe, expect, it } from 'vitest';
import { copyFor, entryFor } from '../../../shared/engine.js';
import { apply } from '../../../shared/reducer.js';
import { viewFor } from '../../../shared/visibility.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

// Regression: approving a question the rapporteur had already curated sent the curation (corrected
// text, highlight, exclusion) to every participant inside aq:published, so their state differed from
// the snapshot they would get on reconnect, and staff-only work leaked to phones.
describe('visibility: an approval carries no curation, and staff keep theirs', () => {
  it('curated while pending, then approved', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'fundng?' });
    h.ok(RAPPORTEUR, {
      type: 'aq:curate',
      questionId: 'x1',
      correctedText: 'Funding?',
      highlight: true,
      included: false,
    });
    const p2View = viewFor(h.state, { role: 'participant', participantId: 'p2' });
    const stateBefore = h.state;
    const before = h.log.length;
    const [published] = h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });

    expect(published).toMatchObject({
      type: 'aq:published',
      question: { included: true, highlight: false, correctedText: null },
    });
    // The staff state keeps the curation.
    expect(h.state.audienceQuestions.x1).toMatchObject({
      status: 'published',
      correctedText: 'Funding?',
      highlight: true,
      included: false,
    });
    // A participant who never saw it builds exactly its snapshot from the event (its phone's copy).
    const p2 = { role: 'participant', participantId: 'p2' } as const;
    const built = apply(p2View, copyFor(entryFor(stateBefore, h.log[before]!), p2));
    expect({ ...built, seq: 0 }).toStrictEqual({
      ...viewFor(h.state, { role: 'participant', participantId: 'p2' }),
      seq: 0,
    });
  });

  it('curated, hidden, then approved again', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Q' });
    h.ok(RAPPORTEUR, { type: 'aq:curate', questionId: 'x1', correctedText: 'Q?' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    expect(h.state.audienceQuestions.x1!.correctedText).toBe('Q?');
    expect(viewFor(h.state, { role: 'projector', participantId: null }).audienceQuestions.x1!.correctedText).toBeNull();
  });
});
