// Random bytes read as text never make the importer throw; it says this is not a brief.
import { describe, expect, it } from 'vitest';
import { expectValid } from './helpers.js';
import { importBrief } from '../../../shared/brief/importBrief.js';

/** Deterministic bytes (a small LCG), so a failure can be replayed. */
function bytes(seed: number, n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('garbage input', () => {
  it.each([1, 2, 3, 4, 5])('random bytes (seed %i) as UTF-8, Latin-1 and UTF-16', (seed) => {
    const raw = bytes(seed, 30_000);
    for (const encoding of ['utf-8', 'latin1', 'utf-16le']) {
      const text = new TextDecoder(encoding).decode(raw);
      const r = importBrief(text);
      expectValid(r.definition);
      expect(r.warnings[0]?.code).toBe('not_a_brief');
      expect(r.definition.speakers).toEqual([]);
    }
  });

  it('non-string input from untyped callers', () => {
    const r = importBrief(undefined as unknown as string);
    expectValid(r.definition);
    expect(r.warnings.length).toBeGreaterThan(0);
  });
});
