import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CommandEnvelopeSchema } from '../../../shared/commands.js';
import { COMMAND_TYPES } from '../../../shared/permissions.js';
import { validCommands } from '../../helpers/domain.js';

describe('schemas: valid command envelopes pass unchanged', () => {
  it('the examples cover every command type', () => {
    expect(
      validCommands()
        .map((c) => c.type)
        .sort(),
    ).toEqual([...COMMAND_TYPES].sort());
  });

  for (const command of validCommands()) {
    it(command.type, () => {
      const r = v.safeParse(CommandEnvelopeSchema, { id: 'cmd_01-abc', command });
      expect(r.issues).toBeUndefined();
      expect(r.output).toEqual({ id: 'cmd_01-abc', command });
    });
  }

  it('a round trip through JSON (the wire) still passes', () => {
    for (const command of validCommands()) {
      const wire = JSON.parse(JSON.stringify({ id: 'c1', command }));
      expect(v.safeParse(CommandEnvelopeSchema, wire).success, command.type).toBe(true);
    }
  });

  it('the longest allowed values pass: 64-char ids, 20,000-char texts, 300-char profile fields', () => {
    const id = 'a'.repeat(64);
    const ok = [
      { type: 'answer:submit', answerId: id, questionId: id, text: 'x'.repeat(20_000) },
      {
        type: 'profile:set',
        name: 'n'.repeat(300),
        organization: 'o'.repeat(300),
        country: 'c'.repeat(300),
        language: 'es',
        anonymous: false,
      },
      { type: 'timer:adjust', deltaMs: 3_600_000 },
      { type: 'timer:start', durationMs: 24 * 3_600_000 },
    ];
    for (const command of ok)
      expect(v.safeParse(CommandEnvelopeSchema, { id, command }).success, command.type).toBe(true);
  });
});
