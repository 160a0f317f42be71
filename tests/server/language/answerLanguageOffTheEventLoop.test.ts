// LANGUAGE DETECTION OFF THE EVENT LOOP: the committer asks the language worker about a tick's
// answer texts while it looks up their acks; every answer still records exactly the language the
// main thread's detectLanguage gives (the interface language when it cannot tell), whether the
// worker answered, was not ready yet, was too slow (LANGUAGE_WAIT_MS), or is gone.
import { afterEach, describe, expect, it } from 'vitest';
import { Committer, LANGUAGE_WORKER_MIN_TEXTS, LANGUAGE_WORKER_SHARE } from '../../../server/committer.js';
import { detectLanguage } from '../../../server/language/detect.js';
import { createLanguageWorker, type LanguageWorker } from '../../../server/language/languageWorker.js';
import { silentLogger } from '../../../server/log.js';
import { Registry } from '../../../server/registry.js';
import { createMemorySessionStore } from '../../../server/store/memorySessionStore.js';
import { SYSTEM } from '../../../shared/decide.js';
import { parseDefinition } from '../../../shared/definition.js';
import { SAMPLE_DEFINITION } from '../../helpers/server.js';
import { waitFor } from '../../helpers/waitFor.js';

const TEXTS = [
  'Nous avons créé une coopérative avec la mairie et les habitants du quartier.',
  'Creamos una cooperativa con el ayuntamiento y los vecinos del barrio para todos.',
  'We built a cooperative with the city council and the people of the neighbourhood.',
  '  Les entreprises sociales manquent de financement stable\r\net de locaux adaptés.  ',
  'Oui, merci', // too short to tell: the interface language
];

const workers: LanguageWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.close()));
});

/** A room on a memory store whose committer uses `languages`; counts what the worker answered. */
async function setup(languages: LanguageWorker, o: { minTexts?: number } = { minTexts: 1 }) {
  const store = createMemorySessionStore();
  let now = 1_700_000_000_000;
  const clock = () => (now += 10);
  const seen = { asked: 0, answered: 0, warmed: 0 };
  const counted: LanguageWorker = {
    async detect(texts) {
      seen.asked += texts.length;
      const m = await languages.detect(texts);
      seen.answered += m.size;
      return m;
    },
    warm: () => {
      seen.warmed++;
      languages.warm();
    },
    close: () => languages.close(),
  };
  // (The server sends only big ticks to the worker, LANGUAGE_WORKER_MIN_TEXTS; here every tick.)
  const committer = new Committer(store, clock, { publish: () => {} }, silentLogger, setImmediate, {
    languages: counted,
    languageWorkerMinTexts: o.minTexts,
  });
  const def = parseDefinition(SAMPLE_DEFINITION);
  if (!def.ok) throw new Error('bad definition');
  const registry = new Registry(store, clock);
  const room = (await registry.load((await registry.create(def.definition)).code))!;
  const submit = (
    actor: Parameters<Committer['submit']>[0]['actor'],
    command: Parameters<Committer['submit']>[0]['command'],
    id: string | null,
  ) => committer.submit({ room, actor, command, commandId: id, lang: 'en' });
  await submit(MOD, { type: 'phase:set', phase: { kind: 'question', questionId: 'main' } }, 'open');
  for (let i = 0; i < TEXTS.length; i++)
    await submit(SYSTEM, { type: 'participant:join', participantId: `p${i}`, language: 'en' }, null);
  /** Every text answered in ONE tick (one decision, one worker request), by participants of interface language `en`. */
  const answerAll = async (round: string) => {
    const acks = await Promise.all(
      TEXTS.map((text, i) =>
        submit(
          { role: 'participant', participantId: `p${i}` },
          { type: 'answer:submit', answerId: `${round}-${i}`, questionId: 'main', text },
          `${round}-${i}`,
        ),
      ),
    );
    for (const a of acks) expect(a.ok).toBe(true);
    return TEXTS.map((_, i) => room.state.answers[`${round}-${i}`]!.language);
  };
  return { answerAll, seen };
}

const MOD = { role: 'moderator' as const, participantId: null };
/** What the main thread alone records: detectLanguage on the cleaned text, else the interface language. */
const expected = TEXTS.map((t) => detectLanguage(t.replace(/\r\n?/g, '\n').trim()) ?? 'en');

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
