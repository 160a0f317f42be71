// Answer-language detection off the event loop. The committer decides a tick's commands in order on
// the main thread; franc on each answer's text was 10% of the server's CPU at saturation in
// `palabre bench` (docs/performance.md). The committer now sends the tick's texts here while it
// looks up their acks, and decide() reads the answers from the map. The worker runs the very same
// detectLanguage, so the recorded language is the same; whatever the worker could not answer (not
// started, crashed, closed) is detected on the main thread as before: never a missing language.
import { Worker } from 'node:worker_threads';
import { workerEntry } from '../workerEntry.js';
import type { DetectReply, DetectRequest, DetectWorkerData } from './detectWorker.js';

export interface LanguageWorker {
  /** detectLanguage of each text, by text; texts it could not do are left out (never rejects). */
  detect(texts: readonly string[]): Promise<ReadonlyMap<string, string | null>>;
  /** Starts the thread if it is not (answers came in): ready before a tick big enough to need it. */
  warm(): void;
  close(): Promise<void>;
}

const NONE: ReadonlyMap<string, string | null> = new Map();

/**
 * Started on first use; until it is ready (its first load takes a moment under tsx) the texts are
 * left to the main thread, so no tick waits for it to start. Idle, it never holds the process open.
 */
export function createLanguageWorker(): LanguageWorker {
  let worker: Worker | undefined;
  let ready = false;
  let dead = false;
  let nextId = 1;
  const pending = new Map<
    number,
    { texts: readonly string[]; resolve: (m: ReadonlyMap<string, string | null>) => void }
  >();
  const refresh = () => (pending.size ? worker?.ref() : worker?.unref());
  const fail = () => {
    dead = true;
    ready = false;
    for (const p of pending.values()) p.resolve(NONE);
    pending.clear();
    const w = worker;
    worker = undefined;
    void w?.terminate();
  };
  const start = (): Worker => {
    const { entry, options } = workerEntry(import.meta.url, 'detectWorker');
    const data: DetectWorkerData = { palabreLanguageWorker: true };
    const w = new Worker(entry, { ...options, workerData: data });
    w.on('message', (m: DetectReply | 'ready') => {
      if (m === 'ready') {
        ready = true;
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      refresh();
      const out = new Map<string, string | null>();
      p.texts.forEach((t, i) => out.set(t, m.languages[i] ?? null));
      p.resolve(out);
    });
    w.on('error', fail);
    w.on('exit', fail);
    return w;
  };
  return {
    detect(texts) {
      if (!texts.length || dead) return Promise.resolve(NONE);
      worker ??= start();
      if (!ready) return Promise.resolve(NONE);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { texts, resolve });
        refresh();
        worker!.postMessage({ id, texts: [...texts] } satisfies DetectRequest);
      });
    },
    warm() {
      if (!dead) worker ??= start();
    },
    async close() {
      const w = worker;
      fail();
      await w?.terminate();
    },
  };
}
