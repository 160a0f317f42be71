// The bare baseline: Socket.IO with no application logic, speaking just enough of Palabre's wire
// protocol for the same participant workers to drive it. Moderator commands are broadcast to the
// room as one event; answers are written with one SQLite transaction per tick (better-sqlite3,
// WAL, synchronous=FULL), then acknowledged and sent to the screens and their author, as Palabre does.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { SETTLE_MS, diagnosticsAndGc, memorySnapshot } from './diagnostics.js';
import { join } from 'node:path';
import { Server } from 'socket.io';
import type { ServerReply, ServerRequest } from './ipc.js';

const send = (m: ServerReply) => process.send?.(m);

interface Pending {
  pid: string;
  answerId: string;
  questionId: string;
  text: string;
  ack: (a: unknown) => void;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'palabre-bare-'));
  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(
    'CREATE TABLE answers (id TEXT PRIMARY KEY, participant TEXT NOT NULL, question TEXT NOT NULL, text TEXT NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID',
  );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO answers (id, participant, question, text, at) VALUES (?, ?, ?, ?, ?)',
  );

  const http = createServer();
  const io = new Server(http, {
    serveClient: false,
    maxHttpBufferSize: 256 * 1024,
    pingInterval: 20_000,
    pingTimeout: 20_000,
  });
  let seq = 1;
  let batches = 0;
  let commits: number[] = [];
  let ops = 0;
  let queue: Pending[] = [];
  let scheduled = false;
  const commit = db.transaction((items: Pending[], at: number) => {
    for (const p of items) insert.run(p.answerId, p.pid, p.questionId, p.text, at);
  });
  const flush = () => {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (!batch.length) return;
    batches++;
    ops += batch.length;
    const at = Date.now();
    const t0 = performance.now();
    commit(batch, at);
    commits.push(performance.now() - t0);
    for (const p of batch) {
      seq++;
      p.ack({ ok: true, seq });
      io.to(['screens', `p:${p.pid}`]).emit('session:events', [
        {
          seq,
          at,
          event: {
            type: 'answer:submitted',
            answerId: p.answerId,
            participantId: p.pid,
            questionId: p.questionId,
            text: p.text,
          },
        },
      ]);
    }
  };

  let nextPid = 0;
  io.on('connection', (socket) => {
    const auth = (socket.handshake.auth ?? {}) as { role?: string; participantId?: string };
    const role = auth.role === 'moderator' ? 'moderator' : 'participant';
    const pid =
      role === 'participant'
        ? typeof auth.participantId === 'string'
          ? auth.participantId
          : `bare${++nextPid}`
        : null;
    void socket.join(pid ? ['all', `p:${pid}`] : ['all', 'screens']);
    socket.emit('session:welcome', {
      role,
      serverTime: Date.now(),
      ...(pid ? { participant: { id: pid, token: 'bare' } } : {}),
      kind: 'events',
      events: [],
    });
    socket.on('time:ping', (ack: unknown) => {
      if (typeof ack === 'function') ack(Date.now());
    });
    socket.on(
      'command:send',
      (
        envelope: { command?: { type?: string; answerId?: string; questionId?: string; text?: string } },
        ack: unknown,
      ) => {
        if (typeof ack !== 'function') return;
        const c = envelope?.command;
        if (!c) return void ack({ ok: false, error: 'invalid_payload' });
        if (c.type === 'answer:submit' && pid) {
          queue.push({
            pid,
            answerId: String(c.answerId),
            questionId: String(c.questionId),
            text: String(c.text),
            ack: ack as Pending['ack'],
          });
          if (!scheduled) {
            scheduled = true;
            setImmediate(flush);
          }
          return;
        }
        seq++;
        ack({ ok: true, seq });
        io.to('all').emit('session:events', [{ seq, at: Date.now(), event: { type: 'command', command: c } }]);
      },
    );
  });

  const port = await new Promise<number>((resolve) =>
    http.listen(0, '127.0.0.1', () => resolve((http.address() as AddressInfo).port)),
  );

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    io.close(() => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 3_000).unref();
  };
  process.on('message', (m: ServerRequest) => {
    if (m.type === 'stats') {
      const cpu = process.cpuUsage();
      const diag = diagnosticsAndGc();
      const taken = commits;
      commits = [];
      setTimeout(() => {
        const mem = memorySnapshot();
        send({
          type: 'stats',
          rss: mem.rss,
          heapUsed: mem.heapUsed,
          mem,
          batches,
          ops,
          commits: taken,
          cpuUs: cpu.user + cpu.system,
          ...diag,
        });
      }, SETTLE_MS);
    } else if (m.type === 'stop') stop();
    else send({ type: 'ok' });
  });
  process.on('disconnect', stop);
  process.on('SIGTERM', stop);
  send({ type: 'ready', port, dir });
}

main().catch((e) => {
  process.stderr.write(`bare server failed: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
