// A revealed result on the phone: plain bars, no chart library (the projector draws the charts).
import { For, Show } from 'solid-js';
import type { KindResult } from '../../shared/questionKinds.js';
import { t } from '../i18n/participantPolls.js';

/** One decimal, as a number: the translator writes it in the reader's language (3.7, 3,7). */
const one = (x: number | null): number | string => (x === null ? '–' : Math.round(x * 10) / 10);

/** Label, bar length, and what is written beside it. */
function rows(r: KindResult, options: string[]): [string, number, string][] {
  switch (r.kind) {
    case 'choice':
      return [...r.counts, ...(r.otherCount ? [r.otherCount] : [])].map((c, i) => [
        options[i] ?? t('other'),
        c,
        `${c}`,
      ]);
    case 'scale':
      return r.counts.map((c, i) => [`${r.min + i}`, c, `${c}`]);
    case 'words':
      return r.groups.slice(0, 10).map((g) => [g.label, g.count, `${g.count}`]);
    case 'rank':
      return r.order.map((o) => {
        const x = r.averagePosition[o] ?? null;
        return [options[o]!, x === null ? 0 : options.length + 1 - x, t('position', { x: one(x) })];
      });
  }
}

export function ResultBars(props: { result: KindResult; options: string[] }) {
  const list = () => rows(props.result, props.options);
  const top = () => Math.max(1, ...list().map((r) => r[1]));
  const mean = () => {
    const r = props.result;
    return r.kind === 'scale' ? t('mean', { mean: one(r.mean), median: one(r.median) }) : '';
  };
  return (
    <section class="results" data-testid="results">
      <h4>
        {t('results')} · {t('answers', { count: props.result.respondents })}
      </h4>
      <Show when={mean()}>
        <p class="hint">{mean()}</p>
      </Show>
      <ul>
        <For each={list()}>
          {([label, n, note]) => (
            <li>
              <span class="bar-label">
                <bdi>{label}</bdi> <b>{note}</b>
              </span>
              <span class="bar" style={{ width: `${(100 * n) / top()}%` }} />
            </li>
          )}
        </For>
      </ul>
    </section>
  );
}
