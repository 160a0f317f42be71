// FUZZ REGRESSION, seed 1: a command re-sent with the same id while the first send() was still
// waiting in the outbox left the first caller unanswered forever (one waiter per id, overwritten).
// Fixed in client/sync/sessionClient.ts (a list of waiters per command id).
import { describe, it } from 'vitest';
import { runFuzz } from '../../helpers/fuzz.js';

describe('fuzz seed 1', () => {
  it('every send() of a retried command id is answered', async () => {
    await runFuzz(1);
  }, 30_000);
});
