// The results refresher re-tallies only what an answer may have changed: a text answer schedules
// nothing (at saturation every tick of text answers used to re-tally the room's closed questions),
// a vote refreshes its own question, and a touch without a question (or several questions touched
// within REFRESH_MS) refreshes all of those in one command; a crowded room's refreshes are spaced
// by its connected phones (each refresh writes to every one of them).
import { describe, expect, it, vi } from 'vitest';
import { Committer, type Op } from '../../../server/committer.js';
import { silentLogger } from '../../../server/log.js';
import { Registry } from '../../../server/registry.js';
import { REFRESH_MS, refreshDelay, resultsRefresher } from '../../../server/results.js';
import { createMemorySessionStore } from '../../../server/store/memorySessionStore.js';
import { SYSTEM } from '../../../shared/decide.js';
import { parseDefinition } from '../../../shared/definition.js';
import type { AnyCommand } from '../../../shared/serverCommands.js';
import { waitFor } from '../../helpers/waitFor.js';
import { KIND_DEFINITION } from '../../shared/kinds/kindSession.js';

async function setup(refreshMs = 5) {
  const store = createMemorySessionStore();
  const clock = () => 1_700_000_000_000;
  const real = new Committer(store, clock, { publish: () => {} }, silentLogger);
  const refreshes: AnyCommand[] = [];
  const committer = {
    submit: (op: Op) => {
      if (op.command.type === 'results:refresh') refreshes.push(op.command);
      return real.submit(op);
    },
  };
  const def = parseDefinition({ title: 'T', language: 'en', mainQuestion: 'Main?', ...KIND_DEFINITION });
  if (!def.ok) throw new Error('bad definition');
  const registry = new Registry(store, clock);
  const room = (await registry.load((await registry.create(def.definition)).code))!;
  const join = (pid: string) =>
    real.submit({
      room,
      actor: SYSTEM,
      command: { type: 'participant:join', participantId: pid, language: 'en' },
      commandId: null,
      lang: 'en',
    });
  return { room, refreshes, join, results: resultsRefresher(committer, refreshMs) };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('results refresher', () => {
  it('text answers schedule nothing; votes refresh their own closed questions, together', async () => {
    const { room, refreshes, results } = await setup();
    results.touch(room, 'qt');
    results.touch(room, 'main');
    await pause(30);
    expect(refreshes).toEqual([]);

    results.touch(room, 'qc');
    results.touch(room, 'qt');
    results.touch(room, 'qs');
    await waitFor(() => refreshes.length === 1);
    expect(refreshes[0]).toEqual({ type: 'results:refresh', questionIds: ['qc', 'qs'] });

    // An answer whose question is unknown (its command named none): every closed question.
    results.touch(room);
    results.touch(room, 'qc');
    await waitFor(() => refreshes.length === 2);
    expect(refreshes[1]).toEqual({ type: 'results:refresh', questionIds: ['qc', 'qm', 'qs', 'qw', 'qr'] });

    // Nothing touched since: no refresh.
    await pause(30);
    expect(refreshes).toHaveLength(2);
    results.stop();
  });

  it('spaces the refreshes of a crowded room by its connected phones', async () => {
    const { room, refreshes, join, results } = await setup(REFRESH_MS);
    await Promise.all(Array.from({ length: 1200 }, (_, i) => join(`p${i}`)));
    expect(room.connectedParticipants()).toBe(1200);
    const delay = refreshDelay(1200);
    expect(delay).toBeGreaterThan(REFRESH_MS);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      results.touch(room, 'qc');
      vi.advanceTimersByTime(REFRESH_MS);
      expect(refreshes).toEqual([]);
      vi.advanceTimersByTime(delay - REFRESH_MS);
      expect(refreshes).toEqual([{ type: 'results:refresh', questionIds: ['qc'] }]);
    } finally {
      vi.useRealTimers();
      results.stop();
    }
    // A small room keeps REFRESH_MS.
    expect(refreshDelay(40)).toBe(REFRESH_MS);
  });
});
