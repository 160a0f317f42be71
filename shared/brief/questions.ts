// Guiding questions out of a section body: numbered ("1.", "6)", "Q3:"), bulleted ("-", "•", "·",
// "○"), or bare lines ending in "?". Wrapped lines and blank lines inside a list (the English seed
// has one between questions 1 and 2 of Round 2) do not split a question.
import { cleanInline } from './normalize.js';

const ITEM =
  /^\s*(?:(?:(?:q|question|pregunta)\s*)?\d{1,2}\s*[.):–-]|[-*+•·○◦▪▫■►▸➢➤✓✔]|o(?=\s)|[a-h][.)](?=\s))\s*(?=\S)/iu;
const ENDS_SENTENCE = /[.?!:;…)]$/;
const QUESTION = /[?？]\s*$/;

export interface ParsedQuestions {
  questions: string[];
  unrecognized: string[];
}

export function parseQuestions(lines: string[]): ParsedQuestions {
  const questions: string[] = [];
  const unrecognized: string[] = [];
  let current: string | null = null;
  let blankSince = false;
  const push = () => {
    if (current) questions.push(current.trim());
    current = null;
  };
  let currentIsItem = false;
  for (const raw of lines) {
    const line = cleanInline(raw);
    if (!line) {
      blankSince = true;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      push();
      current = line.slice(item[0].length).trim();
      currentIsItem = true;
    } else if (current !== null && !ENDS_SENTENCE.test(current)) {
      // A question wrapped over several lines, possibly with a page break in between.
      current = `${current} ${line}`;
    } else if (current !== null && currentIsItem && !blankSince && QUESTION.test(line)) {
      // "1. How … to date?" followed by "Should they change?": one numbered item.
      current = `${current} ${line}`;
    } else if (QUESTION.test(line)) {
      push();
      current = line;
      currentIsItem = false;
    } else unrecognized.push(line);
    blankSince = false;
  }
  push();
  return { questions: questions.filter(Boolean), unrecognized };
}
