// A bench worker process: holds a share of the simulated participants as raw socket.io-client
// connections speaking the real protocol (handshake, welcome, `command:send` with acks,
// `session:events`), and runs one phase at a time when the bench parent asks over IPC.
import { randomBytes } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import type { Ack } from '../../shared/errors.js';
import type { EventEnvelope } from '../../shared/events.js';
import { PROTOCOL_VERSION, type Welcome } from '../../shared/protocol.js';
import type { AnswerReport, WorkerReply, WorkerRequest } from './ipc.js';
import { answerText } from './scenario.js';
import { sleep } from './stats.js';

/** Events a moderator command produces for everyone: the ones fan-out probes wait for. */
const PROBE_TYPES = new Set([
  'phase:changed',
  'timer:set',
  'turn:started',
  'turn:paused',
  'turn:resumed',
  'turn:ended',
  'answering:opened',
  'answering:closed',
  'audience:toggled',
  'command', // the bare server's broadcast
]);

interface PendingAnswer {
  questionId: string;
  text: string;
  /** A vote on a choice question, sent instead of the text. */
  choices?: number[];
  firstSentAt: number;
}

interface Participant {
  idx: number;
  socket: Socket;
  pid: string | null;
  token: string | null;
  lastSeq: number;
  online: boolean;
  /** Sent, not yet acknowledged ok: re-sent after a reconnect with the same ids. */
  pending: Map<string, PendingAnswer>;
  /** Called once per welcome (after reconnects too). */
  onWelcome: (() => void) | null;
  dropping: boolean;
  /** Answers this participant has written so far: the next one goes to the next question. */
  written: number;
}

const reply = (m: WorkerReply): void => void process.send?.(m);
const tag = randomBytes(4).toString('hex');
let counter = 0;
const nextAnswerId = (p: Participant) => `b${tag}_${p.idx}_${++counter}`;

const participants: Participant[] = [];
/** seq → how many of this worker's sockets received it, and when the last one did. */
const received = new Map<number, { count: number; lastAt: number }>();
let url = '';
let code = '';

function record(envs: EventEnvelope[], p: Participant) {
  const now = Date.now();
  for (const e of envs) {
    if (e.seq > p.lastSeq) p.lastSeq = e.seq;
    if (!PROBE_TYPES.has(e.event.type)) continue;
    const r = received.get(e.seq);
    if (r) {
      r.count++;
      r.lastAt = now;
    } else received.set(e.seq, { count: 1, lastAt: now });
  }
}

/** A participant's socket; every (re)connect presents its identity once it has one. */
function openSocket(p: Participant, withLastSeq: boolean): Socket {
  return io(url, {
    forceNew: true,
    transports: ['websocket'],
    reconnection: false,
    autoConnect: false,
    timeout: 30_000,
    auth: (cb: (d: object) => void) =>
      cb({
        protocol: PROTOCOL_VERSION,
        code,
        role: 'participant',
        language: 'en',
        ...(p.pid && p.token
          ? { participantId: p.pid, participantToken: p.token, ...(withLastSeq ? { lastSeq: p.lastSeq } : {}) }
          : {}),
      }),
  });
}

const newParticipant = (idx: number): Participant =>
  ({
    idx,
    pid: null,
    token: null,
    lastSeq: 0,
    online: false,
    pending: new Map(),
    onWelcome: null,
    dropping: false,
    written: 0,
  }) as unknown as Participant;

function wire(p: Participant) {
  const s = p.socket;
  s.on('session:welcome', (w: Welcome) => {
    if (w.participant) {
      if (w.participant.token) p.token = w.participant.token;
      p.pid = w.participant.id;
    }
    if (w.kind === 'snapshot') p.lastSeq = Math.max(p.lastSeq, w.state.seq);
    else record(w.events, p);
    p.online = true;
    // Re-send whatever was never acknowledged, with the same ids: applied once by the server.
    for (const [answerId, a] of p.pending) emitAnswer(p, answerId, a);
    const f = p.onWelcome;
    f?.();
  });
  s.on('session:events', (envs: EventEnvelope[]) => record(envs, p));
  s.on('disconnect', (reason) => {
    p.online = false;
    if (p.dropping || reason === 'io client disconnect') return;
    // Unexpected (server restart, network): come back as the same participant, like a real client.
    setTimeout(
      () => {
        if (!p.socket.connected) p.socket.connect();
      },
      200 + Math.random() * 300,
    );
  });
}

