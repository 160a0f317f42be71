// THE LANGUAGE WORKER STARTS WITH THE SERVER (`palabre serve`): its first load then happens before
// anyone answers, not on the first answers (in the bench that load stalled the first second of
// answers at 1,000/s: acks p50 of 236–372 ms instead of 8–20). Tests and embedders leave it lazy.
import { afterEach, describe, expect, it } from 'vitest';
import type { LanguageWorker } from '../../../server/language/languageWorker.js';
import { startTestServer, type TestServer } from '../../helpers/server.js';

/** A worker that only counts how it is used. */
function countingWorker() {
  const calls = { warm: 0, detect: 0, close: 0 };
  const worker: LanguageWorker = {
    detect: async () => {
      calls.detect++;
      return new Map();
    },
    warm: () => {
      calls.warm++;
    },
    close: async () => {
      calls.close++;
    },
  };
  return { worker, calls };
}

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close().catch(() => {});
  server = null;
});

describe('the language worker at start', () => {
  it('is started once the server listens when startLanguageWorker is set, before any answer', async () => {
    const { worker, calls } = countingWorker();
    server = await startTestServer({ languageWorker: worker, startLanguageWorker: true });
    expect(calls).toEqual({ warm: 1, detect: 0, close: 0 });
    await server.close();
    server = null;
    expect(calls.close).toBe(1);
  });

  it('is left to the first answers otherwise', async () => {
    const { worker, calls } = countingWorker();
    server = await startTestServer({ languageWorker: worker });
    expect(calls.warm).toBe(0);
  });
});
