// A right-to-left override (U+202E) in what a participant typed must not reorder the report text
// that follows it: in the HTML report (and its preview) every such string is isolated (FSI … PDI).
import { describe, expect, it } from 'vitest';
import { isolate } from '../../../shared/bidi.js';
import { renderHtml } from '../../../shared/report/html.js';
import { buildReport } from '../../../shared/report/model.js';
import { Harness, MODERATOR } from '../../helpers/domain.js';

const RLO = '\u202E';

/** Positions of U+202E not enclosed in an isolate (FSI/LRI/RLI … PDI). */
function unisolated(s: string): number[] {
  const bad: number[] = [];
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\u2066' || c === '\u2067' || c === '\u2068') depth++;
    else if (c === '\u2069') depth = Math.max(0, depth - 1);
    else if (c === RLO && depth === 0) bad.push(i);
  }
  // An isolate never closed does not contain anything for sure: count what it held as unisolated.
  return depth === 0 ? bad : [...bad, -1];
}

describe('bidi isolation in the HTML report', () => {
  it('isolates every name, organization, country, answer and audience question', () => {
    const h = new Harness({ moderation: 'publish' });
    const [p1] = h.joinAll('p1');
    h.ok(p1!, {
      type: 'profile:set',
      name: `Eve${RLO}evE`,
      organization: `${RLO}EMCA`,
      country: `${RLO}ecnarF`,
      language: 'en',
      anonymous: false,
    });
    h.ok(MODERATOR, { type: 'answering:open', questionIds: ['main'] });
    h.ok(p1!, { type: 'answer:submit', answerId: 'a1', questionId: 'main', text: `${RLO}000,01$ paid` });
    h.ok(MODERATOR, { type: 'audience:toggle', open: true });
    h.ok(p1!, { type: 'aq:ask', questionId: 'q1', speakerId: null, text: `${RLO}?yhw` });
    const html = renderHtml(buildReport(h.state, h.now));
    expect(html.split(RLO).length - 1).toBeGreaterThanOrEqual(5);
    expect(unisolated(html)).toEqual([]);
  });

  it('isolate: plain text as is; right-to-left text and controls wrapped, without a way out', () => {
    expect(isolate('Ann Lee')).toBe('Ann Lee');
    expect(isolate(`a${RLO}b`)).toBe(`\u2068a${RLO}b\u2069`);
    expect(isolate('سلام')).toBe('\u2068سلام\u2069');
    // A PDI of its own cannot close the isolate early.
    expect(unisolated(isolate(`\u2069${RLO}x`))).toEqual([]);
  });
});
