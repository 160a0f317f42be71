// A room whose committer detects answer languages with a given language worker, for the tests of
// tests/server/language: the texts, what the main thread alone records for them, and the setup.
import { expect } from 'vitest';
import { Committer } from '../../server/committer.js';
import { detectLanguage } from '../../server/language/detect.js';
import type { LanguageWorker } from '../../server/language/languageWorker.js';
import { silentLogger } from '../../server/log.js';
import { Registry } from '../../server/registry.js';
import { createMemorySessionStore } from '../../server/store/memorySessionStore.js';
import { SYSTEM } from '../../shared/decide.js';
import { parseDefinition } from '../../shared/definition.js';
import { SAMPLE_DEFINITION } from './server.js';

export const TEXTS = [
  'Nous avons créé une coopérative avec la mairie et les habitants du quartier.',
  'Creamos una cooperativa con el ayuntamiento y los vecinos del barrio para todos.',
  'We built a cooperative with the city council and the people of the neighbourhood.',
  '  Les entreprises sociales manquent de financement stable\r\net de locaux adaptés.  ',
  'Oui, merci', // too short to tell: the interface language
];

/** A room on a memory store whose committer uses `languages`; counts what the worker answered. */
export async function setup(languages: LanguageWorker, o: { minTexts?: number } = { minTexts: 1 }) {
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
  /**
   * Every text answered in ONE tick (one decision, one worker request), by participants of interface
   * language `en`; sent once no flush is in flight (texts that arrive during one go to the worker
   * at once: answerLanguageWhileCommitRuns.test.ts).
   */
  const answerAll = async (round: string) => {
    await committer.idle(room);
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
  return { answerAll, seen, submit, committer, room, store };
}

export const MOD = { role: 'moderator' as const, participantId: null };
/** What the main thread alone records: detectLanguage on the cleaned text, else the interface language. */
export const expected = TEXTS.map((t) => detectLanguage(t.replace(/\r\n?/g, '\n').trim()) ?? 'en');
