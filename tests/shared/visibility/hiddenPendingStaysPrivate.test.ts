import { describe, expect, it } from 'vitest';
import { apply, replay } from '../../../shared/reducer.js';
import { canSee, viewFor, visibilityOf, type Viewer } from '../../../shared/visibility.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

const P1: Viewer = { role: 'participant', participantId: 'p1' };
const P2: Viewer = { role: 'participant', participantId: 'p2' };
const PROJ: Viewer = { role: 'projector', participantId: null };

// Regression: a pending question the moderator rejected (hid) used to become 'hidden', which
// viewFor treated as public: every reconnecting phone and the projector received its text in their
// snapshot, and events about it went to everyone while their live state never had it.
describe('visibility: a rejected approve-first question stays private', () => {
  it('hidden, then withdrawn or answered, it reaches only the staff and its asker', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1', 'p2');
    const views = new Map([P1, P2, PROJ].map((v) => [v, viewFor(h.state, v)]));
    const deliver = (from: number) => {
      let s = replayFrom(h, from);
      for (const env of h.log.slice(from)) {
        const vis = visibilityOf(s, env.event);
        for (const [v, st] of views) if (canSee(vis, v)) views.set(v, apply(st, env));
        s = apply(s, env);
      }
    };

    let mark = h.log.length;
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Offensive remark' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'Moderator', gist: 'Not taken' });
    deliver(mark);
    expect(h.state.audienceQuestions.x1).toMatchObject({ status: 'hidden', everPublished: false });

    for (const v of [P2, PROJ]) {
      expect(viewFor(h.state, v).audienceQuestions.x1).toBeUndefined();
      expect(views.get(v)!.audienceQuestions.x1).toBeUndefined();
    }
    expect(viewFor(h.state, P1).audienceQuestions.x1).toBeDefined();
    expect({ ...views.get(P1)!, seq: 0 }).toStrictEqual({ ...viewFor(h.state, P1), seq: 0 });

    mark = h.log.length;
    h.ok(p1!, { type: 'aq:withdraw', questionId: 'x1' });
    const before = replayFrom(h, mark);
    expect(visibilityOf(before, h.log[mark]!.event)).toEqual({ to: 'staff', participantId: 'p1' });
  });

  it('approving it later publishes it to everyone', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'On second thought, fine' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    const mark = h.log.length;
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    expect(visibilityOf(replayFrom(h, mark), h.log[mark]!.event)).toEqual({ to: 'all' });
    expect(viewFor(h.state, P2).audienceQuestions.x1).toMatchObject({
      status: 'published',
      text: 'On second thought, fine',
    });
    // Hidden again after being public: everyone keeps it, as hidden.
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    expect(viewFor(h.state, PROJ).audienceQuestions.x1).toMatchObject({ status: 'hidden' });
  });
});

/** The server state just before log index `i`. */
const replayFrom = (h: Harness, i: number) => replay(h.log.slice(0, i));
