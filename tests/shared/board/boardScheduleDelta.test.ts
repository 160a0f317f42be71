// Ahead or behind on the board: the console's schedule while live; before the start only a late
// start on the session's own day; nothing once ended or for another day's session.
import { describe, expect, it } from 'vitest';
import { boardDelta } from '../../../shared/board.js';
import { schedule } from '../../../shared/schedule.js';
import { Harness, MIN, MODERATOR, T0 } from '../../helpers/domain.js';

// T0 is 2021-10-21 11:00 UTC.
const slot = { date: '2021-10-21', startTime: '11:00', endTime: '12:30', timeZone: 'UTC' };

describe('board: ahead or behind', () => {
  it('is the console’s schedule while the session runs', () => {
    const h = new Harness(slot);
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    h.advance(30 * MIN);
    expect(boardDelta(h.state, h.now)).toBe(schedule(h.state, h.now)?.deltaMinutes);
    expect(boardDelta(h.state, h.now)).toBeGreaterThan(0);
  });

  it('says a late start on the day, and nothing before the planned start', () => {
    const h = new Harness(slot);
    expect(boardDelta(h.state, T0 - 20 * MIN)).toBeNull();
    expect(boardDelta(h.state, T0 + 8 * MIN)).toBe(8);
  });

  it('says nothing for a session of another day, or without a start time, before it starts', () => {
    const other = new Harness({ ...slot, date: '2021-10-22' });
    expect(boardDelta(other.state, T0 + 30 * MIN)).toBeNull();
    const untimed = new Harness({ date: '2021-10-21' });
    expect(boardDelta(untimed.state, T0 + 30 * MIN)).toBeNull();
  });

  it('says nothing once the session ended', () => {
    const h = new Harness(slot);
    h.ok(MODERATOR, { type: 'turn:start', speakerId: 's1' });
    h.advance(60 * MIN).ok(MODERATOR, { type: 'session:end' });
    expect(boardDelta(h.state, h.now)).toBeNull();
  });
});
