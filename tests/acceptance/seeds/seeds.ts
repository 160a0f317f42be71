// The seed documents of the acceptance suite: real briefs and a real filled-in report from a forum,
// kept outside the repository in ../shared/seeds (beside the checkout; CI has it). PALABRE_SEEDS
// names another folder holding them. Where they are absent the suite is skipped, and says so.
// A skipped suite still runs its describe bodies to collect its tests: without the seeds, seedText
// gives '' so that collection never fails; no test runs on it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BriefImport, importBrief } from '../../../shared/brief/importBrief.js';

/** The repository root: the parent of tests/. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SEEDS_DIR = process.env.PALABRE_SEEDS
  ? resolve(process.env.PALABRE_SEEDS)
  : resolve(REPO_ROOT, '../shared/seeds');

/** The English brief (its speakers' descriptions in French). */
export const ENGLISH_SEED = resolve(SEEDS_DIR, '000_2620c86ca3cdae7a.txt');
/** The rapporteur's filled-in report from the forum (mostly French). */
export const REPORT_SEED = resolve(SEEDS_DIR, '001_989e595b944fb8a6.txt');
/** The French brief. */
export const FRENCH_SEED = resolve(SEEDS_DIR, '002_05ae41e14bc221b1.txt');

export const seedsPresent = [ENGLISH_SEED, REPORT_SEED, FRENCH_SEED].every((f) => existsSync(f));

if (!seedsPresent) {
  console.warn(
    `seed acceptance suite skipped: ../shared/seeds not found beside the repository (looked in ${SEEDS_DIR}; set PALABRE_SEEDS to the folder holding the seeds)`,
  );
}

const texts = new Map<string, string>();
/** The text of a seed document, read once ('' when the seeds are absent and the suite skipped). */
export function seedText(path: string): string {
  if (!seedsPresent) return '';
  let text = texts.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8');
    texts.set(path, text);
  }
  return text;
}

/** The rapporteur's filled-in report from the forum. */
export const seedReportText = (): string => seedText(REPORT_SEED);

/** A seed brief through the importer. */
export const importSeed = (path: string): BriefImport => importBrief(seedText(path));
