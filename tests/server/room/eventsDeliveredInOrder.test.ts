// ROOM (no network): over several batches, every screen receives its events in sequence order,
// each once, and ends holding exactly viewFor(server state); a catch-up from the room's log gives a
// late screen the same events the live ones were sent.
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../../shared/visibility.js';
import { FakeRoom, MODERATOR, PROJECTOR, RAPPORTEUR, participantViewer } from '../../helpers/fakeRoom.js';
import { withoutSeq } from '../../helpers/views.js';

describe('room: delivery order', () => {
  it('each screen gets its events once, in order, and converges on its view', async () => {
    const r = await FakeRoom.create();
    void r.join('p1');
    void r.join('p2');
    await r.flush();
    const seqAtAttach = r.state.seq;
    const screens = {
      moderator: r.attach('moderator', MODERATOR),
      rapporteur: r.attach('rapporteur', RAPPORTEUR),
      projector: r.attach('projector', PROJECTOR),
      p1: r.attach('p1', participantViewer('p1')),
      p2: r.attach('p2', participantViewer('p2')),
    };
    const p1 = participantViewer('p1');
    const p2 = participantViewer('p2');
    const batches = [
      () => {
        // The round stays open through the speaker's turn below, so its answers can still be edited.
        void r.send(MODERATOR, { type: 'floor:keepOpen', keep: true });
        void r.send(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
        void r.send(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'r1q1', text: 'One' });
        void r.send(p2, { type: 'answer:submit', answerId: 'a2', questionId: 'r1q2', text: 'Two' });
      },
      () => {
        r.now += 5_000;
        void r.send(MODERATOR, { type: 'turn:start', speakerId: 's1' });
        void r.send(RAPPORTEUR, { type: 'answer:curate', answerId: 'a1', highlight: true });
        void r.send(p1, {
          type: 'profile:set',
          name: 'Awa',
          organization: 'Enda',
          country: 'SN',
          language: 'fr',
          anonymous: false,
        });
      },
      () => {
        r.now += 60_000;
        void r.send(MODERATOR, { type: 'turn:pause' });
        void r.send(p2, { type: 'aq:ask', questionId: 'q1', speakerId: 's1', text: 'Funding?' });
        void r.send(p1, { type: 'aq:vote', questionId: 'q1', up: true });
        void r.send(p2, { type: 'answer:edit', answerId: 'a2', text: 'Two, edited' });
        void r.send(MODERATOR, { type: 'answer:moderate', answerId: 'a2', hidden: true });
      },
    ];
    for (const b of batches) {
      b();
      await r.flush();
    }
    expect(r.state.seq).toBeGreaterThan(seqAtAttach + 10);
    for (const [name, sc] of Object.entries(screens)) {
      const seqs = sc.received.map((e) => e.seq);
      expect(seqs, name).toEqual([...seqs].sort((a, b) => a - b));
      expect(new Set(seqs).size, name).toBe(seqs.length);
      expect(
        seqs.every((x) => x > seqAtAttach),
        name,
      ).toBe(true);
      expect(withoutSeq(sc.state), name).toEqual(withoutSeq(viewFor(r.state, sc.viewer)));
      // What a screen joining late would be sent from the room's log is what this one got live.
      const late = r.room.catchUp(sc.viewer, seqAtAttach);
      expect(late.kind, name).toBe('events');
      if (late.kind === 'events') expect(late.events, name).toEqual(sc.received);
    }
    // The moderator saw everything, contiguously; the participants only their share.
    expect(screens.moderator.received.map((e) => e.seq)).toEqual(
      Array.from({ length: r.state.seq - seqAtAttach }, (_, i) => seqAtAttach + 1 + i),
    );
    expect(screens.moderator.state).toEqual(r.state);
    expect(screens.p1.received.some((e) => e.event.type === 'answer:submitted' && e.event.answerId === 'a2')).toBe(
      false,
    );
    expect(screens.p1.received.some((e) => e.event.type === 'answer:curated')).toBe(false);
    expect(screens.projector.received.some((e) => e.event.type === 'answer:curated')).toBe(false);
    expect(screens.p2.state.answers.a2).toMatchObject({ hidden: true, text: 'Two, edited' });
    expect(screens.p1.state.audienceQuestions.q1?.voters).toEqual(['p1']);
  });
});
