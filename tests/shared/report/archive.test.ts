// readArchive: the session archive read without valibot; the event log, when present, is the truth.
import { describe, expect, it } from 'vitest';
import { readArchive } from '../../../shared/archive.js';
import { seedSession } from '../../fixtures/report/seedSession.js';

function archiveOf(b = seedSession('fr')) {
  return JSON.parse(
    JSON.stringify({
      version: 1,
      code: b.state.code,
      definition: b.state.definition,
      state: b.state,
      events: b.events,
    }),
  ) as Record<string, unknown>;
}

describe('readArchive', () => {
  it('rebuilds the state from the events, ignoring a stale state', () => {
    const b = seedSession('fr');
    const json = archiveOf(b);
    json.state = { ...(json.state as object), conclusion: 'stale' };
    const r = readArchive(json);
    expect(r.ok && r.archive.state).toEqual(JSON.parse(JSON.stringify(b.state)));
    expect(r.ok && r.archive.state.conclusion).not.toBe('stale');
  });

  it('uses the state when there are no events', () => {
    const json = { ...archiveOf(), events: [], photo: { mime: 'image/png', base64: 'iVBORw0KGgo=' } };
    const r = readArchive(json);
    expect(r.ok && r.archive.state.code).toBe('GSEF21');
    expect(r.ok && r.archive.photo).toEqual({ mime: 'image/png', base64: 'iVBORw0KGgo=' });
  });

  it.each([
    ['not an object', [1, 2], /expected a JSON object/],
    ['another version', { ...archiveOf(), version: 2 }, /unsupported archive version: 2/],
    ['no code', { ...archiveOf(), code: 7 }, /no session code/],
    ['a broken definition', { ...archiveOf(), definition: { title: 1 } }, /definition\.title/],
    ['events that are not envelopes', { ...archiveOf(), events: [{ nope: true }] }, /event envelopes/],
    [
      'a log not starting with session:created',
      { ...archiveOf(), events: [{ seq: 1, at: 0, event: { type: 'session:ended' } }] },
      /could not be replayed/,
    ],
    [
      'an unknown event',
      {
        ...archiveOf(),
        events: [...(archiveOf().events as unknown[]), { seq: 9999, at: 0, event: { type: 'bogus' } }],
      },
      /could not be replayed/,
    ],
    ['no events and a broken state', { ...archiveOf(), events: [], state: { code: 'X' } }, /state\./],
    ['a photo without data', { ...archiveOf(), photo: { mime: 'image/png' } }, /photo/],
  ])('refuses %s with a reason', (_what, json, reason) => {
    const r = readArchive(json);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(reason);
  });
});
