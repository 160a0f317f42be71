// A closed question's result drawn for the projector and the console (loaded lazily: the phone
// never carries it). Every mark keeps its place as votes arrive (options in their order, words
// in alphabetical order, bars growing with a transition), so the picture updates without jumping.
import { For, Show } from 'solid-js';
import type { KindResult } from '../../shared/questionKinds.js';
import { tq } from '../i18n/polls.js';
import './charts.css';

/** One decimal, as a number: the translator writes it in the reader's language (3.7, 3,7). */
const one = (x: number | null): number | string => (x === null ? '–' : Math.round(x * 10) / 10);
const pct = (n: number, of: number) => (of ? Math.round((100 * n) / of) : 0);

export default function ResultChart(props: { result: KindResult; options: string[]; label: string; big?: boolean }) {
  return (
    <figure class="chart" classList={{ big: props.big }} aria-label={props.label} data-testid="result-chart">
      <Show when={props.result.respondents > 0} fallback={<p class="chart-empty">{tq('noVotes')}</p>}>
        <Body result={props.result} options={props.options} />
      </Show>
    </figure>
  );
}

function Body(props: { result: KindResult; options: string[] }) {
  const r = () => props.result;
  return (
    <>
      <Show when={r().kind === 'choice' && (r() as Extract<KindResult, { kind: 'choice' }>)}>
        {(c) => <Bars rows={choiceRows(c(), props.options)} of={c().respondents} />}
      </Show>
      <Show when={r().kind === 'scale' && (r() as Extract<KindResult, { kind: 'scale' }>)}>
        {(s) => <Scale result={s()} />}
      </Show>
      <Show when={r().kind === 'words' && (r() as Extract<KindResult, { kind: 'words' }>)}>
        {(w) => <Cloud result={w()} />}
      </Show>
      <Show when={r().kind === 'rank' && (r() as Extract<KindResult, { kind: 'rank' }>)}>
        {(k) => <Rank result={k()} options={props.options} />}
      </Show>
    </>
  );
}

function choiceRows(r: Extract<KindResult, { kind: 'choice' }>, options: string[]): [string, number][] {
  const rows: [string, number][] = r.counts.map((c, i) => [options[i] ?? '', c]);
  if (r.otherCount) rows.push([tq('other'), r.otherCount]);
  return rows;
}

/** Horizontal bars with counts and the share of respondents. */
function Bars(props: { rows: [string, number][]; of: number }) {
  const top = () => Math.max(1, ...props.rows.map((x) => x[1]));
  return (
    <ul class="hbars">
      <For each={props.rows.map((_, i) => i)}>
        {(i) => (
          <li>
            <span class="hb-label">
              <bdi>{props.rows[i]![0]}</bdi>
            </span>
            <span class="hb-track">
              <span class="hb-bar" style={{ width: `${(100 * props.rows[i]![1]) / top()}%` }} />
            </span>
            <span class="hb-value" data-testid="bar-value">
              {props.rows[i]![1]} · {pct(props.rows[i]![1], props.of)} %
            </span>
          </li>
        )}
      </For>
    </ul>
  );
}

/** The distribution of a scale, one column per value, with its mean and median. */
function Scale(props: { result: Extract<KindResult, { kind: 'scale' }> }) {
  const top = () => Math.max(1, ...props.result.counts);
  return (
    <div class="scale-chart">
      <p class="sc-stats" data-testid="scale-stats">
        {tq('meanMedian', { mean: one(props.result.mean), median: one(props.result.median) })}
      </p>
      <ol class="columns">
        <For each={props.result.counts.map((_, i) => i)}>
          {(i) => (
            <li>
              <span class="col-count">{props.result.counts[i]}</span>
              <span class="col" style={{ height: `${(100 * props.result.counts[i]!) / top()}%` }} />
              <span class="col-label">{props.result.min + i}</span>
            </li>
          )}
        </For>
      </ol>
    </div>
  );
}

/** Words sized by how many people gave them, in a stable (alphabetical) order. */
function Cloud(props: { result: Extract<KindResult, { kind: 'words' }> }) {
  const sorted = () => [...props.result.groups].sort((a, b) => a.label.localeCompare(b.label));
  const top = () => Math.max(1, ...props.result.groups.map((g) => g.count));
  return (
    <ul class="cloud" data-testid="word-cloud">
      <For each={sorted()}>
        {(g) => (
          <li style={{ 'font-size': `${1 + (2.6 * g.count) / top()}em` }} data-count={g.count}>
            <bdi>{g.label}</bdi>
            <span class="visually-hidden"> ({g.count})</span>
          </li>
        )}
      </For>
    </ul>
  );
}

/** Options by average position, best first. */
function Rank(props: { result: Extract<KindResult, { kind: 'rank' }>; options: string[] }) {
  const n = () => props.options.length;
  return (
    <ol class="rank-chart">
      <For each={props.result.order}>
        {(o) => {
          const x = () => props.result.averagePosition[o] ?? null;
          return (
            <li>
              <span class="hb-label">
                <bdi>{props.options[o]}</bdi>
              </span>
              <span class="hb-track">
                <span class="hb-bar" style={{ width: `${x() === null ? 0 : (100 * (n() + 1 - x()!)) / n()}%` }} />
              </span>
              <span class="hb-value">{tq('avgPosition', { x: one(x()) })}</span>
            </li>
          );
        }}
      </For>
    </ol>
  );
}
