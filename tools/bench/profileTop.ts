// Reads a V8 .cpuprofile (from `palabre bench --profile DIR`) and prints the top frames by self
// time and by total time: `npx tsx tools/bench/profileTop.ts DIR/CPU.*.cpuprofile [count] [from to]`,
// `from`/`to` in seconds since the profile started (one phase of the run: the profile starts with
// the server process, just before the bench's "palabre: connecting" line).
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export function topFrames(p: Profile, count = 25, window?: { fromS: number; toS: number }): string {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  let at = 0;
  let windowMs = 0;
  p.samples.forEach((id, i) => {
    const ms = (p.timeDeltas[i] ?? 0) / 1000;
    at += ms;
    if (window && (at < window.fromS * 1000 || at >= window.toS * 1000)) return;
    windowMs += ms;
    selfMs.set(id, (selfMs.get(id) ?? 0) + ms);
  });
  const label = (n: Node) => {
    const f = n.callFrame;
    const file = f.url.replace(/^.*\/(node_modules\/)?/, (m) => (m.includes('node_modules') ? 'nm/' : ''));
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const n = byId.get(id)!;
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    // Inclusive time: once per distinct frame on the stack.
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  const wall = window ? windowMs : (p.endTime - p.startTime) / 1000;
  const fmt = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([l, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((ms / wall) * 100).toFixed(1).padStart(5)}%  ${l}`)
      .join('\n');
  const span = window ? ` (seconds ${window.fromS}–${window.toS})` : '';
  return `profile: ${wall.toFixed(0)} ms wall${span}\n\nself time:\n${fmt(self)}\n\ntotal time:\n${fmt(total)}\n`;
}

if (process.argv[1]?.endsWith('profileTop.ts')) {
  const [file, n, from, to] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: tsx tools/bench/profileTop.ts <file.cpuprofile> [count] [fromSeconds toSeconds]\n');
    process.exit(2);
  }
  const window = from !== undefined && to !== undefined ? { fromS: Number(from), toS: Number(to) } : undefined;
  process.stdout.write(topFrames(JSON.parse(readFileSync(file, 'utf8')) as Profile, n ? Number(n) : 25, window));
}
