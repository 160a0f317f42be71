// A worker thread that renders reports (renderPool.ts): Word and PDF layout is synchronous CPU
// work (a 500-answer PDF takes seconds) that would stop the server's event loop. The worker lives
// on between jobs so its loaded libraries and read font files serve the next render.
import { parentPort } from 'node:worker_threads';
import type { SessionState } from '../../shared/state.js';
import { renderReport, type ReportFormat } from './render.js';

export interface RenderJob {
  id: number;
  state: SessionState;
  format: ReportFormat;
  now: number;
  photos: { data: Uint8Array; mime: string }[];
}

export type RenderReply =
  | { id: number; ok: true; body: Uint8Array | string; contentType: string; filename: string }
  | { id: number; ok: false; detail: string };

const port = parentPort;
if (port) {
  port.on('message', (job: RenderJob) => {
    const photos = job.photos.map((p) => ({
      data: Buffer.from(p.data.buffer, p.data.byteOffset, p.data.byteLength),
      mime: p.mime,
    }));
    renderReport(job.state, job.format, { now: job.now, photos }).then(
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
