// An empty brief gives the default definition and a warning per missing field.
import { describe, expect, it } from 'vitest';
import { defaultDefinition } from '../../../shared/definition.js';
import { importBrief } from '../../../shared/brief/importBrief.js';

describe('empty input', () => {
  it('returns the default definition with warnings', () => {
    for (const text of ['', '   \n\n\t\n']) {
      const r = importBrief(text);
      expect(r.definition).toEqual(defaultDefinition());
      expect(r.unrecognized).toEqual([]);
      expect(r.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no_title', 'no_date', 'no_speakers']));
    }
  });
});
