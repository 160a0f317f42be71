// A long novel-like text: no field is invented from it, every paragraph is reported as
// unrecognised (the list is capped), and it stays fast.
import { describe, expect, it } from 'vitest';
import { expectValid } from './helpers.js';
import { importBrief } from '../../../shared/brief/importBrief.js';

const SENTENCES = [
  'It was a bright cold day in April, and the clocks were striking thirteen.',
  'She walked along the river: the water was grey and slow, and nobody waited at the bridge.',
  'Chapter 12',
  '“Who are you?” he asked, and the question hung in the air.',
  'On 3 May 1921 at 10:00 the train left Paris – without her.',
];

function novel(paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++)
    out.push(SENTENCES.map((_, i) => SENTENCES[(p + i) % SENTENCES.length]).join(' '));
  return out.join('\n\n');
}

describe('novel-like text', () => {
  it('finds no session in 5,000 paragraphs and says so', () => {
    const r = importBrief(novel(5_000));
    expectValid(r.definition);
    expect(r.definition.title).toBe('');
    expect(r.definition.rounds).toEqual([]);
    expect(r.definition.speakers).toEqual([]);
    expect(r.warnings[0]?.code).toBe('not_a_brief');
    // The list holds the first 300; the warning counts them all.
    expect(r.unrecognized.length).toBe(300);
    expect(r.warnings.find((w) => w.code === 'unrecognized_blocks')?.params).toEqual({ count: 5_000 });
  });
});
