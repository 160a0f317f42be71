// A brief with bulleted questions ("•", "·", "-", "○") and plain "Label: value" lines.
import { describe, expect, it } from 'vitest';
import { expectValid, importFixture, questionTexts } from './helpers.js';

describe('brief with bulleted questions', () => {
  const { definition: d, warnings } = importFixture('bulleted.md');

  it('reads bulleted questions into their rounds', () => {
    expectValid(d);
    expect(d.rounds.map((r) => r.title)).toEqual(['Round 1', 'Round 2']);
    expect(questionTexts(d)).toEqual([
      [
        'What made you start a social enterprise?',
        'Which support did you find, and which did you miss?',
        'How do you fund your activity today?',
      ],
      [
        'What should public authorities change first?',
        'How can older cooperatives mentor young founders?',
        'What role can universities play?',
      ],
    ]);
  });

  it('reads plain "Label: value" fields and keeps the forum acronym', () => {
    expect(d.event).toEqual({ forum: 'GSEF', city: 'Dakar', year: 2023, theme: '' });
    expect([d.title, d.sessionType, d.language]).toEqual([
      'Youth and the Social Economy',
      'Self-organized session',
      'en',
    ]);
    expect([d.date, d.startTime, d.endTime, d.timeZone]).toEqual(['2023-05-02', '14:00', '15:30', 'UTC']);
    expect(d.moderator).toEqual({
      name: 'Fatou Sarr',
      organization: 'Dakar Social Economy Network',
      country: 'Senegal',
    });
    expect(d.speakers.map((s) => s.name)).toEqual(['Moussa Diallo', 'Aminata Ba', 'Kofi Mensah']);
    expect(warnings).toEqual([]);
  });
});
