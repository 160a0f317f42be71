// The speaker list of a brief, in the three shapes the seeds and real briefs use:
//  - table rows (tab-separated cells with HTML inside, continuation rows starting with tabs),
//  - blocks of bold lines ("**Mme Maud Caruhel**", "**Vice-présidente …, Région … (France)**",
//    "**Talk title**") followed by the description,
//  - one line per speaker ("- Ana Pérez, Cooperativa Sur (Argentina): Talk title").
import { toBlocks } from './html.js';
import { cleanInline, isSeparatorLine } from './normalize.js';
import { hasHonorific, isNameLike, parsePersonLine, stripHonorific } from './people.js';
import {
  continueCell,
  fillCell,
  hasBody,
  looksLikeAffiliation,
  newRec,
  setAffiliation,
  toDraft,
  type Rec,
  type SpeakerDraft,
} from './speakerRecord.js';
import { guessColumns, headerColumns, type Column } from './speakerTable.js';

export type { SpeakerDraft } from './speakerRecord.js';

export function parseSpeakers(lines: string[]): { speakers: SpeakerDraft[]; unrecognized: string[] } {
  const recs: Rec[] = [];
  const unrecognized: string[] = [];
  let columns: Column[] | null = null;
  const current = (): Rec | undefined => recs[recs.length - 1];

  const body = (text: string): void => {
    const rec = current();
    if (!rec) unrecognized.push(text);
    else if (rec.kind === 'table') rec.tail.push(text);
    else rec.description.push(text);
  };

  const row = (line: string): void => {
    const cells = line.split('\t');
    if (!columns) {
      const header = headerColumns(cells);
      if (header) {
        columns = header;
        return;
      }
    }
    const firstFilled = cells.findIndex((c) => cleanInline(c) !== '');
    if (firstFilled < 0) return;
    const rec = current();
    const cols: Column[] = columns ?? guessColumns(cells);
    if (firstFilled > 0 && rec) {
      cells.forEach((c, i) => {
        if (cleanInline(c)) continueCell(rec, cols[i] ?? 'description', c);
      });
      return;
    }
    const next = newRec('table');
    cells.forEach((c, i) => fillCell(next, cols[i] ?? 'other', c));
    recs.push(next);
  };

  const boldLine = (text: string): void => {
    const rec = current();
    const name = stripHonorific(text);
    const startsSpeaker =
      hasHonorific(text) || (isNameLike(name, 2) && (!rec || (rec.kind !== 'table' && hasBody(rec))));
    if (startsSpeaker) {
      const next = newRec('block');
      next.name = name;
      recs.push(next);
    } else if (rec?.kind === 'block' && !hasBody(rec) && !rec.affiliationSet && looksLikeAffiliation(text)) {
      setAffiliation(rec, text);
    } else if (rec?.kind === 'block' && !hasBody(rec) && !rec.talkTitle) {
      rec.talkTitle = text.replace(/\s*:\s*$/, '');
    } else body(text);
  };

  const plainLine = (text: string): void => {
    const rec = current();
    if (!rec || rec.kind === 'list') {
      const p = parsePersonLine(text);
      const marked = /^\s*(?:[-*•·○◦▪]|\d{1,2}[.)])\s/u.test(text);
      if (p && (p.organization || p.country || p.talkTitle || marked)) {
        const next = newRec('list');
        Object.assign(next, { name: p.name, organization: p.organization, country: p.country, talkTitle: p.talkTitle });
        recs.push(next);
        return;
      }
    }
    body(text);
  };

  for (const line of lines) {
    if (!line.trim() || isSeparatorLine(line)) continue;
    if (line.includes('\t')) {
      row(line);
      continue;
    }
    for (const block of toBlocks(line)) {
      if (block.wholeBold) boldLine(block.text);
      else plainLine(block.text);
    }
  }
  const speakers = recs.map(toDraft).filter((s) => s.name || s.organization || s.talkTitle);
  return { speakers, unrecognized };
}
