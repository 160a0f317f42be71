import { describe, expect, it } from 'vitest';
import type { Visibility } from '../../../shared/events.js';
import { canSee, type Viewer } from '../../../shared/visibility.js';

const MOD: Viewer = { role: 'moderator', participantId: null };
const RAP: Viewer = { role: 'rapporteur', participantId: null };
const PROJ: Viewer = { role: 'projector', participantId: null };
const P1: Viewer = { role: 'participant', participantId: 'p1' };
const P2: Viewer = { role: 'participant', participantId: 'p2' };

describe('visibility: canSee', () => {
  const table: [Visibility, Viewer[], Viewer[]][] = [
    [{ to: 'all' }, [MOD, RAP, PROJ, P1, P2], []],
    [{ to: 'screens' }, [MOD, RAP, PROJ], [P1, P2]],
    [{ to: 'screens', participantId: 'p1' }, [MOD, RAP, PROJ, P1], [P2]],
    [{ to: 'staff' }, [MOD, RAP], [PROJ, P1, P2]],
    [{ to: 'staff', participantId: 'p1' }, [MOD, RAP, P1], [PROJ, P2]],
  ];
  for (const [vis, yes, no] of table) {
    it(JSON.stringify(vis), () => {
      for (const v of yes) expect(canSee(vis, v), `${v.role} ${v.participantId ?? ''}`).toBe(true);
      for (const v of no) expect(canSee(vis, v), `${v.role} ${v.participantId ?? ''}`).toBe(false);
    });
  }

  it('a participant viewer with no id never matches a targeted event', () => {
    expect(canSee({ to: 'staff', participantId: 'p1' }, { role: 'participant', participantId: null })).toBe(false);
  });
});
