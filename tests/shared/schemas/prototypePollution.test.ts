import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { CommandEnvelopeSchema } from '../../../shared/commands.js';
import { parseDefinition } from '../../../shared/definition.js';
import { HandshakeSchema } from '../../../shared/protocol.js';

// What JSON.parse makes of a hostile body: `__proto__` becomes an own key, not the prototype.
const hostile = (json: string): unknown => JSON.parse(json);

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

describe('schemas: prototype-pollution keys', () => {
  it('a __proto__ or constructor key in an envelope never reaches the output or Object.prototype', () => {
    const r = v.safeParse(
      CommandEnvelopeSchema,
      hostile(
        '{"id":"c1","__proto__":{"polluted":true},"command":{"type":"answer:submit","answerId":"a1","questionId":"q1","text":"t","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}}',
      ),
    );
    // Unknown keys are dropped, so the command is still a valid answer: what matters is that nothing leaks.
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(Object.getPrototypeOf(r.output)).toBe(Object.prototype);
    expect(Object.keys(r.output)).toEqual(['id', 'command']);
    expect(Object.keys(r.output.command).sort()).toEqual(['answerId', 'questionId', 'text', 'type']);
    expect(Object.hasOwn(r.output.command, '__proto__')).toBe(false);
  });

  it('prototype property names are refused as ids (they would resolve to Object.prototype in the state records)', () => {
    for (const id of ['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', '__defineGetter__']) {
      expect(
        v.safeParse(CommandEnvelopeSchema, { id, command: { type: 'session:end' } }).success,
        `envelope ${id}`,
      ).toBe(false);
      expect(
        v.safeParse(CommandEnvelopeSchema, {
          id: 'c1',
          command: { type: 'answer:moderate', answerId: id, hidden: true },
        }).success,
        id,
      ).toBe(false);
      expect(
        v.safeParse(CommandEnvelopeSchema, {
          id: 'c1',
          command: { type: 'aq:ask', questionId: id, speakerId: null, text: 't' },
        }).success,
        id,
      ).toBe(false);
      expect(parseDefinition({ speakers: [{ id, name: 'A' }] }).ok, `speaker ${id}`).toBe(false);
      expect(
        parseDefinition({ rounds: [{ id: 'r1', title: 'R', questions: [{ id, text: 'Q' }] }] }).ok,
        `question ${id}`,
      ).toBe(false);
      expect(parseDefinition({ rounds: [{ id, title: 'R', questions: [] }] }).ok, `round ${id}`).toBe(false);
      expect(
        v.safeParse(HandshakeSchema, { protocol: 1, code: 'ABC234', role: 'participant', participantId: id }).success,
        `participant ${id}`,
      ).toBe(false);
    }
    // Ordinary ids that merely contain such a word are fine.
    expect(parseDefinition({ speakers: [{ id: 'proto_constructor-1', name: 'A' }] }).ok).toBe(true);
  });

  it('a __proto__ key in a definition does not pollute and is dropped', () => {
    const r = parseDefinition(
      hostile('{"title":"T","__proto__":{"polluted":true},"event":{"__proto__":{"polluted":true},"forum":"GSEF"}}'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.definition.title).toBe('T');
    expect(r.definition.event.forum).toBe('GSEF');
    expect(Object.hasOwn(r.definition, '__proto__')).toBe(false);
    expect(Object.hasOwn(r.definition.event, '__proto__')).toBe(false);
  });

  it('a __proto__ key in a handshake does not pollute and is dropped', () => {
    const r = v.safeParse(
      HandshakeSchema,
      hostile(
        '{"protocol":1,"code":"ABC234","role":"projector","key":"k","__proto__":{"role":"moderator","polluted":true}}',
      ),
    );
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    expect(r.output.role).toBe('projector');
    expect(Object.hasOwn(r.output, '__proto__')).toBe(false);
  });
});
