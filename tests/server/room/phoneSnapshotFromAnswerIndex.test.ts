// ROOM (no network): a phone's snapshot reads its own answers from the room's index of answers by
// participant instead of a pass over every answer of the room (hundreds of phones reconnect at once
// when a node is lost). The index must follow every change: each snapshot equals the full pass.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands.js';
import type { Viewer } from '../../../shared/visibility.js';
import { viewFor } from '../../../shared/visibility.js';
import { FakeRoom, MODERATOR } from '../../helpers/fakeRoom.js';

const phone = (pid: string): Viewer => ({ role: 'participant', participantId: pid });

async function run(r: FakeRoom, viewer: Viewer, command: Command) {
  const ack = r.send(viewer, command);
  await r.flush();
  expect(await ack).toMatchObject({ ok: true });
}

/** The snapshot a reconnecting phone gets, and its answer ids. */
function snapshotOf(r: FakeRoom, pid: string) {
  const w = r.room.catchUp(phone(pid), undefined);
  if (w.kind !== 'snapshot') throw new Error('expected a snapshot');
  return w.state;
}

describe('room: phone snapshots from the answer index', () => {
  it('hold exactly the phone’s answers through submits, edits, withdrawals and handed-out states', async () => {
    const r = await FakeRoom.create();
    for (const pid of ['p1', 'p2']) {
      const joined = r.join(pid);
      await r.flush();
      await joined;
    }
    await run(r, MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } });
    // Built here, while p1 has no answer: later answers must reach it through the committed events.
    expect(Object.keys(snapshotOf(r, 'p1').answers)).toEqual([]);

    // Each snapshot between commits: the answers after the first are written in place (the record
    // is not handed out), so only the committed events can tell the index about them.
    await run(r, phone('p1'), { type: 'answer:submit', answerId: 'a1', questionId: 'main', text: 'First idea' });
    expect(Object.keys(snapshotOf(r, 'p1').answers)).toEqual(['a1']);
    await run(r, phone('p2'), { type: 'answer:submit', answerId: 'b1', questionId: 'main', text: 'Other idea' });
    expect(Object.keys(snapshotOf(r, 'p2').answers)).toEqual(['b1']);
    await run(r, phone('p1'), { type: 'answer:submit', answerId: 'a2', questionId: 'main', text: 'Second idea' });
    expect(Object.keys(snapshotOf(r, 'p1').answers).sort()).toEqual(['a1', 'a2']);
    expect(Object.keys(snapshotOf(r, 'p2').answers)).toEqual(['b1']);

    await run(r, phone('p1'), { type: 'answer:edit', answerId: 'a1', text: 'First idea, edited' });
    await run(r, phone('p1'), { type: 'answer:withdraw', answerId: 'a2' });
    // Reading `state` hands it out: the next commit copies the answers record (the index is rebuilt).
    expect(viewFor(r.state, phone('p1'))).toEqual(snapshotOf(r, 'p1'));
    await run(r, phone('p1'), { type: 'answer:submit', answerId: 'a3', questionId: 'main', text: 'Third idea' });

    const s = r.state;
    for (const pid of ['p1', 'p2', 'nobody']) expect(snapshotOf(r, pid)).toEqual(viewFor(s, phone(pid)));
    expect(snapshotOf(r, 'p1').answers.a1?.text).toBe('First idea, edited');
    expect(snapshotOf(r, 'p1').answers.a3?.text).toBe('Third idea');
  });
});
