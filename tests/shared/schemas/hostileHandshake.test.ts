import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HandshakeSchema, PROTOCOL_VERSION } from '../../../shared/protocol.js';

const valid = {
  protocol: PROTOCOL_VERSION,
  code: 'ABC234',
  role: 'participant',
  participantId: 'V1StGXR8_Z5j',
  participantToken: 't'.repeat(32),
  lastSeq: 12,
  language: 'fr',
};
const rejects = (x: unknown) => !v.safeParse(HandshakeSchema, x).success;

describe('schemas: handshake', () => {
  it('valid handshakes pass: a returning participant, a new one, staff with a key', () => {
    expect(v.safeParse(HandshakeSchema, valid).output).toEqual(valid);
    expect(rejects({ protocol: 1, code: 'abc-234', role: 'participant' })).toBe(false);
    expect(rejects({ protocol: 1, code: 'ABC234', role: 'moderator', key: 'k'.repeat(24) })).toBe(false);
    expect(rejects({ protocol: 2, code: 'ABC234', role: 'projector', key: 'k' })).toBe(false); // a mismatch is refused later, by name
  });

  it('null, arrays, strings and empty objects are refused', () => {
    for (const x of [null, undefined, [], [valid], 'ABC234', 1, {}, { auth: valid }])
      expect(rejects(x), JSON.stringify(x)).toBe(true);
  });

  it('missing or wrong-typed required fields are refused', () => {
    for (const f of ['protocol', 'code', 'role'] as const) {
      const { [f]: _drop, ...rest } = valid;
      expect(rejects(rest), `without ${f}`).toBe(true);
      for (const junk of [null, [], {}, true])
        expect(rejects({ ...valid, [f]: junk }), `${f}=${JSON.stringify(junk)}`).toBe(true);
    }
    expect(rejects({ ...valid, protocol: '1' })).toBe(true);
    expect(rejects({ ...valid, role: 'admin' })).toBe(true);
    expect(rejects({ ...valid, role: 'Moderator' })).toBe(true);
    expect(rejects({ ...valid, language: 'de' })).toBe(true);
  });

  it('NaN, Infinity, fractions and negative sequence numbers are refused', () => {
    for (const n of [NaN, Infinity, -Infinity, 1.5])
      expect(rejects({ ...valid, protocol: n }), `protocol ${n}`).toBe(true);
    for (const n of [NaN, Infinity, -1, 0.5, '3']) expect(rejects({ ...valid, lastSeq: n }), `lastSeq ${n}`).toBe(true);
  });

  it('oversized strings are refused', () => {
    expect(rejects({ ...valid, code: 'A'.repeat(17) })).toBe(true);
    expect(rejects({ ...valid, key: 'k'.repeat(129) })).toBe(true);
    expect(rejects({ ...valid, participantToken: 't'.repeat(129) })).toBe(true);
    expect(rejects({ ...valid, participantId: 'p'.repeat(65) })).toBe(true);
    expect(rejects({ ...valid, key: 'x'.repeat(20_001) })).toBe(true);
  });

  it('participant ids with spaces, markup or other characters ids never have are refused', () => {
    for (const id of ['', 'has space', '<script>alert(1)</script>', 'a/b', '../x', 'p1\n', 'é', 42]) {
      expect(rejects({ ...valid, participantId: id }), JSON.stringify(id)).toBe(true);
    }
  });
});