type AckHandler = (answerId: string, a: PendingAnswer, ack: Ack) => void;
let onAnswerAck: AckHandler = () => {};

function emitAnswer(p: Participant, answerId: string, a: PendingAnswer) {
  if (!p.socket.connected) return;
  p.socket.emit(
    'command:send',
    {
      id: answerId,
      command: {
        type: 'answer:submit',
        answerId,
        questionId: a.questionId,
        ...(a.choices ? { choices: a.choices } : { text: a.text }),
      },
    },
    (ack: Ack) => onAnswerAck(answerId, a, ack),
  );
}

async function connectAll(count: number, concurrency: number): Promise<{ connected: number; failed: number }> {
  let next = 0;
  let connected = 0;
  let failed = 0;
  const one = (idx: number) =>
    new Promise<void>((resolve) => {
      const p = newParticipant(idx);
      p.socket = openSocket(p, true);
      wire(p);
      const timer = setTimeout(() => done(false), 30_000);
      const done = (ok: boolean) => {
        clearTimeout(timer);
        p.onWelcome = null;
        if (ok) {
          connected++;
          participants.push(p);
        } else {
          failed++;
          p.socket.disconnect();
        }
        resolve();
      };
      p.onWelcome = () => done(true);
      p.socket.once('connect_error', () => done(false));
      p.socket.connect();
    });
  const lane = async () => {
    while (next < count) await one(next++);
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return { connected, failed };
}

function newReport(): AnswerReport {
  return { sent: [], acked: [], latencies: [], refused: {}, firstSendAt: 0, lastAckAt: 0, timedOut: 0 };
}

interface AnswerRun {
  /** Sends one new answer from participant p. */
  send(p: Participant): void;
  /** Called after each final acknowledgement (closed-loop phases send the next answer here). */
  onAcked: ((p: Participant) => void) | null;
}

/** Runs `drive`, then waits until every answer sent is finally acknowledged (or `timeoutMs` passes). */
async function runAnswers(
  questionIds: string[],
  timeoutMs: number,
  drive: (run: AnswerRun) => Promise<void>,
  /** For a poll: the vote of the n-th answer, sent instead of a text. */
  vote?: (n: number) => number[],
): Promise<AnswerReport> {
  const r = newReport();
  let outstanding = 0;
  let n = 0;
  const owner = new Map<string, Participant>();
  const run: AnswerRun = {
    onAcked: null,
    send(p) {
      const answerId = nextAnswerId(p);
      const now = Date.now();
      const k = p.written++;
      const a: PendingAnswer = {
        questionId: questionIds[k % questionIds.length]!,
        text: vote ? '' : answerText(++n, `p${p.idx}`),
        ...(vote ? { choices: vote(++n) } : {}),
        firstSentAt: now,
      };
      if (!r.firstSendAt) r.firstSendAt = now;
      r.sent.push(answerId);
      owner.set(answerId, p);
      p.pending.set(answerId, a);
      outstanding++;
      emitAnswer(p, answerId, a);
    },
  };
  onAnswerAck = (answerId, a, ack) => {
    const p = owner.get(answerId);
    if (!p?.pending.has(answerId)) return; // a late duplicate ack
    if (!ack.ok && (ack.error === 'rate_limited' || ack.error === 'internal')) {
      // What SessionClient does: try again a little later, same id.
      setTimeout(() => emitAnswer(p, answerId, a), 50 + Math.random() * 100);
      return;
    }
    p.pending.delete(answerId);
    outstanding--;
    const now = Date.now();
    if (ack.ok) {
      r.acked.push(answerId);
      r.latencies.push(now - a.firstSentAt);
      r.lastAckAt = Math.max(r.lastAckAt, now);
    } else r.refused[ack.error] = (r.refused[ack.error] ?? 0) + 1;
    run.onAcked?.(p);
  };
  const deadline = Date.now() + timeoutMs;
  await Promise.race([drive(run), sleep(timeoutMs)]);
  while (outstanding > 0 && Date.now() < deadline) await sleep(5);
  run.onAcked = null;
  onAnswerAck = () => {};
  r.timedOut = outstanding;
  // Whatever never got an answer is dropped from the books (and reported as timed out).
  for (const p of participants) p.pending.clear();
  return r;
}

async function saturate(
  questionIds: string[],
  perSocket: number,
  window: number,
  timeoutMs: number,
): Promise<AnswerReport> {
  const sentBy = new Map<Participant, number>();
  return runAnswers(questionIds, timeoutMs, async (run) => {
    const top = (p: Participant) => {
      const k = sentBy.get(p) ?? 0;
      if (k >= perSocket || !p.online) return;
      sentBy.set(p, k + 1);
      run.send(p);
    };
    run.onAcked = top;
    for (let w = 0; w < window; w++) for (const p of participants) top(p);
  });
}

async function paced(
  questionIds: string[],
  rate: number,
  durationMs: number,
  timeoutMs: number,
): Promise<AnswerReport> {
  return runAnswers(questionIds, timeoutMs, async ({ send }) => {
    const t0 = Date.now();
    let sent = 0;
    let i = 0;
    for (;;) {
      const elapsed = Date.now() - t0;
      const target = Math.min(
        Math.floor((rate * Math.min(elapsed, durationMs)) / 1000),
        Math.floor((rate * durationMs) / 1000),
      );
      while (sent < target) {
        const p = participants[i++ % participants.length]!;
        if (!p.online) continue;
        send(p);
        sent++;
      }
      if (elapsed >= durationMs) return;
      await sleep(2);
    }
  });
}

/** Every online participant votes once, the votes spread evenly over `spreadMs`. */
async function poll(questionId: string, options: number, spreadMs: number, timeoutMs: number): Promise<AnswerReport> {
  return runAnswers(
    [questionId],
    timeoutMs,
    async ({ send }) => {
      const voters = participants.filter((p) => p.online);
      const t0 = Date.now();
      for (const [i, p] of voters.entries()) {
        const at = t0 + (i * spreadMs) / voters.length;
        while (Date.now() < at) await sleep(2);
        send(p);
      }
    },
    (n) => [n % options],
  );
}

async function churn(
  questionIds: string[],
  count: number,
  answers: number,
  timeoutMs: number,
): Promise<AnswerReport & { reconnected: number }> {
  let reconnected = 0;
  const chosen = participants
    .filter((_, i) => i % Math.max(1, Math.floor(participants.length / Math.max(1, count))) === 0)
    .slice(0, count);
  const report = await runAnswers(questionIds, timeoutMs, async ({ send }) => {
    await Promise.all(
      chosen.map(async (p, k) => {
        for (let j = 0; j < answers; j++) send(p);
        // Dropped at once, in the same tick: the answers are on the wire, their acks will be lost.
        p.dropping = true;
        if (k % 2 === 0) p.socket.disconnect();
        else (p.socket.io as unknown as { engine: { close(): void } }).engine.close();
        await sleep(100 + Math.random() * 300);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 20_000);
          p.onWelcome = () => {
            clearTimeout(timer);
            p.onWelcome = null;
            reconnected++;
            resolve();
          };
          p.dropping = false;
          p.socket.connect();
        });
      }),
    );
  });
  return { ...report, reconnected };
}

