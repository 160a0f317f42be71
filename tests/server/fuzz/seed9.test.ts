// FUZZ REGRESSION, seed 9: an approve-first audience question merged before approval became
// visible in viewFor (status 'merged' is not 'pending'), so a projector or participant reconnecting
// got it in its snapshot while the live ones never received it: their states diverged. Fixed in
// shared/ (visibility follows whether a question was ever published, not its current status).
import { describe, it } from 'vitest';
import { runFuzz } from '../../helpers/fuzz.js';

describe('fuzz seed 9', () => {
  it('a question merged before approval stays private everywhere', async () => {
    await runFuzz(9);
  }, 30_000);
});
