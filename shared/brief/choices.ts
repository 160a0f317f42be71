// A question that lists its options ("Vote on the priorities: A / B / C") is a choice question:
// its text before the colon, its options split on " / " (or " | "). 2–12 short options, or none.
import { KIND_LIMITS } from '../kinds.js';

/** Longest option read as one (longer: a sentence with a slash, not a list). */
const MAX_OPTION = 80;

export interface ChoiceQuestion {
  text: string;
  options: string[];
}

export function choiceOf(line: string): ChoiceQuestion | null {
  const at = line.lastIndexOf(':');
  if (at <= 0) return null;
  const text = line.slice(0, at).trim();
  const list = line.slice(at + 1).trim();
  if (!text || !/\s[/|]\s/.test(list)) return null;
  const options = list
    .split(/\s+[/|]\s+/)
    .map((o) => o.replace(/[.;]$/, '').trim())
    .filter(Boolean);
  if (options.length < KIND_LIMITS.minOptions || options.length > KIND_LIMITS.choiceOptions) return null;
  if (options.some((o) => o.length > MAX_OPTION) || new Set(options).size !== options.length) return null;
  return { text, options };
}
