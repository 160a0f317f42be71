import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CommandSchema } from '../../../shared/commands.js';
import { SYSTEM, decide } from '../../../shared/decide.js';
import { COMMAND_TYPES, SERVER_COMMAND_TYPES } from '../../../shared/permissions.js';
import type { ServerCommand } from '../../../shared/serverCommands.js';
import { T0, newSession } from '../../helpers/domain.js';

/** One of each server command (the record's type makes a missing one a compile error). */
const SERVER_COMMANDS: { [K in ServerCommand['type']]: Extract<ServerCommand, { type: K }> } = {
  'session:create': { type: 'session:create' },
  'participant:join': { type: 'participant:join', participantId: 'p1', language: 'en' },
  'participant:presence': { type: 'participant:presence', participantId: 'p1', connected: false },
  'photo:set': { type: 'photo:set', photo: null },
  'photo:add': { type: 'photo:add', photo: { id: 'ph1', mime: 'image/png', bytes: 10 } },
  'photo:remove': { type: 'photo:remove', id: 'ph1' },
  'results:refresh': { type: 'results:refresh', questionIds: ['q2'] },
  'wall:refresh': { type: 'wall:refresh' },
  'participants:erase': { type: 'participants:erase' },
  'report:download': { type: 'report:download', format: 'docx' },
};

describe('permissions: COMMAND_TYPES', () => {
  it('lists exactly the command types the schema accepts, once each', () => {
    const schemaTypes = CommandSchema.options.map((o) => o.entries.type.literal as string);
    expect(new Set(COMMAND_TYPES).size).toBe(COMMAND_TYPES.length);
    expect([...COMMAND_TYPES].sort()).toEqual([...schemaTypes].sort());
  });

  it('SERVER_COMMAND_TYPES lists every server command once, none of them a client command', () => {
    expect([...SERVER_COMMAND_TYPES].sort()).toEqual(Object.keys(SERVER_COMMANDS).sort());
    expect(new Set(SERVER_COMMAND_TYPES).size).toBe(SERVER_COMMAND_TYPES.length);
    expect(SERVER_COMMAND_TYPES.filter((t) => (COMMAND_TYPES as string[]).includes(t))).toEqual([]);
  });

  it('a client cannot send a server command: the schema refuses every one', () => {
    for (const c of Object.values(SERVER_COMMANDS)) expect(v.safeParse(CommandSchema, c).success, c.type).toBe(false);
  });

  it('decide has a rule for every server command (none falls through to the client commands)', () => {
    const s = newSession();
    for (const c of Object.values(SERVER_COMMANDS)) {
      const d = decide(s, SYSTEM, c, T0);
      // session:create is refused on an existing log by its own rule, photo:remove of a photo that
      // is not there by its own; the rest are accepted.
      const own =
        c.type === 'session:create'
          ? { ok: false, error: 'invalid_state' }
          : c.type === 'photo:remove'
            ? { ok: false, error: 'not_found' }
            : // A download is a staff member's: the server itself never downloads one.
              c.type === 'report:download'
              ? { ok: false, error: 'forbidden' }
              : expect.objectContaining({ ok: true });
      expect(d, c.type).toEqual(own);
    }
  });
});
