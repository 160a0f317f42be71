import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, makeDefinition } from '../../helpers/domain.js';

describe('reducer: definition:updated', () => {
  it('keeps the live speaking order for known speakers, drops removed ones, appends new ones', () => {
    const h = new Harness({
      speakers: [
        { id: 's1', name: 'A' },
        { id: 's2', name: 'B' },
        { id: 's3', name: 'C' },
      ],
    });
    h.ok(MODERATOR, { type: 'speakers:reorder', order: ['s3', 's1', 's2'] });
    const definition = makeDefinition({
      speakers: [
        { id: 's1', name: 'A' },
        { id: 's3', name: 'C' },
        { id: 's4', name: 'D' },
      ],
    });
    h.ok(MODERATOR, { type: 'definition:update', definition });
    expect(h.state.speakerOrder).toEqual(['s3', 's1', 's4']);
    expect(h.state.definition).toEqual(definition);
  });
});
