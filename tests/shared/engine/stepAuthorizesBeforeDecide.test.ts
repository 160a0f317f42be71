// The engine's step is what the server's committer runs: it checks the permission table before
// decide, so a command from a role that may not run it is refused whatever decide would say.
import { describe, expect, it } from 'vitest';
import { BatchState } from '../../../shared/batchState.js';
import { SYSTEM, decide } from '../../../shared/decide.js';
import { step, stepOn } from '../../../shared/engine.js';
import { Harness, MODERATOR, RAPPORTEUR, participant } from '../../helpers/domain.js';

describe('engine: step', () => {
  it('refuses a command the role may not run, even one decide would accept', () => {
    const h = new Harness();
    // decide alone accepts the rapporteur ending the session: only the table forbids it.
    expect(decide(h.state, RAPPORTEUR, { type: 'session:end' }, h.now).ok).toBe(true);
    expect(step(h.state, RAPPORTEUR, { type: 'session:end' }, h.now)).toEqual({ ok: false, error: 'forbidden' });
    expect(step(h.state, SYSTEM, { type: 'session:end' }, h.now)).toEqual({ ok: false, error: 'forbidden' });
    expect(
      step(h.state, participant('p1'), { type: 'participant:join', participantId: 'p1', language: 'en' }, h.now),
    ).toEqual({ ok: false, error: 'forbidden' });
  });

  it('stamps events in order after the state, and classifies each on the state before it', () => {
    const h = new Harness({ moderation: 'approve' });
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'audience:toggle', open: true });
    const b = new BatchState(h.state);
    const seq = h.state.seq;
    const r = stepOn(b, p1!, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Pending?' }, h.now + 5);
    expect(r.ok && r.entries.map((e) => [e.env.seq, e.env.at, e.vis])).toEqual([
      [seq + 1, h.now + 5, { to: 'staff', participantId: 'p1' }],
    ]);
    const merged = stepOn(b, MODERATOR, { type: 'aq:approve', questionId: 'x1' }, h.now + 6);
    expect(merged.ok && merged.entries.map((e) => e.vis)).toEqual([{ to: 'all' }]);
    expect(b.state.seq).toBe(seq + 2);
  });

  it('never changes the state it is given', () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q1'] });
    const before = h.state;
    const answers = before.answers;
    const r = step(before, p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'q1', text: 'Yes' }, h.now);
    expect(r.ok && r.state.answers.a1).toBeDefined();
    expect(before.answers).toBe(answers);
    expect(answers.a1).toBeUndefined();
  });
});
