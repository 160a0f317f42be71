// The phone's profile form asks for exactly the fields the server's profile:set requires.
import { describe, expect, it } from 'vitest';
import type { LocalProfile } from '../../../client/participant/profile.js';
import { type IdentityMode, IDENTITY_MODES } from '../../../shared/definition.js';
import { countsAnonymous, missingProfileFields, verdict } from '../../../shared/rules.js';
import { Harness } from '../../helpers/domain.js';

// What the phone's form calls (client/participant/ProfileForm.tsx, LiveView.tsx).
const missingFields = missingProfileFields;
const isAnonymous = (mode: IdentityMode, p: LocalProfile) => countsAnonymous(mode, p.anonymous);

const PROFILES = [
  { name: '', organization: '', country: '', anonymous: false },
  { name: 'Awa', organization: '', country: '', anonymous: false },
  { name: 'Awa', organization: 'Enda', country: '', anonymous: false },
  { name: 'Awa', organization: 'Enda', country: 'SN', anonymous: false },
  { name: '  ', organization: 'Enda', country: 'SN', anonymous: false },
  { name: '', organization: '', country: '', anonymous: true },
];

describe('profile fields', () => {
  for (const mode of IDENTITY_MODES)
    it(`in a${mode === 'anonymous' || mode === 'optional' ? 'n' : ''} ${mode} session, the form's missing fields are the server's refusal`, () => {
      const h = new Harness({ identity: mode });
      const [p1] = h.joinAll('p1');
      for (const p of PROFILES) {
        const v = verdict(h.state, p1!, { type: 'profile:set', ...p, language: 'en' }, h.now);
        expect(v, JSON.stringify(p)).toBe(missingFields(mode, p).length ? 'profile_required' : null);
        if (v === null) {
          h.ok(p1!, { type: 'profile:set', ...p, language: 'en' });
          expect(h.state.participants.p1!.anonymous).toBe(isAnonymous(mode, p));
        }
      }
    });
});
