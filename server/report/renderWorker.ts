// A worker thread that renders reports (renderPool.ts): Word and PDF layout is synchronous CPU
// work (a 500-answer PDF takes seconds) that would stop the server's event loop. The worker lives
// on between jobs so its loaded libraries and read font files serve the next render.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ForumSettings } from '../../shared/forum.js';
import type { SessionState } from '../../shared/state.js';
import { type RenderedReport, renderForumReport, renderReport, type ReportFormat } from './render.js';

/** The render thread's nice value (0 normal, 19 lowest). */
const RENDER_NICE = 10;

type Picture = { data: Uint8Array; mime: string };

export interface RenderJob {
  id: number;
  state: SessionState;
  format: ReportFormat;
  now: number;
  photos: Picture[];
  /** The forum's logo, for a forum session. */
  logo?: Picture;
}

/** The forum's combined report (Word or PDF): every session with its photos. */
export interface ForumRenderJob {
  id: number;
  kind: 'forum';
  format: 'docx' | 'pdf';
  settings: ForumSettings;
  sessions: { state: SessionState; photos: Picture[] }[];
  now: number;
  logo?: Picture;
}

/** Files already rendered, packed into one zip (the forum's reports): compression is CPU work too. */
export interface ZipJob {
  id: number;
  kind: 'zip';
  filename: string;
  /** `store`: kept as is (already compressed: Word, PDF, a zip). */
  files: { name: string; data: Uint8Array | string; store: boolean }[];
}

export type WorkerJob = RenderJob | ForumRenderJob | ZipJob;

async function zipFiles(job: ZipJob): Promise<RenderedReport> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const f of job.files) zip.file(f.name, f.data, { compression: f.store ? 'STORE' : 'DEFLATE' });
  const body = await zip.generateAsync({ type: 'nodebuffer', compressionOptions: { level: 6 } });
  return { body, contentType: 'application/zip', filename: job.filename };
}

const toPhoto = (p: Picture) => ({
  data: Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength),
  mime: p.mime,
});

function run(job: WorkerJob): Promise<RenderedReport> {
  if ('kind' in job && job.kind === 'zip') return zipFiles(job);
  const logo = job.logo ? toPhoto(job.logo) : undefined;
  if ('kind' in job)
    return renderForumReport(
      job.format,
      job.settings,
      job.sessions.map((s) => ({ state: s.state, photos: s.photos.map(toPhoto) })),
      { now: job.now, logo },
    );
  return renderReport(job.state, job.format, { now: job.now, photos: job.photos.map(toPhoto), logo });
}

export type RenderReply =
  | { id: number; ok: true; body: Uint8Array | string; contentType: string; filename: string }
  | { id: number; ok: false; detail: string };

const port = parentPort;
if (port && process.platform === 'linux') {
  // On Linux a thread's own priority (setpriority on "this process" sets the calling thread's):
  // on a machine with few cores, the event loop gets the CPU before a long layout does. Elsewhere
  // the call would lower the whole server, so it is not made.
  try {
    setPriority(RENDER_NICE);
  } catch {
    // Not permitted: renders at the server's priority.
  }
}
if (port) {
  port.on('message', (job: WorkerJob) => {
    run(job).then(
      (out) => {
        const body = typeof out.body === 'string' ? out.body : new Uint8Array(out.body);
        const reply: RenderReply = { id: job.id, ok: true, body, contentType: out.contentType, filename: out.filename };
        port.postMessage(reply, typeof body === 'string' ? [] : [body.buffer as ArrayBuffer]);
      },
      (e: unknown) => port.postMessage({ id: job.id, ok: false, detail: String(e) } satisfies RenderReply),
    );
  });
  port.postMessage('ready');
}
