// Prints "N passed, N failed" from vitest's JSON reporter output (what CI reads). Exits 1 when
// any test failed or the results are missing.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, 'utf8'));
const passed = r.numPassedTests ?? 0;
const failed =
  (r.numFailedTests ?? 0) +
  (r.numRuntimeErrors ?? 0) +
  (r.testResults ?? []).filter((t) => t.status === 'failed' && !(t.assertionResults ?? []).length).length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
