// `palabre import-brief` on the English seed brief: the definition as JSON on stdout, the warnings
// on stderr.
import { describe, expect, it } from 'vitest';
import { importBriefCommand } from '../../../server/cli/importBrief.js';
import { parseDefinition } from '../../../shared/definition.js';
import { ENGLISH_SEED, seedsPresent } from './seeds.js';

describe.skipIf(!seedsPresent)('import-brief command with the English seed brief', () => {
  it('prints the definition of a seed brief as JSON and its warnings on stderr', async () => {
    let stdout = '';
    let stderr = '';
    const code = await importBriefCommand([ENGLISH_SEED], {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
    });
    expect(code).toBe(0);
    const r = parseDefinition(JSON.parse(stdout));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const d = r.definition;
    expect(d.title).toBe('Innovative Partnerships for the Co-construction of SSE Ecosystems in the Territories');
    expect(d.speakers.map((s) => s.name)).toEqual(['Ben Amar Zeghadi', 'Malick Diop', 'Pascal Duforestel']);
    expect(stdout).toContain('\n  "title": ');
    expect(stderr).toContain('warning: No time zone named; times are taken as UTC.');
  });
});
