// The language detector's own thread (server/language/languageWorker.ts): franc reads a tick's
// answer texts here, off the event loop, while the committer looks up the tick's acks.
import { parentPort, workerData } from 'node:worker_threads';
import { detectLanguage } from './detect.js';

export interface DetectRequest {
  id: number;
  texts: string[];
}

export interface DetectReply {
  id: number;
  /** detectLanguage of each text, in order. */
  languages: (string | null)[];
}

export interface DetectWorkerData {
  palabreLanguageWorker: true;
}

const port = parentPort;
// Only as the detector's worker (vitest runs tests in worker threads of its own).
if (port && (workerData as Partial<DetectWorkerData> | null)?.palabreLanguageWorker === true) {
  port.on('message', (m: DetectRequest) => {
    port.postMessage({ id: m.id, languages: m.texts.map(detectLanguage) } satisfies DetectReply);
  });
  port.postMessage('ready');
}
