// ROOM (no network): with approve-first moderation, an audience question reaches the staff and its
// author only; other participants and the projector see it once it is approved, in full.
import { describe, expect, it } from 'vitest';
import { viewFor } from '../../../shared/visibility.js';
import { FakeRoom, MODERATOR, PROJECTOR, RAPPORTEUR, participantViewer } from '../../helpers/fakeRoom.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { withoutSeq } from '../../helpers/views.js';

describe('room: approve-first audience questions', () => {
  it('a pending question reaches no other participant nor the projector until approved', async () => {
    const r = await FakeRoom.create({ ...SAMPLE_DEFINITION, moderation: 'approve' });
    void r.join('p1');
    void r.join('p2');
    await r.flush();
    const p1 = participantViewer('p1');
    const screens = {
      moderator: r.attach('moderator', MODERATOR),
      rapporteur: r.attach('rapporteur', RAPPORTEUR),
      projector: r.attach('projector', PROJECTOR),
      p1: r.attach('p1', p1),
      p2: r.attach('p2', participantViewer('p2')),
    };
    const asked = r.send(p1, { type: 'aq:ask', questionId: 'q1', speakerId: 's2', text: 'How do you fund it?' });
    await r.flush();
    expect(await asked).toMatchObject({ ok: true });
    expect(r.state.audienceQuestions.q1?.status).toBe('pending');
    const sawAsked = (name: keyof typeof screens) => screens[name].received.some((e) => e.event.type === 'aq:asked');
    expect(sawAsked('moderator')).toBe(true);
    expect(sawAsked('rapporteur')).toBe(true);
    expect(sawAsked('p1')).toBe(true);
    expect(sawAsked('p2')).toBe(false);
    expect(sawAsked('projector')).toBe(false);
    expect(screens.p2.state.audienceQuestions).toEqual({});
    expect(screens.projector.state.audienceQuestions).toEqual({});
    // Its author may withdraw it: still nobody else hears of it.
    // (A second pending question, withdrawn; the first goes on to approval.)
    void r.send(p1, { type: 'aq:ask', questionId: 'q2', speakerId: null, text: 'Never mind' });
    void r.send(p1, { type: 'aq:withdraw', questionId: 'q2' });
    await r.flush();
    expect(screens.p2.received.filter((e) => e.event.type.startsWith('aq:'))).toEqual([]);
    expect(screens.projector.received.filter((e) => e.event.type.startsWith('aq:'))).toEqual([]);

    const approved = r.send(MODERATOR, { type: 'aq:approve', questionId: 'q1' });
    await r.flush();
    expect(await approved).toMatchObject({ ok: true });
    for (const name of ['p2', 'projector'] as const) {
      expect(screens[name].state.audienceQuestions.q1, name).toMatchObject({
        text: 'How do you fund it?',
        status: 'published',
        speakerId: 's2',
      });
    }
    for (const [name, sc] of Object.entries(screens)) {
      expect(withoutSeq(sc.state), name).toEqual(withoutSeq(viewFor(r.state, sc.viewer)));
    }
  });
});
