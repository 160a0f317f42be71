// Oversized briefs are cut to the schema's limits, with a warning, instead of being rejected.
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/definition.js';
import { importBrief } from '../../../shared/brief/importBrief.js';
import { expectValid } from './helpers.js';

describe('schema limits', () => {
  it('keeps the first 30 speakers and cuts a 400-character title', () => {
    const speakers = Array.from(
      { length: 40 },
      (_, i) => `- Speaker Person${String.fromCharCode(65 + (i % 26))}, Org ${i} (France)`,
    ).join('\n');
    const r = importBrief(`Session title: ${'Long title '.repeat(40)}\n\nSpeakers:\n${speakers}\n`);
    expectValid(r.definition);
    expect(r.definition.speakers).toHaveLength(LIMITS.speakers);
    expect(r.definition.title.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(r.warnings).toContainEqual({ code: 'speakers_cut', params: { max: 30, found: 40 } });
    expect(r.warnings).toContainEqual({ code: 'field_cut', params: { field: 'title', max: LIMITS.shortText } });
  });
});
