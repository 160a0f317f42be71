import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../shared/decide.js';
import { entryFor } from '../../../shared/engine.js';
import { viewFor } from '../../../shared/visibility.js';
import { MODERATOR } from '../../helpers/domain.js';
import { plusOne, showWall, wallSession } from './wallSession.js';

const phone = (pid: string) => ({ role: 'participant' as const, participantId: pid });
const refresh = { type: 'wall:refresh' } as const;

describe('the wall on phones: an aggregated copy, only once shown', () => {
  it('gives phones no other answer before the wall is shown, then the whole wall with names', () => {
    const { h } = wallSession();
    expect(viewFor(h.state, phone('p3')).wall).toBeUndefined();
    expect(h.ok(SYSTEM, refresh)).toEqual([]);
    const before = h.state;
    const events = h.ok(MODERATOR, showWall);
    expect(events.map((e) => e.type)).toEqual(['wall:shown', 'wall:updated']);
    const wall = viewFor(h.state, phone('p3')).wall?.main ?? {};
    expect(Object.values(wall).map((e) => [e.text, e.name, e.count])).toEqual([
      ['Shared kitchens', 'Awa Ndiaye', 0],
      ['Cooperative banks', 'Kofi Mensah', 0],
    ]);
    // No author id on a phone's wall.
    expect(JSON.stringify(wall)).not.toContain('"p1"');
    // The answers themselves stay the screens' and their author's.
    expect(Object.keys(viewFor(h.state, phone('p3')).answers)).toEqual([]);
    expect(entryFor(before, { seq: 99, at: 0, event: events[0]! }).vis).toEqual({ to: 'all' });
  });

  it('sends +1s to the screens and the giver, and the counts to phones in one aggregated update', () => {
    const { h, p2, p3 } = wallSession();
    h.ok(MODERATOR, showWall);
    const before = h.state;
    const [given] = h.ok(p2, plusOne('a1'));
    expect(entryFor(before, { seq: 99, at: 0, event: given! }).vis).toEqual({ to: 'screens', participantId: 'p2' });
    h.ok(p3, plusOne('a1'));
    h.ok(p3, plusOne('a2'));
    const updates = h.ok(SYSTEM, refresh);
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ type: 'wall:updated', drop: [] });
    const counts = Object.fromEntries(
      Object.values(viewFor(h.state, phone('p1')).wall?.main ?? {}).map((e) => [e.id, e.count]),
    );
    expect(counts).toEqual({ a1: 2, a2: 1 });
    // A phone holds its own +1s, not who else gave one.
    expect(viewFor(h.state, phone('p3')).plusOnes).toEqual({ a1: ['p3'], a2: ['p3'] });
    expect(viewFor(h.state, phone('p1')).plusOnes).toBeUndefined();
    expect(viewFor(h.state, { role: 'projector', participantId: null }).plusOnes?.a1).toEqual(['p2', 'p3']);
    // Nothing changed since: nothing sent.
    expect(h.ok(SYSTEM, refresh)).toEqual([]);
  });

  it('drops hidden and withdrawn answers from the wall, and the whole wall when hidden again', () => {
    const { h, p1 } = wallSession();
    h.ok(MODERATOR, showWall);
    // In the same batch, not at the next refresh: a hidden answer leaves the phones at once.
    expect(h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a2', hidden: true }).slice(1)).toEqual([
      { type: 'wall:updated', questionId: 'main', put: [], drop: ['a2'] },
    ]);
    expect(h.ok(p1, { type: 'answer:withdraw', answerId: 'a1' }).slice(1)).toEqual([
      { type: 'wall:updated', questionId: 'main', put: [], drop: ['a1'] },
    ]);
    expect(h.ok(SYSTEM, refresh)).toEqual([]);
    expect(viewFor(h.state, phone('p3')).wall?.main).toEqual({});
    h.ok(MODERATOR, { ...showWall, shown: false });
    expect(viewFor(h.state, phone('p3')).wall?.main).toBeUndefined();
  });

  it('shows only approved answers in a reviewed session, and no name in an anonymous one', () => {
    const { h } = wallSession({ answerModeration: 'approve', identity: 'anonymous' });
    h.ok(MODERATOR, showWall);
    expect(viewFor(h.state, phone('p3')).wall?.main).toEqual({});
    h.ok(MODERATOR, { type: 'answer:moderate', answerId: 'a2', approved: true });
    expect(Object.values(viewFor(h.state, phone('p3')).wall?.main ?? {})).toMatchObject([
      { id: 'a2', text: 'Cooperative banks', name: '' },
    ]);
  });

  it('sorts the screens by +1 once the moderator chooses it', () => {
    const { h } = wallSession();
    expect(h.ok(MODERATOR, { type: 'wall:order', by: 'plusOnes' })).toEqual([{ type: 'wall:ordered', by: 'plusOnes' }]);
    expect(h.ok(MODERATOR, { type: 'wall:order', by: 'plusOnes' })).toEqual([]);
    expect(viewFor(h.state, { role: 'projector', participantId: null }).wallOrder).toBe('plusOnes');
  });
});

describe('a phone’s own +1s, taken back', () => {
  it('ends where a fresh snapshot does once the +1 is taken back', async () => {
    const { applyBatch } = await import('../../../shared/batchState.js');
    const { entryFor: entry } = await import('../../../shared/engine.js');
    const { canSee } = await import('../../../shared/visibility.js');
    const { h, p3 } = wallSession();
    h.ok(MODERATOR, showWall);
    const viewer = phone('p3');
    let built = viewFor(h.state, viewer);
    for (const on of [true, false]) {
      const before = h.state;
      const from = h.log.length;
      h.ok(p3, plusOne('a1', on));
      const mine = h.log.slice(from).filter((env) => canSee(entry(before, env).vis, viewer));
      built = applyBatch(built, mine);
      expect({ ...built, seq: 0 }).toEqual({ ...viewFor(h.state, viewer), seq: 0 });
    }
    expect(built.plusOnes).toBeUndefined();
  });
});
