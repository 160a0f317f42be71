// What a cue says, in the viewer's language: a typed message as typed, the others from the dictionary.
import type { Cue } from '../../shared/cues.js';
import { exhaustive } from '../../shared/exhaustive.js';
import { tro } from '../i18n/room.js';

export function cueText(c: Pick<Cue, 'kind' | 'text'>): string {
  switch (c.kind) {
    case 'twoMinutes':
      return tro('cue_twoMinutes');
    case 'conclude':
      return tro('cue_conclude');
    case 'floorQuestion':
      return tro('cue_floorQuestion');
    case 'text':
      return c.text;
    default:
      return exhaustive(c.kind, 'cue kind');
  }
}
