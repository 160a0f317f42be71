import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, can } from '../../../shared/permissions.js';
import { ROLES } from '../../../shared/state.js';
import { intended } from './table.js';

describe('permissions: every command type × every role', () => {
  for (const type of COMMAND_TYPES) {
    for (const role of ROLES) {
      const allowed = intended(role, type);
      it(`${role} ${allowed ? 'may' : 'may not'} ${type}`, () => {
        expect(can(role, type)).toBe(allowed);
      });
    }
  }

  it('every command is allowed to someone, and the whole table matches', () => {
    const actual = Object.fromEntries(COMMAND_TYPES.map((t) => [t, ROLES.filter((r) => can(r, t))]));
    const expected = Object.fromEntries(COMMAND_TYPES.map((t) => [t, ROLES.filter((r) => intended(r, t))]));
    expect(actual).toEqual(expected);
    for (const t of COMMAND_TYPES) expect(actual[t]!.length, t).toBeGreaterThan(0);
  });
});
