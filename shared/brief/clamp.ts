// Keeps the imported definition inside the schema's limits (a pasted novel must still give a valid
// definition), saying what was cut.
import { LIMITS } from '../definition.js';
import type { BriefWarning } from './warnings.js';

const QUESTION_MAX = LIMITS.questionText;

/** The warning for a text cut to `max` characters. */
export type OnTextCut = (max: number) => BriefWarning;
/** The warning for a list cut to its first `max` of `found` items. */
export type OnListCut = (max: number, found: number) => BriefWarning;

export class Clamp {
  constructor(private readonly warnings: BriefWarning[]) {}

  text(value: string, max: number, onCut: OnTextCut): string {
    if (value.length <= max) return value;
    this.warnings.push(onCut(max));
    return `${value.slice(0, max - 1).trimEnd()}…`;
  }

  short(value: string, onCut: OnTextCut): string {
    return this.text(value.trim(), LIMITS.shortText, onCut);
  }

  long(value: string, onCut: OnTextCut): string {
    return this.text(value, LIMITS.longText, onCut);
  }

  question(value: string, onCut: OnTextCut): string {
    return this.text(value.trim(), QUESTION_MAX, onCut);
  }

  list<T>(items: T[], max: number, onCut: OnListCut): T[] {
    if (items.length <= max) return items;
    this.warnings.push(onCut(max, items.length));
    return items.slice(0, max);
  }
}
