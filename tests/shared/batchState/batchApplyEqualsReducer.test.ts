// The batch application (server rooms, and the clients' applyBatch) (big records copied once per batch) must give exactly what the
// shared reducer gives event by event, and never change a state handed out before the batch.
import { describe, expect, it } from 'vitest';
import { BatchState, entryOf } from '../../../shared/batchState.js';
import type { Command } from '../../../shared/commands.js';
import { decide } from '../../../shared/decide.js';
import type { EventEnvelope } from '../../../shared/events.js';
import { apply, replay } from '../../../shared/reducer.js';
import type { SessionState } from '../../../shared/state.js';
import { Harness, MODERATOR, RAPPORTEUR, mulberry32, participant } from '../../helpers/domain.js';

/** A session log touching every entry-local event type and the others around them. */
function randomLog(seed: number, steps = 400): EventEnvelope[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const h = new Harness({ moderation: seed % 2 ? 'approve' : 'publish' });
  const pids: string[] = [];
  const answers: string[] = [];
  const aqs: string[] = [];
  const tryRun = (actor: Parameters<typeof decide>[1], c: Command) => {
    if (decide(h.state, actor, c, h.now).ok) h.ok(actor, c);
  };
  h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
  for (let i = 0; i < steps; i++) {
    h.advance(1_000);
    const roll = r();
    if (roll < 0.1 || pids.length < 3) {
      const pid = `p${pids.length}`;
      pids.push(pid);
      h.join(pid, r() < 0.5 ? 'anonymous' : { name: `N${pid}`, organization: 'O', country: 'C' });
    } else if (roll < 0.15) {
      const pid = pick(pids);
      h.presence(pid, r() < 0.5);
    } else if (roll < 0.45) {
      const id = `a${answers.length}`;
      answers.push(id);
      tryRun(participant(pick(pids)), {
        type: 'answer:submit',
        answerId: id,
        questionId: pick(['q1', 'q2']),
        text: `t${i}`,
      });
    } else if (roll < 0.55 && answers.length) {
      const a = h.state.answers[pick(answers)];
      if (a)
        tryRun(
          participant(a.participantId),
          r() < 0.7
            ? { type: 'answer:edit', answerId: a.id, text: `e${i}` }
            : { type: 'answer:withdraw', answerId: a.id },
        );
    } else if (roll < 0.62 && answers.length) {
      tryRun(MODERATOR, { type: 'answer:moderate', answerId: pick(answers), hidden: r() < 0.3, featured: r() < 0.3 });
      tryRun(RAPPORTEUR, {
        type: 'answer:curate',
        answerId: pick(answers),
        highlight: r() < 0.5,
        correctedText: r() < 0.5 ? `c${i}` : null,
      });
    } else if (roll < 0.72) {
      const id = `q${aqs.length}x`;
      aqs.push(id);
      tryRun(participant(pick(pids)), { type: 'aq:ask', questionId: id, speakerId: null, text: `ask${i}` });
    } else if (roll < 0.82 && aqs.length) {
      tryRun(participant(pick(pids)), { type: 'aq:vote', questionId: pick(aqs), up: r() < 0.8 });
    } else if (roll < 0.92 && aqs.length) {
      const c = pick<Command>([
        { type: 'aq:approve', questionId: pick(aqs) },
        { type: 'aq:hide', questionId: pick(aqs) },
        { type: 'aq:pin', questionId: pick(aqs), pinned: r() < 0.7 },
        { type: 'aq:merge', questionId: pick(aqs), into: pick(aqs) },
        { type: 'aq:answer', questionId: pick(aqs), replyId: pick(['r1', 'r2']), by: 'S', gist: `g${i}` },
        { type: 'aq:answer', questionId: pick(aqs), replyId: pick(['r1', 'r2']), by: '', gist: '', remove: true },
        { type: 'aq:curate', questionId: pick(aqs), included: r() < 0.5 },
      ]);
      tryRun(c.type === 'aq:curate' ? RAPPORTEUR : MODERATOR, c);
      tryRun(participant(pick(pids)), { type: 'aq:withdraw', questionId: pick(aqs) });
    } else {
      tryRun(
        MODERATOR,
        pick<Command>([
          { type: 'phase:set', phase: { kind: 'round', roundId: 'r2' } },
          { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } },
          { type: 'answering:close', questionIds: ['q1'] },
          { type: 'answering:open', questionIds: ['q1', 'q2'] },
          { type: 'turn:start', speakerId: 's1' },
          { type: 'timer:start', durationMs: 60_000 },
        ]),
      );
    }
  }
  return h.log;
}

describe('batch application', () => {
  for (const seed of [1, 2, 3, 42]) {
    it(`equals the reducer event by event, whatever the batch sizes (seed ${seed})`, () => {
      const log = randomLog(seed);
      expect(new Set(log.map((e) => entryOf(e.event)?.[0] ?? 'other')).size).toBe(4);
      const expected: SessionState[] = [];
      let s = replay(log.slice(0, 1));
      for (const env of log.slice(1)) {
        s = apply(s, env);
        expected.push(s);
      }

      const r = mulberry32(seed * 7);
      let b = new BatchState(replay(log.slice(0, 1)));
      const handedOut: { state: SessionState; copy: SessionState }[] = [];
      let left = 0;
      log.slice(1).forEach((env, i) => {
        if (left-- <= 0) {
          // A new batch: the state the last one handed out must stay as it was.
          handedOut.push({ state: b.state, copy: structuredClone(b.state) });
          b = new BatchState(b.state);
          left = Math.floor(r() * 20);
        }
        const got = b.apply(env);
        // Every intermediate state is checked on a sample (deep equality on each is quadratic).
        if (i % 7 === 0 || left === 0) expect(got).toEqual(expected[i]);
      });
      expect(b.state).toEqual(s);
      for (const h of handedOut) expect(h.state).toEqual(h.copy);
    });
  }
});
