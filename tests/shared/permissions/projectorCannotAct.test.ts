import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, can } from '../../../shared/permissions.js';
import { isStaff } from '../../../shared/roles.js';

describe('permissions: the projector only displays', () => {
  it('may run no command at all', () => {
    expect(COMMAND_TYPES.filter((t) => can('projector', t))).toEqual([]);
  });

  it('only the moderator and the rapporteur are staff (hold a secret key)', () => {
    expect(isStaff('moderator')).toBe(true);
    expect(isStaff('rapporteur')).toBe(true);
    expect(isStaff('participant')).toBe(false);
    expect(isStaff('projector')).toBe(false);
  });
});
