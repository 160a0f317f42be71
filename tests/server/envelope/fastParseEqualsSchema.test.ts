// The server's envelope check (command schema found by type) accepts and outputs exactly what the
// shared CommandEnvelopeSchema does, for every command type and for malformed payloads.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseEnvelope } from '../../../server/envelope.js';
import { CommandEnvelopeSchema } from '../../../shared/commands.js';
import { SAMPLE_COMMANDS } from '../../helpers/commands.js';

const same = (input: unknown) => {
  const fast = parseEnvelope(input);
  const ref = v.safeParse(CommandEnvelopeSchema, input);
  expect(fast.ok, JSON.stringify(input)).toBe(ref.success);
  if (fast.ok && ref.success) expect(fast.envelope).toEqual(ref.output);
};

describe('envelope validation', () => {
  it('accepts every valid command as the schema does, unknown keys stripped alike', () => {
    for (const command of Object.values(SAMPLE_COMMANDS)) {
      same({ id: 'cmd-1', command });
      same({ id: 'cmd_2', command: { ...command, extra: 'dropped' }, extra: 1 });
    }
  });

  it('refuses what the schema refuses', () => {
    const answer = SAMPLE_COMMANDS['answer:submit'];
    const bad: unknown[] = [
      null,
      'garbage',
      42,
      [],
      {},
      { id: 'x' },
      { command: answer },
      { id: '', command: answer },
      { id: 'has space', command: answer },
      { id: 'x'.repeat(65), command: answer },
      { id: 7, command: answer },
      { id: 'x', command: null },
      { id: 'x', command: [] },
      { id: 'x', command: 'answer:submit' },
      { id: 'x', command: { type: 'nope' } },
      { id: 'x', command: { type: '__proto__' } },
      { id: 'x', command: { type: 'constructor' } },
      { id: 'x', command: { type: 7 } },
      { id: 'x', command: { ...answer, text: 5 } },
      { id: 'x', command: { ...answer, text: 'y'.repeat(20_001) } },
      { id: 'x', command: { ...answer, answerId: 'bad id' } },
      { id: 'x', command: { type: 'answer:submit' } },
      { id: 'x', command: { type: 'phase:set', phase: { kind: 'speaker' } } },
      { id: 'x', command: { type: 'timer:start', durationMs: -1 } },
      { id: 'x', command: { type: 'timer:adjust', deltaMs: 1.5 } },
    ];
    for (const input of bad) {
      same(input);
      expect(parseEnvelope(input).ok).toBe(false);
    }
  });
});
