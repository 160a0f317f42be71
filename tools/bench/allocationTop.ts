// Reads a sampling heap profile (from `palabre bench --alloc-profile DIR`) and prints the functions
// that allocated the most bytes, by self size and by total size (their callees included):
// `npx tsx tools/bench/allocationTop.ts DIR/ALLOC.*.heapprofile [count]`.
import { readFileSync } from 'node:fs';

interface AllocNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocNode[];
}

const label = (n: AllocNode) => {
  const url = n.callFrame.url.replace(/\?.*$/, '');
  const file = `${url.includes('/node_modules/') ? 'nm/' : ''}${url.replace(/^.*\//, '')}`;
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
};

export function topAllocations(head: AllocNode, count = 30): string {
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const walk = (n: AllocNode, onStack: Set<string>): number => {
    const key = label(n);
    self.set(key, (self.get(key) ?? 0) + n.selfSize);
    const inner = new Set(onStack).add(key);
    let sum = n.selfSize;
    for (const c of n.children) sum += walk(c, inner);
    // A recursive frame counts its subtree once.
    if (!onStack.has(key)) total.set(key, (total.get(key) ?? 0) + sum);
    return sum;
  };
  const all = walk(head, new Set());
  const mb = (b: number) => `${(b / 1048576).toFixed(1).padStart(8)} MB ${((100 * b) / all).toFixed(1).padStart(5)}%`;
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, v]) => `${mb(v)}  ${k}`)
      .join('\n');
  return `allocated (sampled): ${(all / 1048576).toFixed(1)} MB\n\nself size:\n${top(self)}\n\ntotal size:\n${top(total)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, count] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: allocationTop.ts FILE.heapprofile [count]\n');
    process.exit(2);
  }
  const p = JSON.parse(readFileSync(file, 'utf8')) as { head: AllocNode };
  process.stdout.write(topAllocations(p.head, count ? Number(count) : 30));
}
