// Builds the client once before the browser tests, into a folder of this run's own (so parallel
// runs never see each other's half-written build), and hands its path to the tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = resolve(__dirname, '../..');
  const dir = mkdtempSync(join(tmpdir(), 'palabre-dist-'));
  execFileSync(process.execPath, [resolve(root, 'scripts/build.mjs'), '--outDir', dir], {
    cwd: root,
    stdio: 'inherit',
  });
  project.provide('distDir', dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
