import { describe, expect, it } from 'vitest';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: speaker notes saved from a stale revision', () => {
  it('a save from the current revision replaces the text with nothing overwritten', () => {
    const h = new Harness();
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'v1', baseRev: 0 });
    expect(h.state.notes.s1).toMatchObject({ text: 'v1', rev: 1, by: 'rapporteur', overwritten: null });
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'v2', baseRev: 1 });
    expect(h.state.notes.s1).toMatchObject({ text: 'v2', rev: 2, overwritten: null });
  });

  it("a save from an older revision keeps the other editor's version in overwritten", () => {
    const h = new Harness();
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'base', baseRev: 0 });
    // Both editors loaded rev 1; the rapporteur saves first, then the moderator.
    h.advance(1000).ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'rapporteur text', baseRev: 1 });
    const savedAt = h.now;
    h.advance(1000).ok(MODERATOR, { type: 'notes:save', speakerId: 's1', text: 'moderator text', baseRev: 1 });
    expect(h.state.notes.s1).toEqual({
      text: 'moderator text',
      by: 'moderator',
      at: h.now,
      rev: 3,
      overwritten: { text: 'rapporteur text', by: 'rapporteur', at: savedAt },
    });
  });

  it('notes are per speaker', () => {
    const h = new Harness();
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'one', baseRev: 0 });
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's2', text: 'two', baseRev: 0 });
    expect(h.state.notes.s1!.text).toBe('one');
    expect(h.state.notes.s2).toMatchObject({ text: 'two', rev: 1, overwritten: null });
  });
});
