// Keeps the imported definition inside the schema's limits (a pasted novel must still give a valid
// definition), saying what was cut.
import { LIMITS } from '../definition.js';

const QUESTION_MAX = 2_000;

export class Clamp {
  constructor(private readonly warnings: string[]) {}

  text(value: string, max: number, what: string): string {
    if (value.length <= max) return value;
    this.warnings.push(`${what} was longer than ${max} characters and was cut.`);
    return `${value.slice(0, max - 1).trimEnd()}…`;
  }

  short(value: string, what: string): string {
    return this.text(value.trim(), LIMITS.shortText, what);
  }

  long(value: string, what: string): string {
    return this.text(value, LIMITS.longText, what);
  }

  question(value: string, what: string): string {
    return this.text(value.trim(), QUESTION_MAX, what);
  }

  list<T>(items: T[], max: number, what: string): T[] {
    if (items.length <= max) return items;
    this.warnings.push(`Only the first ${max} ${what} were kept (${items.length} found).`);
    return items.slice(0, max);
  }
}
