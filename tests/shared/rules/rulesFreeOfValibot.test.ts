// The phone asks shared/rules.ts what it may do: its import graph must not reach valibot (the
// schemas), or the participant bundle would carry them (40 KB gzip budget, `npm run build`).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Modules a file loads at run time: `import`/`export … from` that are not type-only. */
function runtimeImports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)';/gms)) out.push(m[1]!);
  return out;
}

function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(file)) {
      if (!spec.startsWith('.')) seen.add(spec);
      else visit(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
    }
  };
  visit(resolve(entry));
  return seen;
}

describe('shared/rules.ts', () => {
  it('loads no schema code (valibot), so the phone can ask it', () => {
    const deps = graph('shared/rules.ts');
    expect([...deps].filter((d) => !d.startsWith('/'))).toEqual([]);
    expect([...deps].some((d) => d.endsWith('/shared/definition.ts') || d.endsWith('/shared/commands.ts'))).toBe(false);
  });

  it('the check sees a schema import when there is one', () => {
    expect(graph('shared/definition.ts').has('valibot')).toBe(true);
  });
});
