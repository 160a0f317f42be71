// The English brief fixture as a whole: valid for the API, every block placed, page furniture gone.
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture } from './helpers.js';

describe('English brief: completeness', () => {
  const { definition: d, warnings, unrecognized } = importFixture('en-workshop.txt');

  it('gives a definition parseDefinition accepts', () => {
    expectValid(d);
  });

  it('keeps background and objectives, without the page header stamped between two paragraphs', () => {
    expect(d.background).toMatch(/^Energy cooperatives let households and small businesses produce/);
    expect(d.background).toContain('to grow beyond pilot projects.\n\nThis workshop brings together');
    expect(d.background.split('\n\n')).toHaveLength(3);
    expect(d.background).not.toMatch(/Porto 2024|Page 1/);
    expect(d.objectives.split('\n')).toEqual([
      '1. Share practical experience of citizen-owned renewable energy.',
      '2. Identify the public policies that help energy cooperatives grow.',
      '3. Build a network of cooperatives ready to mentor new projects.',
    ]);
  });

  it('leaves nothing unrecognised and warns only about what the moderator must check', () => {
    expect(unrecognized).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['page_lines_removed', 'no_time_zone']);
  });
});
