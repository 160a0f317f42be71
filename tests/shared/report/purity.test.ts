// The report model and renderers in shared/ run in the browser too: no Node APIs, no server code.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../fixtures/report/paths.js';

describe('shared report code', () => {
  it('imports nothing from Node or the server', () => {
    const dir = resolve(REPO_ROOT, 'shared/report');
    const files = [...readdirSync(dir).map((f) => resolve(dir, f)), resolve(REPO_ROOT, 'shared/archive.ts')];
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const imports = [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
      for (const i of imports) expect(i, f).toMatch(/^\.\.?\//);
      for (const i of imports) expect(i, f).not.toMatch(/server|node:/);
      expect(readFileSync(f, 'utf8'), f).not.toMatch(/\bBuffer\b|\bprocess\.|require\(/);
    }
  });
});
