// `tools/bench/allocationTop.ts` reads a sampling heap profile: self sizes add up per function,
// and a function's total counts what its callees allocated, once even when it recurses.
import { describe, expect, it } from 'vitest';
import { topAllocations } from '../../../tools/bench/allocationTop.js';

const MB = 1048576;
const frame = (functionName: string, url: string, selfSize: number, children: unknown[] = []) => ({
  callFrame: { functionName, url, lineNumber: 0 },
  selfSize,
  children,
});

describe('allocationTop', () => {
  it('ranks functions by the bytes they and their callees allocated', () => {
    const head = frame('(root)', '', 0, [
      frame('tick', 'file:///x/server/committer.ts', 1 * MB, [
        frame('walk', 'file:///x/shared/visibility.ts', 2 * MB, [
          frame('walk', 'file:///x/shared/visibility.ts', 3 * MB),
        ]),
      ]),
      frame('send', 'file:///x/node_modules/ws/lib/sender.js', 4 * MB),
    ]);
    const out = topAllocations(head as Parameters<typeof topAllocations>[0], 10);
    expect(out).toContain('allocated (sampled): 10.0 MB');
    const [self, total] = out.split('total size:');
    // Self: walk's two frames add up (5 MB), ahead of send (4 MB).
    expect(self).toMatch(/5\.0 MB\s+50\.0%\s+walk visibility\.ts:1\n\s+4\.0 MB\s+40\.0%\s+send nm\/sender\.js:1/);
    // Total: tick holds walk's 5 MB and its own; the recursive walk is counted once.
    expect(total).toMatch(/6\.0 MB\s+60\.0%\s+tick committer\.ts:1/);
    expect(total).toMatch(/5\.0 MB\s+50\.0%\s+walk visibility\.ts:1/);
  });
});
