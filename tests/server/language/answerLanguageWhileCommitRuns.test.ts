// LANGUAGES OF ANSWERS THAT WAIT FOR A COMMIT: an answer that arrives while its room's flush is in
// flight, into a big next tick (LANGUAGE_WORKER_MIN_TEXTS), waits for that commit anyway, so its
// text goes to the language worker at once; the tick that decides it takes the worker's answer and
// the main thread detects none of those texts. A worker that has not answered by then holds
// nothing: the tick detects itself. A small tick is not sent early.
import { describe, expect, it } from 'vitest';
import type { LanguageWorker } from '../../../server/language/languageWorker.js';
import type { SessionStore } from '../../../server/store/sessionStore.js';
import { TEXTS, expected, setup } from '../../helpers/languageRoom.js';
import { waitFor } from '../../helpers/waitFor.js';

/** Holds the store's next commits until `release()`; `held` tells when one is waiting. */
function holdCommits(store: SessionStore) {
  let release!: () => void;
  const gate = new Promise<void>((r) => {
    release = r;
  });
  const state = { held: false };
  const inner = store.commit.bind(store);
  store.commit = async (batches) => {
    state.held = true;
    await gate;
    return inner(batches);
  };
  return { state, release };
}

/** A worker answering `language` for every text (or never), recording what it was asked. */
function fakeWorker(language: string | null) {
  const asked: string[][] = [];
  const worker: LanguageWorker = {
    detect: (texts) => {
      asked.push([...texts]);
      return language === null ? new Promise(() => {}) : Promise.resolve(new Map(texts.map((t) => [t, language])));
    },
    warm: () => {},
    close: async () => {},
  };
  return { worker, asked };
}

const LONG = TEXTS.filter((t) => t.trim().length >= 24).map((t) => t.replace(/\r\n?/g, '\n').trim());

/**
 * One answer that starts a flush (held), then every text answered while it is in flight; with
 * `minTexts: 1` every waiting answer makes a big tick (the server's LANGUAGE_WORKER_MIN_TEXTS: 32).
 */
async function answerDuringCommit(worker: LanguageWorker, minTexts?: number) {
  const { submit, committer, room, store } = await setup(worker, { minTexts });
  await committer.idle(room);
  const hold = holdCommits(store);
  const p = (i: number) => ({ role: 'participant' as const, participantId: `p${i}` });
  const first = submit(p(0), { type: 'answer:submit', answerId: 'x', questionId: 'main', text: 'Short one' }, 'x');
  await waitFor(() => hold.state.held);
  const rest = TEXTS.map((text, i) =>
    submit(p(i), { type: 'answer:submit', answerId: `y${i}`, questionId: 'main', text }, `y${i}`),
  );
  return { hold, acks: Promise.all([first, ...rest]), room };
}

describe('answer languages while a commit runs', () => {
  it('sends the waiting texts to the worker at once, and their tick records its answers', async () => {
    // 'it' for every text: an answer recorded in Italian can only come from the worker's reply.
    const { worker, asked } = fakeWorker('it');
    const { hold, acks, room } = await answerDuringCommit(worker, 1);
    await waitFor(() => asked.length === 1);
    expect(asked[0]).toEqual(LONG);
    hold.release();
    for (const a of await acks) expect(a.ok).toBe(true);
    const languages = TEXTS.map((_, i) => room.state.answers[`y${i}`]!.language);
    // The long texts took the worker's answer; the short one keeps the interface language.
    expect(languages).toEqual(TEXTS.map((t) => (t.trim().length >= 24 ? 'it' : 'en')));
    // One request: the tick asked nothing more.
    expect(asked).toHaveLength(1);
  });

  it('a worker that has not answered when the tick decides holds nothing: the tick detects itself', async () => {
    const { worker, asked } = fakeWorker(null);
    const { hold, acks, room } = await answerDuringCommit(worker, 1);
    await waitFor(() => asked.length === 1);
    hold.release();
    for (const a of await acks) expect(a.ok).toBe(true);
    expect(TEXTS.map((_, i) => room.state.answers[`y${i}`]!.language)).toEqual(expected);
  });

  it('a few answers between commits (a small next tick) are detected by their tick, not sent early', async () => {
    const { worker, asked } = fakeWorker('it');
    const { hold, acks, room } = await answerDuringCommit(worker);
    // Past the turn of the event loop in which an early request would have gone out.
    await new Promise((r) => setImmediate(r));
    expect(asked).toHaveLength(0);
    hold.release();
    for (const a of await acks) expect(a.ok).toBe(true);
    expect(asked).toHaveLength(0);
    expect(TEXTS.map((_, i) => room.state.answers[`y${i}`]!.language)).toEqual(expected);
  });
});
