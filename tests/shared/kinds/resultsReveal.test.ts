import { describe, expect, it } from 'vitest';
import { SYSTEM } from '../../../shared/decide.js';
import { entryFor } from '../../../shared/engine.js';
import { viewFor } from '../../../shared/visibility.js';
import { MODERATOR, eventTypes } from '../../helpers/domain.js';
import { kindSession } from './kindSession.js';

const refresh = { type: 'results:refresh' as const, questionIds: ['qc', 'qs', 'qw', 'qr', 'qm'] };

describe('results: hidden from phones until the moderator reveals them', () => {
  it('sends a refreshed tally to the screens only before the reveal, and to the room after', () => {
    const { h, p1, p2 } = kindSession();
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qc', choices: [0] });
    h.ok(p2, { type: 'answer:submit', answerId: 'a2', questionId: 'qc', choices: [2] });
    const before = h.state;
    const events = h.ok(SYSTEM, refresh);
    expect(events.find((e) => e.type === 'results:updated' && e.questionId === 'qc')).toMatchObject({
      result: { kind: 'choice', respondents: 2, counts: [1, 0, 1] },
    });
    expect(entryFor(before, { seq: 99, at: 0, event: events[0]! }).vis).toEqual({ to: 'screens' });
    expect(viewFor(h.state, { role: 'participant', participantId: 'p1' }).results).toBeUndefined();
    expect(viewFor(h.state, { role: 'projector', participantId: null }).results?.qc).toBeDefined();
    // Nothing changed since: a second refresh sends nothing.
    expect(h.ok(SYSTEM, refresh)).toEqual([]);

    const shown = h.ok(MODERATOR, { type: 'results:reveal', questionId: 'qc', shown: true });
    expect(shown.map((e) => e.type)).toEqual(['results:revealed', 'results:updated']);
    expect(viewFor(h.state, { role: 'participant', participantId: 'p2' }).results?.qc).toMatchObject({
      counts: [1, 0, 1],
    });
    // Other questions stay hidden.
    expect(Object.keys(viewFor(h.state, { role: 'participant', participantId: 'p2' }).results ?? {})).toEqual(['qc']);
    h.ok(MODERATOR, { type: 'results:reveal', questionId: 'qc', shown: false });
    expect(viewFor(h.state, { role: 'participant', participantId: 'p2' }).results).toBeUndefined();
    expect(h.state.results?.qc).toBeDefined();
  });

  it('shows results at once in a session whose default is live', () => {
    const { h, p1 } = kindSession({ results: 'live' });
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qs', value: 8 });
    const before = h.state;
    const events = h.ok(SYSTEM, refresh);
    expect(entryFor(before, { seq: 99, at: 0, event: events[0]! }).vis).toEqual({ to: 'all' });
    expect(viewFor(h.state, { role: 'participant', participantId: 'p2' }).results?.qs).toMatchObject({
      kind: 'scale',
      mean: 8,
      median: 8,
    });
  });

  it('keeps closed answers off the projector and other phones; a text answer stays on the projector', () => {
    const { h, p1 } = kindSession();
    h.ok(p1, { type: 'answer:submit', answerId: 'a1', questionId: 'qw', words: ['Trust'] });
    h.ok(p1, { type: 'answer:submit', answerId: 'a2', questionId: 'qt', text: 'Markets' });
    expect(Object.keys(viewFor(h.state, { role: 'projector', participantId: null }).answers)).toEqual(['a2']);
    expect(Object.keys(viewFor(h.state, { role: 'participant', participantId: 'p2' }).answers)).toEqual([]);
    expect(Object.keys(viewFor(h.state, { role: 'participant', participantId: 'p1' }).answers)).toEqual(['a1', 'a2']);
  });

  it('refuses a reveal of a free-text or unknown question', () => {
    const { h } = kindSession();
    expect(h.no(MODERATOR, { type: 'results:reveal', questionId: 'qt', shown: true })).toBe('not_found');
    expect(h.no(MODERATOR, { type: 'results:reveal', questionId: 'zz', shown: true })).toBe('not_found');
    expect(eventTypes(h.log)).not.toContain('results:revealed');
  });
});
