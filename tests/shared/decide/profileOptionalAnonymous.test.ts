import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe("decide: 'optional' and 'anonymous' identity modes", () => {
  it('optional: anonymous answers are fine; a named profile needs at least a name', () => {
    const h = new Harness({ identity: 'optional' });
    h.ok(MODERATOR, { type: 'answering:open', questionIds: [MAIN_QUESTION_ID] });
    const p1 = h.join('p1');
    expect(h.state.participants.p1!.anonymous).toBe(true);
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'No name needed' });
    expect(
      h.no(p1, {
        type: 'profile:set',
        name: ' ',
        organization: 'Enda',
        country: 'Senegal',
        language: 'en',
        anonymous: false,
      }),
    ).toBe('profile_required');
    h.ok(p1, { type: 'profile:set', name: 'Awa', organization: '', country: '', language: 'en', anonymous: false });
    expect(h.state.participants.p1).toMatchObject({ name: 'Awa', anonymous: false });
    // Choosing anonymity again clears what was typed.
    h.ok(p1, {
      type: 'profile:set',
      name: 'Awa',
      organization: 'Enda',
      country: 'SN',
      language: 'es',
      anonymous: true,
    });
    expect(h.state.participants.p1).toMatchObject({
      name: '',
      organization: '',
      country: '',
      anonymous: true,
      language: 'es',
    });
  });

  it('anonymous: a profile is never recorded, even if sent', () => {
    const h = new Harness({ identity: 'anonymous' });
    const p1 = h.join('p1');
    h.ok(p1, {
      type: 'profile:set',
      name: 'Awa',
      organization: 'Enda',
      country: 'SN',
      language: 'fr',
      anonymous: false,
    });
    expect(h.state.participants.p1).toMatchObject({
      name: '',
      organization: '',
      country: '',
      anonymous: true,
      language: 'fr',
    });
  });

  it('a participant the session does not know cannot set a profile (forbidden)', () => {
    const h = new Harness();
    expect(
      h.no(
        { role: 'participant', participantId: 'ghost' },
        { type: 'profile:set', name: 'X', organization: '', country: '', language: 'en', anonymous: false },
      ),
    ).toBe('forbidden');
  });
});
