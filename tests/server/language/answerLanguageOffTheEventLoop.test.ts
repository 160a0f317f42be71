// LANGUAGE DETECTION OFF THE EVENT LOOP: the committer asks the language worker about a tick's
// answer texts while it looks up their acks; every answer still records exactly the language the
// main thread's detectLanguage gives (the interface language when it cannot tell), whether the
// worker answered, was not ready yet, was too slow (LANGUAGE_WAIT_MS), or is gone.
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGE_WORKER_MIN_TEXTS, LANGUAGE_WORKER_SHARE } from '../../../server/committer.js';
import { createLanguageWorker, type LanguageWorker } from '../../../server/language/languageWorker.js';
import { TEXTS, expected, setup } from '../../helpers/languageRoom.js';
import { waitFor } from '../../helpers/waitFor.js';

const workers: LanguageWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
});

describe('answer language detected off the event loop', () => {
  it('records what detectLanguage gives, before the worker is ready, once it answers, and after it is gone', async () => {
    // The detector can tell these apart (so the test would notice a wrong or missing language).
    expect(expected).toEqual(['fr', 'es', 'en', 'fr', 'en']);
    const languages = createLanguageWorker();
    workers.push(languages);
    const { answerAll, seen } = await setup(languages);

    // First use: the worker is only starting, so the main thread detects (no tick waits for it).
    expect(await answerAll('cold')).toEqual(expected);
    expect(seen.answered).toBe(0);

    // Ready: the worker answers the tick's texts (the four long ones), with the same languages.
    await waitFor(async () => (await languages.detect([TEXTS[0]!])).size === 1);
    seen.asked = seen.answered = 0;
    expect(await answerAll('warm')).toEqual(expected);
    // Its share of the four long texts (LANGUAGE_WORKER_SHARE); this thread detected the others meanwhile.
    const share = Math.ceil(4 * LANGUAGE_WORKER_SHARE);
    expect(share).toBeLessThan(4);
    expect(seen.asked).toBe(share);
    // (Counted when the worker replies: within LANGUAGE_WAIT_MS the tick used it, later it detected itself.)
    await waitFor(() => seen.answered === share);

    // Gone (closed, or crashed): the main thread detects again.
    await languages.close();
    seen.asked = seen.answered = 0;
    expect(await answerAll('gone')).toEqual(expected);
    expect(seen.answered).toBe(0);
  });

  it('a worker that does not answer in time holds no acknowledgement: the main thread detects', async () => {
    const silent: LanguageWorker = { detect: () => new Promise(() => {}), warm: () => {}, close: async () => {} };
    const { answerAll, seen } = await setup(silent);
    expect(await answerAll('stuck')).toEqual(expected);
    expect(seen.asked).toBe(Math.ceil(4 * LANGUAGE_WORKER_SHARE));
    expect(seen.answered).toBe(0);
  });

  it('a small tick (fewer than LANGUAGE_WORKER_MIN_TEXTS texts) detects on the main thread, without a round trip', async () => {
    expect(TEXTS.length).toBeLessThan(LANGUAGE_WORKER_MIN_TEXTS);
    const languages = createLanguageWorker();
    workers.push(languages);
    await waitFor(async () => (await languages.detect([TEXTS[0]!])).size === 1);
    const { answerAll, seen } = await setup(languages, {});
    expect(await answerAll('small')).toEqual(expected);
    expect(seen.asked).toBe(0);
  });

  it('small ticks start the worker, so it is up before the first big tick', async () => {
    const languages = createLanguageWorker();
    workers.push(languages);
    const { answerAll, seen } = await setup(languages, {});
    expect(await answerAll('small')).toEqual(expected);
    expect(seen.asked).toBe(0);
    expect(seen.warmed).toBeGreaterThan(0);
  });
});
