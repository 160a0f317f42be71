// Renders reports off the event loop: a small pool of long-lived worker threads (renderWorker.ts)
// with a bound on renders at once and on renders waiting, so exports never stop the sockets,
// /healthz or other rooms. A render that crashes or overruns its time costs its worker only.
import { Worker } from 'node:worker_threads';
import type { SessionState } from '../../shared/state.js';
import { workerEntry } from '../workerEntry.js';
import type { ForumSettings } from '../../shared/forum.js';
import type { RenderedReport, ReportFormat } from './render.js';
import type { RenderReply, WorkerJob } from './renderWorker.js';

export const RENDER_LIMITS = {
  /** Renders at once: one worker each (the machine's other cores keep serving). */
  concurrent: 2,
  /** Renders waiting for a worker; beyond, the export is refused as busy. */
  queue: 16,
  /** One render, once its worker is up. */
  timeoutMs: 120_000,
  /** Old-generation heap of one worker, in MB. */
  memoryMb: 512,
};

export class RenderBusyError extends Error {
  constructor() {
    super('too many reports rendering');
  }
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  busy: boolean;
}

type Picture = { data: Buffer; mime: string };
/** A copy the job owns, so its buffer can be moved to the worker. */
const owned = (p: Picture) => ({ data: new Uint8Array(p.data), mime: p.mime });

/** A job as queued: a worker job before its id. */
type Job = WorkerJob extends infer J ? (J extends WorkerJob ? Omit<J, 'id'> : never) : never;

/** The buffers a job moves to its worker (its photos and logo) rather than copies. */
function transferables(job: WorkerJob): ArrayBuffer[] {
  if ('kind' in job && job.kind === 'zip')
    return job.files.flatMap((f) => (typeof f.data === 'string' ? [] : [f.data.buffer as ArrayBuffer]));
  const pictures = 'kind' in job ? job.sessions.flatMap((s) => s.photos) : job.photos;
  return [...pictures, ...(job.logo ? [job.logo] : [])].map((p) => p.data.buffer as ArrayBuffer);
}

interface Pending {
  job: Job;
  resolve: (r: RenderedReport) => void;
  reject: (e: Error) => void;
}

export class RenderPool {
  private slots: Slot[] = [];
  private waiting: Pending[] = [];
  private nextId = 1;
  private closed = false;

  constructor(private readonly limits = RENDER_LIMITS) {}

  render(
    state: SessionState,
    format: ReportFormat,
    opts: { now: number; photos?: Picture[]; logo?: Picture | undefined },
  ): Promise<RenderedReport> {
    const photos = (opts.photos ?? []).map(owned);
    return this.queue({ state, format, now: opts.now, photos, ...(opts.logo ? { logo: owned(opts.logo) } : {}) });
  }

  /** The forum's combined report: one job, so one worker lays out every session in turn. */
  renderForum(
    format: 'docx' | 'pdf',
    settings: ForumSettings,
    sessions: { state: SessionState; photos: Picture[] }[],
    opts: { now: number; logo?: Picture | undefined },
  ): Promise<RenderedReport> {
    return this.queue({
      kind: 'forum',
      format,
      settings,
      sessions: sessions.map((s) => ({ state: s.state, photos: s.photos.map(owned) })),
      now: opts.now,
      ...(opts.logo ? { logo: owned(opts.logo) } : {}),
    });
  }

  /** Files packed into one zip in a worker (`store`: already compressed, kept as is). */
  zip(filename: string, files: { name: string; data: Buffer | string; store: boolean }[]): Promise<RenderedReport> {
    return this.queue({
      kind: 'zip',
      filename,
      files: files.map((f) => ({ ...f, data: typeof f.data === 'string' ? f.data : new Uint8Array(f.data) })),
    });
  }

  private queue(job: Job): Promise<RenderedReport> {
    if (this.closed) return Promise.reject(new Error('render pool closed'));
    if (this.waiting.length >= this.limits.queue) return Promise.reject(new RenderBusyError());
    return new Promise<RenderedReport>((resolve, reject) => {
      this.waiting.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** Renders running or waiting. */
  get load(): number {
    return this.slots.filter((s) => s.busy).length + this.waiting.length;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.waiting.splice(0)) p.reject(new Error('render pool closed'));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.waiting.length) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.limits.concurrent) slot = this.spawn();
      if (!slot) return;
      const next = this.waiting.shift();
      if (!next) return;
      this.run(slot, next);
    }
  }

  private spawn(): Slot {
    const { entry, options } = workerEntry(import.meta.url, 'renderWorker');
    const worker = new Worker(entry, {
      ...options,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
    });
    // An idle worker must not keep the process alive.
    worker.unref();
    const ready = new Promise<void>((resolve, reject) => {
      worker.once('message', (m) => (m === 'ready' ? resolve() : reject(new Error('render worker did not start'))));
      worker.once('error', reject);
    });
    // Unhandled until a job awaits it.
    ready.catch(() => {});
    const slot: Slot = { worker, ready, busy: false };
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot): void {
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
  }

  private run(slot: Slot, p: Pending): void {
    slot.busy = true;
    const id = this.nextId++;
    let timer: NodeJS.Timeout | undefined;
    const settle = (fn: () => void, keep: boolean): void => {
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onError);
      slot.worker.off('exit', onExit);
      slot.busy = false;
      // An idle worker must not keep the process alive; a failed one is replaced on demand.
      if (keep) slot.worker.unref();
      else this.retire(slot);
      fn();
      this.pump();
    };
    const onMessage = (m: RenderReply | 'ready'): void => {
      if (m === 'ready' || m.id !== id) return;
      if (m.ok)
        settle(
          () =>
            p.resolve({
              body:
                typeof m.body === 'string' ? m.body : Buffer.from(m.body.buffer, m.body.byteOffset, m.body.byteLength),
              contentType: m.contentType,
              filename: m.filename,
            }),
          true,
        );
      else settle(() => p.reject(new Error(m.detail)), true);
    };
    const onError = (e: Error): void => settle(() => p.reject(e), false);
    const onExit = (): void => settle(() => p.reject(new Error('render worker exited')), false);
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onError);
    slot.worker.on('exit', onExit);
    slot.worker.ref();
    slot.ready.then(
      () => {
        if (!slot.busy) return;
        // A forum's combined report lays out every session: its time grows with them.
        const sessions = 'kind' in p.job && p.job.kind === 'forum' ? p.job.sessions.length : 0;
        const limit = this.limits.timeoutMs * Math.max(1, Math.ceil(sessions / 20));
        timer = setTimeout(() => settle(() => p.reject(new Error(`render over ${limit} ms`)), false), limit);
        const job = { id, ...p.job } as WorkerJob;
        slot.worker.postMessage(job, transferables(job));
      },
      (e: Error) => settle(() => p.reject(e), false),
    );
  }
}

let shared: RenderPool | null = null;

/** The process's pool, made on first use. */
export function renderPool(): RenderPool {
  shared ??= new RenderPool();
  return shared;
}
