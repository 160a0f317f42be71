// ROOM (no network): `anyWallShown` is asked after every committed answer (the wall refresher), so
// the room keeps its last answer; it must still follow the moderator showing or hiding a wall.
import { describe, expect, it } from 'vitest';
import { FakeRoom, MODERATOR } from '../../helpers/fakeRoom.js';

describe('room: anyWallShown', () => {
  it('follows wall:show on and off, and stays put while answers come in', async () => {
    const r = await FakeRoom.create();
    const joined = r.join('p1');
    await r.flush();
    await joined;
    expect(r.room.anyWallShown).toBe(false);
    const shown = r.send(MODERATOR, { type: 'wall:show', questionId: 'main', shown: true });
    await r.flush();
    expect(await shown).toMatchObject({ ok: true });
    expect(r.room.anyWallShown).toBe(true);
    const hidden = r.send(MODERATOR, { type: 'wall:show', questionId: 'main', shown: false });
    await r.flush();
    expect(await hidden).toMatchObject({ ok: true });
    expect(r.room.anyWallShown).toBe(false);
  });
});
