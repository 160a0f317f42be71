// Regression: recording the answer to a hidden question used to set its status to 'answered',
// which every screen shows: the moderator's hiding was undone by the rapporteur's note. The status
// is now moderation only; a reply never changes it.
import { describe, expect, it } from 'vitest';
import { apply, replay } from '../../../shared/reducer.js';
import { aqDisplayStatus } from '../../../shared/state.js';
import { canSee, viewFor, visibilityOf, type Viewer } from '../../../shared/visibility.js';
import { roomQuestions, topQuestions } from '../../../shared/audience.js';
import { buildReport } from '../../../shared/report/model.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

const P2: Viewer = { role: 'participant', participantId: 'p2' };
const PROJ: Viewer = { role: 'projector', participantId: null };

describe('visibility: a hidden question replied to stays hidden', () => {
  it('published, hidden, then replied to: still hidden for every viewer, listed on no phone, projector or report', () => {
    const h = new Harness({ moderation: 'publish' });
    const [p1] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Buy my crypto' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: '', gist: 'Off topic' });
    h.ok(MODERATOR, { type: 'aq:answer', questionId: 'x1', replyId: 'r2', by: 'Moderator', gist: 'Not taken' });

    expect(h.state.audienceQuestions.x1).toMatchObject({ status: 'hidden', replies: [{ id: 'r1' }, { id: 'r2' }] });
    expect(aqDisplayStatus(h.state.audienceQuestions.x1!)).toBe('hidden');
    for (const v of [P2, PROJ]) {
      const view = viewFor(h.state, v);
      expect(view.audienceQuestions.x1?.status).toBe('hidden');
      expect(roomQuestions(view, 'votes', 'p2')).toEqual([]);
      expect(roomQuestions(view, 'time')).toEqual([]);
      expect(topQuestions(view, 5)).toEqual([]);
    }
    const section = buildReport(h.state, h.now).sections.find((s) => s.kind === 'audienceQuestions');
    expect(section?.kind === 'audienceQuestions' && section.questions).toEqual([]);
  });

  it('rejected while pending, then replied to: the reply reaches only the staff and the asker', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Offensive remark' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    const mark = h.log.length;
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'Moderator', gist: 'Not taken' });

    const before = replay(h.log.slice(0, mark));
    const vis = visibilityOf(before, h.log[mark]!.event);
    expect(vis).toEqual({ to: 'staff', participantId: 'p1' });
    expect(canSee(vis, P2)).toBe(false);
    expect(canSee(vis, PROJ)).toBe(false);
    for (const v of [P2, PROJ]) expect(viewFor(h.state, v).audienceQuestions.x1).toBeUndefined();
    expect(apply(before, h.log[mark]!).audienceQuestions.x1!.status).toBe('hidden');
  });

  it('approved again later, it comes back with its replies, as answered', () => {
    const h = new Harness({ moderation: 'publish' });
    const [p1] = h.joinAll('p1', 'p2');
    h.ok(p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Hidden by mistake' });
    h.ok(MODERATOR, { type: 'aq:hide', questionId: 'x1' });
    h.ok(RAPPORTEUR, { type: 'aq:answer', questionId: 'x1', replyId: 'r1', by: 'Jean Tremblay', gist: 'Yes.' });
    h.ok(MODERATOR, { type: 'aq:approve', questionId: 'x1' });
    const q = viewFor(h.state, P2).audienceQuestions.x1!;
    expect(q).toMatchObject({ status: 'published', replies: [{ id: 'r1', gist: 'Yes.' }] });
    expect(aqDisplayStatus(q)).toBe('answered');
  });
});