// Flooding: one connection sending as fast as it can, without waiting for acknowledgements.
let flood: {
  stop: boolean;
  sent: number;
  ok: number;
  refused: Record<string, number>;
  cuts: number;
  connections: number;
} | null = null;

async function runFlood(questionIds: string[]): Promise<void> {
  flood = { stop: false, sent: 0, ok: 0, refused: {} as Record<string, number>, cuts: 0, connections: 0 };
  const f = flood;
  const p = newParticipant(-1);
  p.dropping = true;
  // Comes back as itself (a buggy client, not a fresh identity per connection), without lastSeq.
  p.socket = openSocket(p, false);
  wire(p);
  let outstanding = 0;
  p.socket.on('connect', () => f.connections++);
  p.socket.on('disconnect', (reason) => {
    outstanding = 0;
    if (f.stop) return;
    if (reason === 'io server disconnect') f.cuts++;
    // A client that comes straight back, as a browser's would after its back-off.
    setTimeout(() => !f.stop && p.socket.connect(), 500);
  });
  p.socket.connect();
  while (!f.stop) {
    let sent = 0;
    if (p.online && p.socket.connected) {
      for (let i = 0; i < 200 && outstanding < 2_000; i++, sent++) {
        const answerId = `f${tag}_${++counter}`;
        outstanding++;
        f.sent++;
        p.socket.emit(
          'command:send',
          {
            id: answerId,
            command: {
              type: 'answer:submit',
              answerId,
              questionId: questionIds[counter % questionIds.length]!,
              text: 'flood',
            },
          },
          (ack: Ack) => {
            outstanding--;
            if (ack.ok) f.ok++;
            else f.refused[ack.error] = (f.refused[ack.error] ?? 0) + 1;
          },
        );
      }
    }
    // Nothing could be sent (cut off, or 2,000 unanswered): wait a little instead of spinning, so the
    // flooder's own CPU use does not slow the other participants' processes on this machine.
    if (sent) await new Promise((r) => setImmediate(r));
    else await sleep(5);
  }
  p.socket.disconnect();
}

