// The one rule for reading a typed session code, used by the server and both bundles.
import { describe, expect, it } from 'vitest';
import { codeFromPath } from '../../../client/common/route.js';
import { CODE_ALPHABET, CODE_LENGTH, normalizeCode } from '../../../shared/sessionCode.js';

describe('session codes', () => {
  it('ignores case, spaces and dashes', () => {
    expect(normalizeCode('k7m q2p')).toBe('K7MQ2P');
    expect(normalizeCode(' K7M-Q2P ')).toBe('K7MQ2P');
  });

  it('refuses the wrong length and look-alike characters', () => {
    expect(normalizeCode('K7MQ2')).toBeNull();
    expect(normalizeCode('K7MQ2PP')).toBeNull();
    expect(normalizeCode('K7MQ20')).toBeNull(); // 0
    expect(normalizeCode('K7MQ2O')).toBeNull(); // O
    expect(normalizeCode('K7MQ2I')).toBeNull(); // I
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
    expect(CODE_LENGTH).toBe(6);
  });

  it("the staff pages read the address's code by the same rule", () => {
    expect(codeFromPath('/moderator/k7m-q2p')).toBe('K7MQ2P');
    expect(codeFromPath('/projector/K7MQ2P/')).toBe('K7MQ2P');
    expect(codeFromPath('/rapporteur/nope')).toBe('');
  });
});
