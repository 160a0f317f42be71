// The charts as SVG text: participant text escaped (never markup), the numbers drawn, and the same
// input always giving the same picture.
import { describe, expect, it } from 'vitest';
import { choiceChart, choiceRows } from '../../../shared/charts/choice.js';
import { chartLabels } from '../../../shared/charts/labels.js';
import { rankChart } from '../../../shared/charts/rank.js';
import { scaleChart } from '../../../shared/charts/scale.js';
import { speakingTimeChart } from '../../../shared/charts/speakingTime.js';
import { timelineChart } from '../../../shared/charts/timeline.js';
import { layoutCloud, wordCloudChart } from '../../../shared/charts/wordCloud.js';
import { participationTimeline } from '../../../shared/results/timeline.js';
import { tallyKind } from '../../../shared/results/tally.js';

const l = chartLabels('en');
const EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
const noMarkup = (svg: string): void => {
  expect(svg).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
  // Only the elements the charts draw.
  const tags = new Set([...svg.matchAll(/<([a-z]+)[\s>/]/g)].map((m) => m[1]));
  for (const t of tags) expect(['svg', 'title', 'rect', 'text', 'line', 'path']).toContain(t);
};

describe('SVG charts', () => {
  it('choice: bars with counts and percentages, option labels escaped', () => {
    const q = { kind: 'choice' as const, options: ['Vélo', EVIL, 'Bus'], other: true };
    const r = tallyKind(q, [{ choices: [0] }, { choices: [0] }, { choices: [1] }, { otherText: 'Train' }], 'en');
    if (r?.kind !== 'choice') throw new Error('choice');
    const rows = choiceRows(r, q.options, q, l);
    expect(rows.map((x) => [x.label, x.count, x.percent])).toEqual([
      ['Vélo', 2, 50],
      [EVIL, 1, 25],
      ['Bus', 0, 0],
      ['Other', 1, 25],
    ]);
    const { svg } = choiceChart(rows, EVIL, 'en');
    noMarkup(svg);
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('2 · 50%');
    expect(svg).toContain('0 · 0%');
    expect(choiceChart(rows, EVIL, 'en').svg).toBe(svg);
  });

  it('scale: one bar per value, the mean and median named, end labels escaped', () => {
    const r = tallyKind({ kind: 'scale', min: 0, max: 10 }, [{ value: 7 }, { value: 8 }, { value: 10 }], 'fr');
    if (r?.kind !== 'scale') throw new Error('scale');
    const { svg } = scaleChart(r, { minLabel: EVIL, maxLabel: 'Très' }, 'Q', chartLabels('fr'), 'fr');
    noMarkup(svg);
    expect(svg).toContain('moyenne 8,3');
    expect(svg).toContain('médiane 8');
    // 11 values on the axis.
    for (let v = 0; v <= 10; v++) expect(svg).toContain(`>${v}</text>`);
  });

  it('word cloud: words escaped, laid out without overlap, the same every time', () => {
    const r = tallyKind(
      { kind: 'words' },
      [{ words: ['énergie', EVIL] }, { words: ['Énergies', 'partage'] }, { words: ['soleil', 'partage', 'énergie'] }],
      'fr',
    );
    if (r?.kind !== 'words') throw new Error('words');
    const placed = layoutCloud(r.groups, 480, 280);
    expect(placed.map((p) => p.label)).toEqual(r.groups.map((g) => g.label));
    expect(placed[0]?.size).toBeGreaterThan(placed[placed.length - 1]?.size ?? 99);
    const { svg } = wordCloudChart(r.groups, 'cloud');
    noMarkup(svg);
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(wordCloudChart(r.groups, 'cloud').svg).toBe(svg);
  });

  it('rank: options best first with their average position', () => {
    const q = { kind: 'rank' as const, options: ['A', EVIL, 'C'] };
    const r = tallyKind(q, [{ order: [1, 0, 2] }, { order: [1, 2, 0] }], 'en');
    if (r?.kind !== 'rank') throw new Error('rank');
    const { svg } = rankChart(r, q.options, 'rank', 'en');
    noMarkup(svg);
    expect(svg.indexOf('1. &lt;script')).toBeGreaterThan(0);
    expect(svg).toContain('>2.5</text>');
  });

  it('speaking time: planned and spoken minutes per speaker', () => {
    const { svg } = speakingTimeChart(
      [
        { name: EVIL, plannedMinutes: 10, spokenMinutes: 12 },
        { name: 'Ana', plannedMinutes: 8, spokenMinutes: null },
      ],
      'time',
      l,
    );
    noMarkup(svg);
    expect(svg).toContain('>10 min<');
    expect(svg).toContain('>12 min<');
    expect(svg).toContain('>8 min<');
  });

  it('timeline: phones joined and answers per minute on a time axis', () => {
    const t0 = Date.UTC(2024, 4, 21, 14, 0);
    const t = participationTimeline([t0, t0 + 30_000], [t0 + 61_000, t0 + 62_000, t0 + 300_000], t0 + 600_000, 0);
    const { svg } = timelineChart(t, 'timeline', l, 'UTC');
    noMarkup(svg);
    expect(svg).toContain('>14:00</text>');
    expect(svg).toContain('Answers per minute');
    expect(timelineChart(t, 'timeline', l, 'UTC').svg).toBe(svg);
  });
});

describe('timeline axis', () => {
  it('puts its times on whole, round minutes', async () => {
    const { minuteTicks } = await import('../../../shared/charts/timeline.js');
    const t0 = Date.UTC(2024, 4, 21, 14, 0, 20);
    expect(minuteTicks(t0, t0 + 60_000).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(['14:01']);
    const long = minuteTicks(t0, t0 + 90 * 60_000);
    expect(long.length).toBeLessThanOrEqual(7);
    expect(long.every((t) => t % (15 * 60_000) === 0)).toBe(true);
  });
});
