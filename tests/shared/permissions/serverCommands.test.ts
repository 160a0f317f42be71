// The server's own commands are in the same table: only the system starts a log, lets people in and
// records presence; only the staff set the photo; the system may run no client command.
import { describe, expect, it } from 'vitest';
import { COMMAND_TYPES, SERVER_COMMAND_TYPES, can } from '../../../shared/permissions.js';
import type { Principal } from '../../../shared/serverCommands.js';
import { ROLES } from '../../../shared/state.js';
import { intendedServer } from './table.js';

const PRINCIPALS: Principal[] = [...ROLES, 'system'];

describe('permissions: server commands × every principal', () => {
  for (const type of SERVER_COMMAND_TYPES) {
    for (const who of PRINCIPALS) {
      const allowed = intendedServer(who, type);
      it(`${who} ${allowed ? 'may' : 'may not'} ${type}`, () => {
        expect(can(who, type)).toBe(allowed);
      });
    }
  }

  it('the whole table matches, and every server command is allowed to someone', () => {
    const actual = Object.fromEntries(SERVER_COMMAND_TYPES.map((t) => [t, PRINCIPALS.filter((p) => can(p, t))]));
    const expected = Object.fromEntries(
      SERVER_COMMAND_TYPES.map((t) => [t, PRINCIPALS.filter((p) => intendedServer(p, t))]),
    );
    expect(actual).toEqual(expected);
    for (const t of SERVER_COMMAND_TYPES) expect(actual[t]!.length, t).toBeGreaterThan(0);
  });

  it('the system may run no client command', () => {
    expect(COMMAND_TYPES.filter((t) => can('system', t))).toEqual([]);
  });
});
