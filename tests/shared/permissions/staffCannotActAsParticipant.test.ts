import { describe, expect, it } from 'vitest';
import { can } from '../../../shared/permissions.js';
import { PARTICIPANT_COMMANDS } from './table.js';

// Staff have no participant identity: answers and votes are the room's, never the moderator's.
describe('permissions: staff cannot answer, ask or vote', () => {
  for (const t of PARTICIPANT_COMMANDS) {
    it(t, () => {
      expect(can('moderator', t)).toBe(false);
      expect(can('rapporteur', t)).toBe(false);
    });
  }
});
