import { describe, expect, it } from 'vitest';
import { can } from '../../../shared/permissions.js';
import type { CommandType } from '../../../shared/commands.js';

describe('permissions: a participant cannot run the show or the report', () => {
  const refused: CommandType[] = [
    'phase:set',
    'timer:start',
    'timer:adjust',
    'turn:start',
    'answering:open',
    'answer:moderate',
    'audience:toggle',
    'definition:update',
    'session:end',
    'aq:approve',
    'aq:hide',
    'aq:merge',
    'aq:pin',
    'aq:answer',
    'answer:curate',
    'aq:curate',
    'notes:save',
    'conclusion:set',
    'participantsExtra:set',
  ];
  for (const t of refused) it(t, () => expect(can('participant', t)).toBe(false));
});
