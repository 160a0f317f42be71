// A report download is recorded as `report:downloaded`: old logs (without it) replay exactly as
// before, and a log with it replays to the same state, the staff only seeing it.
import { describe, expect, it } from 'vitest';
import { replay } from '../../../shared/reducer.js';
import { visibilityOf } from '../../../shared/visibility.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

describe('report:downloaded', () => {
  it('leaves a log without it unchanged, and replays to the state it built', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'phase:set', phase: { kind: 'opening' } });
    const before = replay(h.log);
    expect(before).toEqual(h.state);
    expect('reportDownloaded' in before).toBe(false);
    h.advance(5000).ok(MODERATOR, { type: 'report:download', format: 'pdf' });
    expect(replay(h.log)).toEqual(h.state);
    expect(h.state.reportDownloaded).toEqual({ at: h.now, format: 'pdf', by: 'moderator' });
    const last = h.log[h.log.length - 1]!;
    expect(visibilityOf(before, last.event)).toEqual({ to: 'staff' });
  });
});
