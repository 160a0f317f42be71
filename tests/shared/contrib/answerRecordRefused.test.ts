// answer:record is the staff's: a participant is refused, and a contribution naming nobody, saying
// nothing or answering no question is refused with a clear error, nothing stored.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/commands.js';
import { errorMessage } from '../../../shared/errors.js';
import { replay } from '../../../shared/reducer.js';
import { Harness, MODERATOR, RAPPORTEUR, participant } from '../../helpers/domain.js';

const record = (over: Partial<Extract<Command, { type: 'answer:record' }>> = {}): Command => ({
  type: 'answer:record',
  answerId: 'rec-1',
  questionId: 'main',
  text: 'Des alliances locales, financées sur la durée.',
  by: { name: 'Ben Zeghadi', organization: 'CRESS Mayotte', country: 'France', public: false },
  channel: 'room',
  ...over,
});

describe('answer:record', () => {
  it('is refused to participants and the projector', () => {
    const h = new Harness();
    h.join('p1', 'anonymous');
    expect(h.no(participant('p1'), record())).toBe('forbidden');
    expect(h.no({ role: 'projector', participantId: null }, record())).toBe('forbidden');
    expect(h.state.answers).toEqual({});
  });

  it('refuses a contribution that names nobody, says nothing or answers no question, storing nothing', () => {
    const h = new Harness();
    expect(h.no(RAPPORTEUR, record({ by: { name: '  ', organization: '', country: '', public: false } }))).toBe(
      'author_required',
    );
    expect(h.no(MODERATOR, record({ text: '   \n ' }))).toBe('invalid_payload');
    expect(h.no(MODERATOR, record({ questionId: 'nope' }))).toBe('not_found');
    expect(h.no(MODERATOR, record({ text: 'x'.repeat(h.state.definition.maxAnswerLength + 1) }))).toBe('text_too_long');
    expect(h.state.answers).toEqual({});
    // The error the staff read says what to fix, in their language.
    expect(errorMessage('author_required', 'fr')).toMatch(/nom/);
    expect(errorMessage('author_required', 'es')).toMatch(/nombre/);
  });

  it('accepts a member of the public without a name, and records who typed it from where', () => {
    const h = new Harness();
    h.ok(RAPPORTEUR, record({ by: { name: '', organization: '', country: '', public: true }, channel: 'email' }));
    expect(h.state.answers['rec-1']).toMatchObject({
      participantId: '',
      by: { name: '', public: true, channel: 'email', recordedBy: 'rapporteur' },
      language: 'en',
    });
  });

  it('applies a re-send once, and refuses an id already taken by a participant', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['main'] });
    expect(h.ok(RAPPORTEUR, record())).toHaveLength(1);
    expect(h.ok(RAPPORTEUR, record())).toEqual([]);
    expect(h.ok(MODERATOR, record())).toEqual([]);
    h.join('p1', 'anonymous');
    h.ok(participant('p1'), { type: 'answer:submit', answerId: 'a-p1', questionId: 'main', text: 'Mine' });
    expect(h.no(RAPPORTEUR, record({ answerId: 'a-p1' }))).toBe('forbidden');
    expect(h.state.answers['a-p1']!.text).toBe('Mine');
    // The log replays to the same state (old and new events alike).
    expect(replay(h.log)).toEqual(h.state);
  });

  it('is allowed after the session ended: the report is written afterwards', () => {
    const h = new Harness();
    h.ok(MODERATOR, { type: 'session:end' });
    expect(h.ok(RAPPORTEUR, record())).toHaveLength(1);
  });
});
