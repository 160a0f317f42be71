// Measures reading a forum's status board of 60 sessions that are not loaded in memory (a fresh
// SQLite file, each session with 60 participants, 180 answers, 20 audience questions, notes):
// cold (every session read from the store), warm (heads only), and for comparison loading every
// room through the registry. Run: npx tsx tools/board/measureBoardLoad.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BoardSource } from '../../server/board/boardSource.js';
import { silentLogger } from '../../server/log.js';
import { Registry } from '../../server/registry.js';
import { createSqliteSessionStore } from '../../server/store/sqliteSessionStore.js';
import { SYSTEM } from '../../shared/decide.js';
import { parseDefinition } from '../../shared/definition.js';
import { createSession, step } from '../../shared/engine.js';
import type { EventEnvelope } from '../../shared/events.js';
import type { AnyCommand } from '../../shared/serverCommands.js';
import type { SessionState } from '../../shared/state.js';

const SESSIONS = 60;
const dir = mkdtempSync(join(tmpdir(), 'palabre-board-measure-'));
const store = createSqliteSessionStore(join(dir, 'palabre.sqlite'));
const registry = new Registry(store, Date.now);
const def = parseDefinition({
  title: 'Measured session',
  date: '2026-10-01',
  startTime: '09:00',
  endTime: '10:30',
  room: 'Auditorium',
  moderation: 'approve',
  audienceQuestions: 'always',
  mainQuestion: 'How?',
  speakers: [1, 2, 3, 4].map((i) => ({ id: `s${i}`, name: `Speaker ${i}`, minutes: 10 })),
});
if (!def.ok) throw new Error('bad definition');

let t = Date.UTC(2026, 9, 1, 7);
const codes: string[] = [];
let events = 0;
for (let n = 0; n < SESSIONS; n++) {
  const created = await registry.create(def.definition);
  const rec = (await store.getSession(created.code))!;
  let s: SessionState = createSession(created.code, rec.definition, rec.createdAt).state;
  const batch: EventEnvelope[] = [];
  const run = (actor: Parameters<typeof step>[1], c: AnyCommand) => {
    t += 1000;
    const r = step(s, actor, c, t);
    if (!r.ok) throw new Error(`${c.type}: ${r.error}`);
    s = r.state;
    batch.push(...r.envelopes);
  };
  const mod = { role: 'moderator' as const, participantId: null };
  run(mod, { type: 'phase:set', phase: { kind: 'opening' } });
  for (let p = 0; p < 60; p++) {
    run(SYSTEM, { type: 'participant:join', participantId: `p${p}`, language: 'en' });
    run(
      { role: 'participant', participantId: `p${p}` },
      {
        type: 'profile:set',
        name: `Participant ${p}`,
        organization: 'Coop',
        country: 'Senegal',
        language: 'en',
        anonymous: false,
      },
    );
  }
  run(mod, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } });
  for (let a = 0; a < 180; a++)
    run(
      { role: 'participant', participantId: `p${a % 60}` },
      {
        type: 'answer:submit',
        answerId: `a${a}`,
        questionId: 'main',
        text: `An answer of a few words, number ${a}, about local cooperatives and their funding.`,
      },
    );
  for (let q = 0; q < 20; q++)
    run(
      { role: 'participant', participantId: `p${q}` },
      { type: 'aq:ask', questionId: `q${q}`, speakerId: null, text: `Question ${q}?` },
    );
  for (let i = 1; i <= 4; i++)
    run(
      { role: 'rapporteur', participantId: null },
      { type: 'notes:save', speakerId: `s${i}`, text: '- a point\n- another point', baseRev: 0 },
    );
  const r = await store.commit([
    { code: created.code, expectedHead: 1, events: batch, acks: [], participants: [], blobs: [], deleteBlobs: [] },
  ]);
  if (!r[0]?.ok) throw new Error('commit refused');
  events += batch.length + 1;
  codes.push(created.code);
}

const source = new BoardSource({ store, registry, clock: Date.now, log: silentLogger, shared: false });
const time = async (what: string, fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  console.log(`${what}: ${(performance.now() - start).toFixed(0)} ms`);
};
console.log(`${SESSIONS} sessions, ${events} events in all`);
await time('board rows, cold (every session read from the store)', () => source.rows(codes));
await time('board rows, warm (one heads query)', () => source.rows(codes));
await time('board rows, warm again', () => source.rows(codes));
const fresh = new Registry(store, Date.now);
await time('for comparison: loading every room through the registry', () =>
  Promise.all(codes.map((c) => fresh.load(c))),
);
await store.close();
rmSync(dir, { recursive: true, force: true });
