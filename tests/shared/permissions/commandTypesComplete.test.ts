import { describe, expect, it } from 'vitest';
import { CommandSchema } from '../../../shared/commands.js';
import { COMMAND_TYPES } from '../../../shared/permissions.js';

describe('permissions: COMMAND_TYPES', () => {
  it('lists exactly the command types the schema accepts, once each', () => {
    const schemaTypes = CommandSchema.options.map((o) => o.entries.type.literal as string);
    expect(new Set(COMMAND_TYPES).size).toBe(COMMAND_TYPES.length);
    expect([...COMMAND_TYPES].sort()).toEqual([...schemaTypes].sort());
  });
});
