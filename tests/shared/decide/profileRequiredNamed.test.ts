import { describe, expect, it } from 'vitest';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR, PROFILES } from '../../helpers/domain.js';

describe("decide: 'named' sessions require a full profile", () => {
  const setup = () => {
    const h = new Harness({ identity: 'named' });
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
    const p1 = h.join('p1');
    return { h, p1 };
  };

  it('joins as not anonymous with an empty profile', () => {
    const { h } = setup();
    expect(h.state.participants.p1).toMatchObject({ name: '', organization: '', country: '', anonymous: false });
  });

  it('answering or asking without a profile is profile_required', () => {
    const { h, p1 } = setup();
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Hello' })).toBe(
      'profile_required',
    );
    expect(h.no(p1, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Hello?' })).toBe('profile_required');
  });

  it('a profile missing a field, or blank after trimming, is profile_required', () => {
    const { h, p1 } = setup();
    const base = { type: 'profile:set' as const, language: 'fr' as const, anonymous: false };
    expect(h.no(p1, { ...base, name: 'Awa', organization: 'Enda', country: '' })).toBe('profile_required');
    expect(h.no(p1, { ...base, name: 'Awa', organization: '   ', country: 'Senegal' })).toBe('profile_required');
    expect(h.no(p1, { ...base, name: '', organization: 'Enda', country: 'Senegal' })).toBe('profile_required');
    // Asking to stay anonymous is not an option here.
    expect(h.no(p1, { ...base, name: '', organization: '', country: '', anonymous: true })).toBe('profile_required');
  });

  it('with name, organization and country the answer is accepted', () => {
    const { h, p1 } = setup();
    const p = PROFILES.p1!;
    h.ok(p1, {
      type: 'profile:set',
      name: ` ${p.name} `,
      organization: p.organization,
      country: p.country,
      language: 'fr',
      anonymous: true,
    });
    expect(h.state.participants.p1).toMatchObject({ name: p.name, anonymous: false, language: 'fr' });
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Hello' });
  });
});
