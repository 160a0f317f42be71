// The worker thread that turns a .docx brief into text (see convert.ts): it proves the archive's
// sizes, then runs mammoth, inside the memory limit and time the main thread gave it. A file that
// would exhaust either kills this worker only.
import { parentPort } from 'node:worker_threads';
import { docxBriefText } from './docxText.js';
import { checkActualSizes, checkDeclaredSizes } from './zipCheck.js';

export type WorkerReply = { ok: true; text: string } | { ok: false; reason: 'invalid' | 'too_large'; detail: string };

const port = parentPort;
if (port) {
  port.once('message', (bytes: Uint8Array) => {
    void (async (): Promise<WorkerReply> => {
      const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const declared = checkDeclaredSizes(buf);
      if (!declared.ok) return declared;
      const actual = checkActualSizes(buf, declared.entries);
      if (!actual.ok) return actual;
      try {
        return { ok: true, text: await docxBriefText(buf) };
      } catch (e) {
        return { ok: false, reason: 'invalid', detail: String(e) };
      }
    })().then((reply) => port.postMessage(reply));
  });
  port.postMessage('ready');
}
