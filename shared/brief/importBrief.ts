// Session brief (text extracted from Word/PDF, in English, French or Spanish) → session definition.
// Pure: no Node APIs, no I/O. Never throws: whatever the input, it returns what it found, warnings
// about what is missing, and every block of text it could not place.
import {
  defaultDefinition,
  parseDefinition,
  type DefinitionInput,
  type Language,
  type SessionDefinition,
} from '../definition.js';
import { buildDefinition } from './build.js';
import { emptyDraft, type Draft } from './draft.js';
import { applySection } from './fields.js';
import { gapWarnings } from './gaps.js';
import { applyLetterheadSchedule, readLetterhead } from './letterhead.js';
import { joinBrokenBold, normalizeInput } from './normalize.js';
import { splitSections } from './sections.js';
import { briefWarning, type BriefWarning } from './warnings.js';

export interface BriefImport {
  definition: SessionDefinition;
  /** What the moderator should check, as codes with their data; formatBriefWarning words them. */
  warnings: BriefWarning[];
  /** Text from the brief that was not placed in the definition, one entry per block. */
  unrecognized: string[];
}

const MAX_INPUT = 2_000_000;
/** A letterhead is a few lines; a longer preamble is not one. */
const MAX_LETTERHEAD_LINES = 10;
const MAX_UNRECOGNIZED = 300;
const MAX_UNRECOGNIZED_LENGTH = 500;

export function importBrief(text: string): BriefImport {
  try {
    return importUnchecked(typeof text === 'string' ? text : '');
  } catch (e) {
    // A bug in a parser must not take the caller down: the moderator can still fill the form by hand.
    return {
      definition: defaultDefinition(),
      warnings: [briefWarning('read_failed', { detail: e instanceof Error ? e.message : String(e) })],
      unrecognized: [],
    };
  }
}

function importUnchecked(input: string): BriefImport {
  const d = emptyDraft();
  let text = input;
  if (text.length > MAX_INPUT) {
    d.warnings.push(briefWarning('input_truncated', { max: MAX_INPUT }));
    text = text.slice(0, MAX_INPUT);
  }
  const { lines, dropped } = normalizeInput(text);
  if (dropped.length)
    d.warnings.push(briefWarning('page_lines_removed', { count: dropped.length, example: dropped[0] ?? '' }));
  const { preamble, sections } = splitSections(joinBrokenBold(lines));

  const letterhead = preamble.filter((l) => l.trim());
  let schedule = '';
  if (sections.length && letterhead.length <= MAX_LETTERHEAD_LINES) {
    const read = readLetterhead(d, letterhead);
    d.unrecognized.push(...read.rest);
    schedule = read.schedule;
  } else d.unrecognized.push(...paragraphsOf(letterhead));
  for (const s of sections) applySection(d, s);
  if (!applyLetterheadSchedule(d, schedule)) d.unrecognized.push(schedule);

  const guessed = guessLanguage(d);
  const language = d.language ?? guessed;
  const definition = validate(buildDefinition(d, language), d.warnings);
  const warnings = [...d.warnings];
  if (!sections.some((s) => s.key !== 'unknown')) {
    warnings.unshift(briefWarning('not_a_brief'));
  }
  warnings.push(...gapWarnings(d, definition, d.language === null));
  const unrecognized = capUnrecognized(d.unrecognized);
  if (unrecognized.length) warnings.push(briefWarning('unrecognized_blocks', { count: d.unrecognized.length }));
  return { definition, warnings, unrecognized };
}

function guessLanguage(d: Draft): Language {
  const counts = { en: 0, fr: 0, es: 0 };
  for (const l of d.headingLangs) counts[l]++;
  const best = (Object.entries(counts) as [Language, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : 'en';
}

/** parseDefinition, dropping any field it still rejects rather than failing the whole import. */
function validate(input: DefinitionInput, warnings: BriefWarning[]): SessionDefinition {
  let candidate: Record<string, unknown> = { ...input };
  for (let attempt = 0; attempt < 8; attempt++) {
    const r = parseDefinition(candidate);
    if (r.ok) return r.definition;
    const fields = new Set(r.issues.map((i) => i.path.split('.')[0] ?? ''));
    for (const i of r.issues) warnings.push(briefWarning('field_dropped', { path: i.path, detail: i.message }));
    candidate = Object.fromEntries(Object.entries(candidate).filter(([k]) => !fields.has(k)));
    if (fields.has('')) break;
  }
  return defaultDefinition();
}

function paragraphsOf(lines: string[]): string[] {
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function capUnrecognized(items: string[]): string[] {
  const cut = items
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((s) => (s.length > MAX_UNRECOGNIZED_LENGTH ? `${s.slice(0, MAX_UNRECOGNIZED_LENGTH - 1)}…` : s));
  // The first ones only; the `unrecognized_blocks` warning gives the whole count, in the reader's language.
  return cut.slice(0, MAX_UNRECOGNIZED);
}
