import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, makeDefinition } from '../../helpers/domain.js';

describe('decide: definition:update', () => {
  it('refuses duplicate ids as invalid_payload', () => {
    const h = new Harness();
    const d = makeDefinition();
    const dup = { ...d, speakers: [d.speakers[0]!, { ...d.speakers[1]!, id: 's1' }] };
    expect(h.no(MODERATOR, { type: 'definition:update', definition: dup })).toBe('invalid_payload');
    const dupQ = { ...d, rounds: [d.rounds[0]!, { ...d.rounds[1]!, questions: [{ id: 'q1', text: 'again' }] }] };
    expect(h.no(MODERATOR, { type: 'definition:update', definition: dupQ })).toBe('invalid_payload');
    const mainId = { ...d, rounds: [{ id: 'r1', title: 'R', questions: [{ id: 'main', text: 'clash' }] }] };
    expect(h.no(MODERATOR, { type: 'definition:update', definition: mainId })).toBe('invalid_payload');
  });

  it('accepts a valid definition', () => {
    const h = new Harness();
    const d = makeDefinition({ title: 'Renamed' });
    expect(h.ok(MODERATOR, { type: 'definition:update', definition: d })).toEqual([
      { type: 'definition:updated', definition: d },
    ]);
    expect(h.state.definition.title).toBe('Renamed');
  });
});
