// SQLite files and archives from before replies hold questions with `answer` (no `replies`) and
// `aq:answered` events with no reply id. They must still replay: the one answer becomes the reply
// 'r0', replaced by each later answer as it always was, and new replies go beside it.
import { describe, expect, it } from 'vitest';
import type { EventEnvelope, SessionEvent } from '../../../shared/events.js';
import { replay } from '../../../shared/reducer.js';
import { LEGACY_REPLY_ID } from '../../../shared/state.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

/** A question as `aq:asked` carried it before replies. */
const oldQuestion = (id: string, at: number) => ({
  id,
  participantId: 'p1',
  speakerId: null,
  text: `Question ${id}`,
  createdAt: at,
  status: 'published',
  voters: [],
  mergedInto: null,
  pinned: false,
  answer: null,
  withdrawn: false,
  included: true,
  highlight: false,
  correctedText: null,
});
const old = (e: object) => e as unknown as SessionEvent;

describe('reducer: events stored before replies', () => {
  it('replay an old log: the answer is the reply r0, replaced by a later answer; new replies add to it', () => {
    const h = new Harness({ moderation: 'publish' });
    h.joinAll('p1');
    h.appendRaw(
      old({ type: 'aq:asked', question: oldQuestion('x1', h.now) }),
      old({ type: 'aq:asked', question: oldQuestion('x2', h.now) }),
    );
    h.advance(60_000).appendRaw(old({ type: 'aq:answered', questionId: 'x1', by: 'Ben Zeghadi', gist: 'first take' }));
    h.advance(60_000).appendRaw(
      old({ type: 'aq:answered', questionId: 'x1', by: 'Ben Zeghadi', gist: 'espace Swahili commun' }),
    );
    const answeredAt = h.now;
    // Hidden then answered: the old reducer made it 'answered' (visible again); now it stays hidden.
    h.appendRaw(
      old({ type: 'aq:hidden', questionId: 'x2' }),
      old({ type: 'aq:answered', questionId: 'x2', by: '', gist: 'hors sujet' }),
    );

    // What a SQLite file holds: JSON, read back.
    const log = JSON.parse(JSON.stringify(h.log)) as EventEnvelope[];
    const s = replay(log);
    expect(s.audienceQuestions.x1).toMatchObject({
      status: 'published',
      replies: [{ id: LEGACY_REPLY_ID, by: 'Ben Zeghadi', gist: 'espace Swahili commun', at: answeredAt }],
    });
    expect(s.audienceQuestions.x1).not.toHaveProperty('answer');
    expect(s.audienceQuestions.x2).toMatchObject({
      status: 'hidden',
      replies: [{ id: LEGACY_REPLY_ID, gist: 'hors sujet' }],
    });
    expect(s).toStrictEqual(h.state);

    // The session goes on with today's commands: r0 can be edited or removed, others join it.
    h.ok(RAPPORTEUR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: 'rod',
      by: 'Rodérick Egal',
      gist: 'ESS rassemble',
    });
    h.ok(MODERATOR, {
      type: 'aq:answer',
      questionId: 'x1',
      replyId: LEGACY_REPLY_ID,
      by: 'Ben Zeghadi',
      gist: 'espace Swahili commun, co-gouvernance',
    });
    expect(h.state.audienceQuestions.x1!.replies.map((r) => [r.id, r.gist])).toEqual([
      [LEGACY_REPLY_ID, 'espace Swahili commun, co-gouvernance'],
      ['rod', 'ESS rassemble'],
    ]);
    h.ok(MODERATOR, { type: 'aq:answer', questionId: 'x2', replyId: LEGACY_REPLY_ID, by: '', gist: '', remove: true });
    expect(h.state.audienceQuestions.x2!.replies).toEqual([]);
    expect(replay(JSON.parse(JSON.stringify(h.log)) as EventEnvelope[])).toStrictEqual(h.state);
  });
});
