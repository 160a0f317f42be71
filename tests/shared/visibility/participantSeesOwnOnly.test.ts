import { describe, expect, it } from 'vitest';
import { viewFor } from '../../../shared/visibility.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('visibility: viewFor', () => {
  const setup = () => {
    const h = new Harness();
    const [p1, p2] = h.joinAll('p1', 'p2');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'One' });
    h.ok(p2!, { type: 'answer:submit', answerId: 'a2', questionId: 'q1', text: 'Two' });
    h.ok(RAPPORTEUR, { type: 'answer:curate', answerId: 'a1', correctedText: 'One.', highlight: true });
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'notes', baseRev: 0 });
    h.ok(RAPPORTEUR, { type: 'conclusion:set', text: 'Conclusion' });
    h.ok(RAPPORTEUR, { type: 'participantsExtra:set', text: '19 + live' });
    return h;
  };

  it('a participant sees their own profile and answers only, without curation or staff notes', () => {
    const h = setup();
    const v = viewFor(h.state, { role: 'participant', participantId: 'p1' });
    expect(Object.keys(v.participants)).toEqual(['p1']);
    expect(Object.keys(v.answers)).toEqual(['a1']);
    expect(v.answers.a1).toMatchObject({ text: 'One', correctedText: null, highlight: false, included: true });
    expect(v.notes).toEqual({});
    expect(v.conclusion).toBe('');
    expect(v.participantsExtra).toBe('');
    // The run of show is shared.
    expect(v.phase).toEqual(h.state.phase);
    expect(v.openQuestions).toEqual(h.state.openQuestions);
    expect(v.timer).toEqual(h.state.timer);
  });

  it('the projector sees every participant and answer, without curation or staff notes', () => {
    const h = setup();
    const v = viewFor(h.state, { role: 'projector', participantId: null });
    expect(Object.keys(v.participants).sort()).toEqual(['p1', 'p2']);
    expect(Object.keys(v.answers).sort()).toEqual(['a1', 'a2']);
    expect(v.answers.a1!.correctedText).toBeNull();
    expect(v.notes).toEqual({});
    expect(v.conclusion).toBe('');
  });

  it('the staff see everything', () => {
    const h = setup();
    expect(viewFor(h.state, { role: 'moderator', participantId: null })).toBe(h.state);
    expect(viewFor(h.state, { role: 'rapporteur', participantId: null })).toBe(h.state);
  });
});
