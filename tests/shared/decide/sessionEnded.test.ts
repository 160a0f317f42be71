import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands.js';
import { MAIN_QUESTION_ID } from '../../../shared/definition.js';
import { Harness, MODERATOR, RAPPORTEUR } from '../../helpers/domain.js';

describe('decide: after the session has ended', () => {
  const setup = () => {
    const h = new Harness();
    const [p1] = h.joinAll('p1');
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'question', questionId: MAIN_QUESTION_ID } });
    h.ok(MODERATOR, { type: 'session:end' });
    return { h, p1: p1! };
  };

  const moderatorRefused: Command[] = [
    { type: 'phase:set', phase: { kind: 'opening' } },
    { type: 'phase:set', phase: { kind: 'ended' } },
    { type: 'timer:start', durationMs: 60_000 },
    { type: 'timer:adjust', deltaMs: 60_000 },
    { type: 'timer:reset', durationMs: 30_000 },
    { type: 'turn:start', speakerId: 's1' },
    { type: 'speakers:reorder', order: ['s2', 's1'] },
    { type: 'answering:open', questionIds: ['q1'] },
    { type: 'audience:toggle', open: true },
  ];
  for (const c of moderatorRefused) {
    it(`${c.type} ${JSON.stringify(c).slice(0, 60)} is session_ended`, () => {
      const { h } = setup();
      expect(h.no(MODERATOR, c)).toBe('session_ended');
    });
  }

  it('a participant can neither answer nor ask', () => {
    const { h, p1 } = setup();
    expect(h.no(p1, { type: 'answer:submit', answerId: 'a1', questionId: MAIN_QUESTION_ID, text: 'Late' })).toBe(
      'session_ended',
    );
    expect(h.no(p1, { type: 'aq:ask', questionId: 'x1', speakerId: null, text: 'Late?' })).toBe('session_ended');
  });

  it('ending twice is a no-op, and the rapporteur can still write the report', () => {
    const { h } = setup();
    expect(h.ok(MODERATOR, { type: 'session:end' })).toEqual([]);
    // The end closed audience questions too: closing them again changes nothing.
    expect(h.state.audienceOpen).toBe(false);
    expect(h.ok(MODERATOR, { type: 'audience:toggle', open: false })).toEqual([]);
    h.ok(RAPPORTEUR, { type: 'notes:save', speakerId: 's1', text: 'After the fact', baseRev: 0 });
    h.ok(RAPPORTEUR, { type: 'conclusion:set', text: 'Done.' });
    expect(h.state.conclusion).toBe('Done.');
  });

  it('phase:set to ended ends the session like session:end', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    const events = h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'ended' } });
    expect(events.map((e) => e.type)).toEqual(['turn:ended', 'session:ended']);
    expect(h.state.phase.kind).toBe('ended');
  });
});
