// One speaker being read from the brief, and how each kind of table cell fills it in.
import { splitCountry } from './countries.js';
import { toBlocks, type Block } from './html.js';
import { cleanInline } from './normalize.js';
import { joinParagraphs, mergeBroken } from './paragraphs.js';
import { parseAffiliation, parsePersonLine, stripHonorific } from './people.js';
import { findRoleStart, startsWithRole } from './roles.js';
import type { Column } from './speakerTable.js';

export interface SpeakerDraft {
  /** "Speaker 2" when the table labels its rows, else ''. */
  label: string;
  name: string;
  organization: string;
  country: string;
  talkTitle: string;
  description: string;
}

export interface Rec {
  kind: 'table' | 'block' | 'list';
  label: string;
  name: string;
  organization: string;
  country: string;
  talkTitle: string;
  affiliationSet: boolean;
  description: string[];
  bio: string[];
  /** Text after the row in a table: it may continue either column, so it goes last. */
  tail: string[];
}

export function newRec(kind: Rec['kind']): Rec {
  return {
    kind,
    label: '',
    name: '',
    organization: '',
    country: '',
    talkTitle: '',
    affiliationSet: false,
    description: [],
    bio: [],
    tail: [],
  };
}

export function setAffiliation(rec: Rec, text: string): void {
  const a = parseAffiliation(text);
  if (a.organization) rec.organization = a.organization;
  if (a.country) rec.country = a.country;
  rec.affiliationSet = true;
}

export function hasBody(rec: Rec): boolean {
  return rec.description.length > 0 || rec.tail.length > 0;
}

export function looksLikeAffiliation(t: string): boolean {
  return (
    startsWithRole(t) || findRoleStart(t) > 0 || splitCountry(t).country !== '' || (t.includes(',') && t.length <= 100)
  );
}

export function fillCell(rec: Rec, column: Column, raw: string): void {
  const text = cleanInline(raw);
  if (!text) return;
  switch (column) {
    case 'label':
      rec.label = text;
      return;
    case 'name':
      rec.name = stripHonorific(text);
      return;
    case 'org':
    case 'orgCountry':
      setAffiliation(rec, text);
      return;
    case 'country':
      rec.country = text;
      return;
    case 'title':
      rec.talkTitle = text;
      return;
    case 'nameBio':
      fillNameBio(rec, toBlocks(raw));
      return;
    case 'bio':
      rec.bio.push(...toBlocks(raw).map((b) => b.text));
      return;
    case 'description':
      fillDescription(rec, toBlocks(raw));
      return;
    case 'other':
      rec.tail.push(text);
  }
}

/** "<b>M. Ben Amar Zeghadi</b> Chambre … Mayotte Délégué national, …" then the bio. */
function fillNameBio(rec: Rec, blocks: Block[]): void {
  const [first, ...rest] = blocks;
  if (first?.lead) {
    rec.name = stripHonorific(first.lead);
    const after = first.text.startsWith(first.lead) ? first.text.slice(first.lead.length) : '';
    if (after.trim()) setAffiliation(rec, after);
  } else if (first) {
    const p = parsePersonLine(first.text);
    if (p) Object.assign(rec, { name: p.name, organization: p.organization, country: p.country });
    else rec.bio.push(first.text);
  }
  rec.bio.push(...rest.map((b) => b.text));
}

/** The bold first paragraph of a description is the talk title. */
function fillDescription(rec: Rec, blocks: Block[]): void {
  const [first, ...rest] = blocks;
  if (first?.wholeBold && !rec.talkTitle) {
    rec.talkTitle = first.text.replace(/\s*:\s*$/, '');
    rec.description.push(...rest.map((b) => b.text));
  } else rec.description.push(...blocks.map((b) => b.text));
}

/** Continuation cells belong to the current speaker's same column. */
export function continueCell(rec: Rec, column: Column, raw: string): void {
  const texts = toBlocks(raw).map((b) => b.text);
  if (column === 'nameBio' || column === 'bio') rec.bio.push(...texts);
  else if (column === 'description' || column === 'other' || column === 'label') rec.description.push(...texts);
  else if (column === 'title') rec.talkTitle = `${rec.talkTitle} ${texts.join(' ')}`.trim();
  else if (column === 'name') rec.name = `${rec.name} ${texts.join(' ')}`.trim();
  else rec.organization = `${rec.organization} ${texts.join(' ')}`.trim();
}

export function toDraft(rec: Rec): SpeakerDraft {
  return {
    label: rec.label,
    name: rec.name,
    organization: rec.organization,
    country: rec.country,
    talkTitle: rec.talkTitle,
    description: joinParagraphs(mergeBroken([...rec.description, ...rec.bio, ...rec.tail])),
  };
}
