// "Round 2: vote on the priorities: A / B / C": a round whose question lists its options becomes a
// choice question; a listed question with " | " too; the other questions stay free text.
import { describe, expect, it } from 'vitest';
import { choiceOf } from '../../../shared/brief/choices.js';
import { expectValid, importFixture } from './helpers.js';

describe('brief importer: questions that list their options become choice questions', () => {
  const { definition: d } = importFixture('vote-round.txt');

  it('reads the round heading and the numbered item as choices, the rest as text', () => {
    expectValid(d);
    expect(d.rounds.map((r) => r.questions.map((q) => [q.text, q.kind ?? 'text', q.options ?? []]))).toEqual([
      [
        ['What has the network achieved so far?', 'text', []],
        ['Which partnerships matter most to you?', 'text', []],
      ],
      [['vote on the priorities', 'choice', ['Housing', 'Renewable energy', 'Local food']]],
      [
        ['Rate the proposals together', 'choice', ['Keep as is', 'Merge', 'Drop']],
        ['How will we know we succeeded?', 'text', []],
      ],
    ]);
  });

  it('leaves a question with one slash, a long sentence or a single option as text', () => {
    expect(choiceOf('Who leads: the city and/or the region?')).toBeNull();
    expect(choiceOf('Choose: only one')).toBeNull();
    expect(choiceOf('What matters: A / B')).toEqual({ text: 'What matters', options: ['A', 'B'] });
    expect(choiceOf('Claire Martin / ESS France')).toBeNull();
  });
});
