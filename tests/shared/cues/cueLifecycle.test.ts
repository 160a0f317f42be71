// A cue from the moderator: sent (replacing the last), replayed from the log, dismissed by the
// speaker view or the moderator (a stale dismissal changes nothing), refused once the session ended
// or when a typed message is empty; nobody else may send one.
import { describe, expect, it } from 'vitest';
import { CUE_FLASH_MS, cueFlashing, currentCue } from '../../../shared/cues.js';
import { replay } from '../../../shared/reducer.js';
import { viewFor } from '../../../shared/visibility.js';
import { Harness, MODERATOR, PROJECTOR, RAPPORTEUR, SEC, T0, participant } from '../../helpers/domain.js';

const SPEAKER = { role: 'speaker', participantId: null } as const;

describe('cues to the speaker', () => {
  it('is sent, replaced, replayed and dismissed', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'cue:send', cueId: 'c1', kind: 'twoMinutes', text: 'ignored', flash: false });
    expect(currentCue(h.state)).toEqual({ id: 'c1', kind: 'twoMinutes', text: '', flash: false, at: T0 });
    h.advance(10 * SEC);
    h.ok(MODERATOR, { type: 'cue:send', cueId: 'c2', kind: 'text', text: '  Louder, please \r\n', flash: true });
    expect(currentCue(h.state)).toMatchObject({ id: 'c2', kind: 'text', text: 'Louder, please', flash: true });
    // A resent command is applied once.
    expect(h.ok(MODERATOR, { type: 'cue:send', cueId: 'c2', kind: 'text', text: 'Louder', flash: true })).toEqual([]);
    expect(replay(h.log)).toEqual(h.state);
    // Dismissing the replaced cue does nothing; dismissing the shown one clears it.
    expect(h.ok(SPEAKER, { type: 'cue:dismiss', cueId: 'c1' })).toEqual([]);
    expect(h.ok(SPEAKER, { type: 'cue:dismiss', cueId: 'c2' })).toEqual([{ type: 'cue:dismissed', cueId: 'c2' }]);
    expect(currentCue(h.state)).toBeNull();
    expect(replay(h.log)).toEqual(h.state);
  });

  it('flashes on the projector only when asked, for CUE_FLASH_MS', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'cue:send', cueId: 'c1', kind: 'conclude', text: '', flash: false });
    expect(cueFlashing(h.state, T0)).toBe(false);
    h.ok(MODERATOR, { type: 'cue:send', cueId: 'c2', kind: 'conclude', text: '', flash: true });
    expect(cueFlashing(h.state, T0 + CUE_FLASH_MS - 1)).toBe(true);
    expect(cueFlashing(h.state, T0 + CUE_FLASH_MS)).toBe(false);
  });

  it('refuses an empty typed message, a cue after the end, and anyone but the moderator', () => {
    const h = new Harness();
    expect(h.no(MODERATOR, { type: 'cue:send', cueId: 'c1', kind: 'text', text: '   ', flash: false })).toBe(
      'invalid_payload',
    );
    const send = { type: 'cue:send', cueId: 'c1', kind: 'conclude', text: '', flash: false } as const;
    for (const who of [SPEAKER, PROJECTOR, RAPPORTEUR]) expect(h.no(who, send)).toBe('forbidden');
    h.join('p1');
    expect(h.no(participant('p1'), send)).toBe('forbidden');
    expect(h.no(PROJECTOR, { type: 'cue:dismiss', cueId: 'c1' })).toBe('forbidden');
    h.ok(MODERATOR, { type: 'session:end' });
    expect(h.no(MODERATOR, send)).toBe('session_ended');
  });

  it('reaches the screens, never a phone', () => {
    const h = new Harness();
    h.join('p1');
    h.ok(MODERATOR, { type: 'cue:send', cueId: 'c1', kind: 'floorQuestion', text: '', flash: true });
    expect(currentCue(viewFor(h.state, SPEAKER))?.id).toBe('c1');
    expect(currentCue(viewFor(h.state, PROJECTOR))?.id).toBe('c1');
    expect('cue' in viewFor(h.state, participant('p1'))).toBe(false);
  });
});
