// Messages between the bench parent and its child processes (Node IPC, JSON). The server children
// (Palabre and bare) answer `stats`; the participant workers run one phase per request.
import type { MemorySnapshot } from './diagnostics.js';

/** Server child → parent. */
export type ServerReply =
  /** `dir`: its temporary data folder, removed by the parent too in case the child is killed. */
  | { type: 'ready'; port: number; dir: string }
  /** Commit durations (ms) since the previous `stats`: the fsync every acknowledgement and broadcast waits for. */
  | {
      type: 'stats';
      rss: number;
      heapUsed: number;
      /** The full breakdown (after the forced GC), for the memory phase. */
      mem: MemorySnapshot;
      batches: number;
      ops: number;
      commits: number[];
      /** Measured before the stats call's own GCs. */
      gcMs: number;
      gcMaxMs: number;
      loopDelayP99Ms: number;
      loopDelayMaxMs: number;
      /** The process's CPU time so far (user + system, every thread: main, SQLite worker, others), µs, read first. */
      cpuUs: number;
    }
  | { type: 'ok' };

/** Parent → server child. */
export type ServerRequest =
  | { type: 'stats' }
  /** Palabre only: switch the per-connection rate limit live (the flood phase uses the product's defaults). */
  | { type: 'rateLimit'; perSecond: number; burst: number; cutAfter: number }
  | { type: 'stop' };

/** Parent → worker. Every request carries an id; the worker replies with the same id. */
export type WorkerRequest = WorkerCommand & { id: number };

export type WorkerCommand =
  | { type: 'connect'; url: string; code: string; count: number; concurrency: number }
  /** Reports when every socket of this worker has received the event with this sequence number. */
  | { type: 'probe'; seq: number; timeoutMs: number }
  /** Closed loop: each socket sends `perSocket` answers keeping `window` unacknowledged. */
  | { type: 'saturate'; questionIds: string[]; perSocket: number; window: number; timeoutMs: number }
  /** Open loop: `rate` answers per second from this worker, spread over its sockets, for `durationMs`. */
  | { type: 'paced'; questionIds: string[]; rate: number; durationMs: number; timeoutMs: number }
  /** `count` sockets send `answers` answers and drop the connection at once, reconnect, re-send what was not acknowledged. */
  | { type: 'churn'; questionIds: string[]; count: number; answers: number; timeoutMs: number }
  /** One connection sending commands as fast as it can, reconnecting when cut, until `stop`. */
  | { type: 'flood'; url: string; code: string; questionIds: string[] }
  | { type: 'stopFlood' }
  /** Every connected participant votes once on a choice question, spread over `spreadMs`. */
  | { type: 'poll'; questionId: string; options: number; spreadMs: number; timeoutMs: number }
  | { type: 'close' };

export interface AnswerReport {
  /** Answer ids sent (each also used as the command id). */
  sent: string[];
  /** Answer ids acknowledged ok. */
  acked: string[];
  /** Acknowledgement latencies in ms (first send of an id to its ok ack). */
  latencies: number[];
  /** Refusals by error code. */
  refused: Record<string, number>;
  firstSendAt: number;
  lastAckAt: number;
  timedOut: number;
}

export type WorkerReply =
  | { id: number; type: 'connected'; connected: number; failed: number }
  | { id: number; type: 'probe'; seq: number; received: number; expected: number; lastAt: number }
  | ({ id: number; type: 'answers'; reconnected: number } & AnswerReport)
  | {
      id: number;
      type: 'flood';
      sent: number;
      ok: number;
      refused: Record<string, number>;
      cuts: number;
      connections: number;
    }
  | { id: number; type: 'done' }
  | { id: number; type: 'error'; message: string };
