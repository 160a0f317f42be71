// The project's own brief fixtures (tests/fixtures/briefs) and checks shared by the brief tests.
// The seed briefs beside the repository belong to the acceptance suite: tests/acceptance/seeds.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDefinition, type SessionDefinition } from '../../../shared/definition.js';
import { importBrief, type BriefImport } from '../../../shared/brief/importBrief.js';

/** The repository root: the parent of tests/. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const fixturesDir = resolve(repoRoot, 'tests/fixtures/briefs');

export function importFile(path: string): BriefImport {
  return importBrief(readFileSync(path, 'utf8'));
}

export function importFixture(name: string): BriefImport {
  return importFile(resolve(fixturesDir, name));
}

/** The definition must be accepted as-is by the API's validator. */
export function expectValid(definition: SessionDefinition): void {
  const r = parseDefinition(definition);
  if (!r.ok) throw new Error(`invalid definition: ${JSON.stringify(r.issues)}`);
}

export function questionTexts(definition: SessionDefinition): string[][] {
  return definition.rounds.map((r) => r.questions.map((q) => q.text));
}