process.on('message', (m: WorkerRequest) => {
  void handle(m).catch((e) =>
    reply({ id: m.id, type: 'error', message: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
process.on('disconnect', () => process.exit(0));

async function handle(m: WorkerRequest): Promise<void> {
  switch (m.type) {
    case 'connect': {
      url = m.url;
      code = m.code;
      const r = await connectAll(m.count, m.concurrency);
      return reply({ id: m.id, type: 'connected', ...r });
    }
    case 'probe': {
      const expected = participants.filter((p) => p.online).length;
      const until = Date.now() + m.timeoutMs;
      for (;;) {
        const r = received.get(m.seq);
        if ((r && r.count >= expected) || Date.now() > until) {
          received.delete(m.seq);
          return reply({
            id: m.id,
            type: 'probe',
            seq: m.seq,
            received: r?.count ?? 0,
            expected,
            lastAt: r?.lastAt ?? 0,
          });
        }
        await sleep(2);
      }
    }
    case 'saturate':
      return reply({
        id: m.id,
        type: 'answers',
        reconnected: 0,
        ...(await saturate(m.questionIds, m.perSocket, m.window, m.timeoutMs)),
      });
    case 'paced':
      return reply({
        id: m.id,
        type: 'answers',
        reconnected: 0,
        ...(await paced(m.questionIds, m.rate, m.durationMs, m.timeoutMs)),
      });
    case 'poll':
      return reply({
        id: m.id,
        type: 'answers',
        reconnected: 0,
        ...(await poll(m.questionId, m.options, m.spreadMs, m.timeoutMs)),
      });
    case 'churn':
      return reply({ id: m.id, type: 'answers', ...(await churn(m.questionIds, m.count, m.answers, m.timeoutMs)) });
    case 'flood':
      url = m.url;
      code = m.code;
      void runFlood(m.questionIds);
      return reply({ id: m.id, type: 'done' });
    case 'stopFlood': {
      const f = flood;
      if (f) f.stop = true;
      return reply({
        id: m.id,
        type: 'flood',
        sent: f?.sent ?? 0,
        ok: f?.ok ?? 0,
        refused: f?.refused ?? {},
        cuts: f?.cuts ?? 0,
        connections: f?.connections ?? 0,
      });
    }
    case 'close':
      for (const p of participants) {
        p.dropping = true;
        p.socket.disconnect();
      }
      reply({ id: m.id, type: 'done' });
      setTimeout(() => process.exit(0), 50);
      return;
  }
}
