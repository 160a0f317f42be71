import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../shared/decide.js';
import { viewFor } from '../../../shared/visibility.js';
import { MODERATOR } from '../../helpers/domain.js';
import { showWall, wallSession } from './wallSession.js';

describe('retention erasure and the wall on phones', () => {
  it('blanks the names a phone would get with the wall, and a later refresh keeps them blank', () => {
    const { h } = wallSession();
    h.ok(MODERATOR, showWall);
    h.ok(SYSTEM, { type: 'participants:erase' });
    const names = () =>
      Object.values(viewFor(h.state, { role: 'participant', participantId: 'p3' }).wall?.main ?? {}).map((e) => [
        e.text,
        e.name,
      ]);
    expect(names()).toEqual([
      ['Shared kitchens', ''],
      ['Cooperative banks', ''],
    ]);
    expect(h.ok(SYSTEM, { type: 'wall:refresh' })).toEqual([]);
    expect(names()).toHaveLength(2);
  });
});
