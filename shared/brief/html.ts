// Splits an HTML/markdown fragment (one table cell, one line) into paragraph blocks, keeping what
// the speaker parsers need from the formatting: which text was bold. In the seed briefs the talk
// title is the bold first paragraph of the description and the speaker's name the bold lead-in of
// the bio.
import { cleanInline } from './normalize.js';

export interface Block {
  text: string;
  /** Bold text at the very start of the block, cleaned; '' if the block does not start in bold. */
  lead: string;
  /** Every character of the block is bold. */
  wholeBold: boolean;
}

const LI_MARK = '\u0001';
const BREAKS = /<\/?(?:p|div|ul|ol|tr|td|th|table|tbody|thead|h[1-6])\b[^>]*>|<br\s*\/?>|<\/li\s*>|\n/i;
const LEAD = /^\s*(?:<(?:u|i|em|span|font)\b[^>]*>\s*)*<(b|strong)\b[^>]*>([\s\S]*?)<\/\1\s*>/i;
const BOLD_RUNS = /<(b|strong)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

export function toBlocks(fragment: string): Block[] {
  const html = fragment.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/<li\b[^>]*>/gi, `\n${LI_MARK}`);
  const blocks: Block[] = [];
  for (const chunk of html.split(BREAKS)) {
    const isItem = chunk.trimStart().startsWith(LI_MARK);
    const body = chunk.replace(LI_MARK, '');
    let text = cleanInline(body);
    if (!text) continue;
    if (isItem) text = `- ${text.replace(/^[▪•·◦○■\-–*]\s*/u, '')}`;
    const lead = cleanInline(LEAD.exec(body)?.[2] ?? '');
    const wholeBold = !isItem && lead !== '' && cleanInline(body.replace(BOLD_RUNS, '')) === '';
    blocks.push({ text, lead: isItem ? '' : lead, wholeBold });
  }
  return blocks;
}
