// Cuts the brief into sections at its headings. Lines before the first heading are the preamble
// (the event letterhead in the seeds).
import { readHeading } from './headingLine.js';
import type { Lang, SectionKey } from './headings.js';

export interface Section {
  key: SectionKey | 'unknown';
  lang: Lang | null;
  label: string;
  /** Text on the heading line after the label, raw. */
  value: string;
  /** Raw body lines up to the next heading. */
  lines: string[];
}

export function splitSections(lines: string[]): { preamble: string[]; sections: Section[] } {
  const preamble: string[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    const current = sections[sections.length - 1];
    const inSpeakers = current?.key === 'speakers' || current?.key === 'people';
    const heading = line.trim() ? readHeading(line, { inSpeakers }) : null;
    // An unknown heading before any known one is the letterhead ("# GSEF 2021 Mexico City").
    if (heading && !(heading.key === 'unknown' && !current)) sections.push({ ...heading, lines: [] });
    else if (current) current.lines.push(line);
    else preamble.push(line);
  }
  return { preamble, sections };
}
