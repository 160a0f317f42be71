import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('decide: reordering speakers', () => {
  it('accepts a permutation of the speakers', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'speakers:reorder', order: ['s2', 's1'] });
    expect(h.state.speakerOrder).toEqual(['s2', 's1']);
  });

  it('refuses a missing, extra, unknown or repeated speaker as invalid_payload', () => {
    const h = new Harness();
    for (const order of [['s1'], ['s1', 's2', 's3'], ['s1', 'sX'], ['s1', 's1'], []]) {
      expect(h.no(MODERATOR, { type: 'speakers:reorder', order }), JSON.stringify(order)).toBe('invalid_payload');
    }
  });
});
