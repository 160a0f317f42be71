// Moving on closes what was on the floor, unless the moderator chose to keep it open; logs written
// before the rule replay as they always did.
import { describe, expect, it } from 'vitest';
import { replay } from '../../../shared/reducer.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

const question = (questionId: string) => ({ type: 'phase:set', phase: { kind: 'question', questionId } }) as const;

describe('floor: moving on', () => {
  it('closes the previous question when the next one goes on the floor', () => {
    const h = new Harness();
    h.ok(MODERATOR, question('q1'));
    expect(h.state.openQuestions).toEqual(['q1']);
    const events = h.ok(MODERATOR, question('q2'));
    expect(events).toContainEqual({ type: 'answering:closed', questionIds: ['q1'] });
    expect(h.state.openQuestions).toEqual(['q2']);
  });

  it('closes a whole round when a speaker takes the floor, by step or by starting the turn', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r1' } });
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    expect(h.state.openQuestions).toEqual([]);
    h.ok(MODERATOR, question('main'));
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'audience' } });
    expect(h.state.openQuestions).toEqual([]);
  });

  it('leaves open what stays on the floor, and what the moderator opened off the floor', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['q4'] });
    h.ok(MODERATOR, question('q3'));
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'round', roundId: 'r2' } });
    expect(h.state.openQuestions.sort()).toEqual(['q3', 'q4']);
    h.ok(MODERATOR, question('q4'));
    expect(h.state.openQuestions).toEqual(['q4']);
  });

  it('keeps the floor open while the moderator says so, and closes again once they stop', () => {
    const h = new Harness();
    expect(h.ok(MODERATOR, { type: 'floor:keepOpen', keep: true })).toEqual([
      { type: 'floor:keepOpenSet', keep: true },
    ]);
    // Saying it twice changes nothing.
    expect(h.ok(MODERATOR, { type: 'floor:keepOpen', keep: true })).toEqual([]);
    h.ok(MODERATOR, question('q1'));
    h.ok(MODERATOR, question('q2'));
    expect(h.state.openQuestions).toEqual(['q1', 'q2']);
    h.ok(MODERATOR, { type: 'floor:keepOpen', keep: false });
    h.ok(MODERATOR, question('q3'));
    // Only what was on the floor closes: q1 was left open by choice.
    expect(h.state.openQuestions).toEqual(['q1', 'q3']);
  });

  it('only the moderator may choose, and not once the session has ended', () => {
    const h = new Harness();
    expect(h.no({ role: 'participant', participantId: 'p1' }, { type: 'floor:keepOpen', keep: true })).toBe(
      'forbidden',
    );
    h.ok(MODERATOR, { type: 'session:end' });
    expect(h.no(MODERATOR, { type: 'floor:keepOpen', keep: true })).toBe('session_ended');
  });

  it('an old log, stored before the rule, replays to the state it always had', () => {
    const h = new Harness();
    h.ok(MODERATOR, question('q1'));
    // The move as an old server stored it: no close came with it.
    h.appendRaw(
      { type: 'phase:changed', phase: { kind: 'question', questionId: 'q2' } },
      { type: 'answering:opened', questionIds: ['q2'] },
    );
    const s = replay(h.log);
    expect(s.openQuestions).toEqual(['q1', 'q2']);
    expect(s.keepFloorOpen).toBeUndefined();
  });
});
