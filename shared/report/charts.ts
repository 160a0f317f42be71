// The report's pictures: each closed question's chart with its numbers, the speaking-time chart
// under the speakers, and the participation timeline in an appendix. Added to the sections
// buildReport() made, so the forum template's text sections stay exactly as they were.
import { choiceChart, choiceRows } from '../charts/choice.js';
import { chartLabels, fill, type ChartLabels } from '../charts/labels.js';
import { rankChart } from '../charts/rank.js';
import { scaleChart } from '../charts/scale.js';
import { speakingTimeChart } from '../charts/speakingTime.js';
import { formatNumber, formatPercent, type Svg } from '../charts/svg.js';
import { timelineCaption, timelineChart } from '../charts/timeline.js';
import { wordCloudChart } from '../charts/wordCloud.js';
import { MAIN_QUESTION_ID } from '../definition.js';
import { exhaustive } from '../exhaustive.js';
import { closedResults, type ClosedResult } from '../results/closedResults.js';
import { sessionTimeline } from '../results/timeline.js';
import type { SessionState } from '../state.js';
import type { ReportChart } from './chartTypes.js';
import type { ReportSection, ReportSpeaker } from './types.js';

/** Words listed beside a cloud. */
export const TOP_WORDS = 15;

export function withCharts(sections: ReportSection[], state: SessionState, now: number): ReportSection[] {
  const lang = state.definition.language;
  const l = chartLabels(lang);
  const results = closedResults(state);
  const chartOf = (id: string): ReportChart | undefined => {
    const r = results.get(id);
    return r ? closedChart(r, l, lang) : undefined;
  };
  const out = sections.map((s): ReportSection => {
    switch (s.kind) {
      case 'mainAnswers': {
        // A closed question's answers are its chart: they hold no text to list.
        const chart = chartOf(MAIN_QUESTION_ID);
        return chart ? { ...s, answers: [], chart } : s;
      }
      case 'guidingAnswers':
        return {
          ...s,
          rounds: s.rounds.map((r) => ({
            ...r,
            questions: r.questions.map((q) => {
              const chart = chartOf(q.id);
              return chart ? { ...q, answers: [], chart } : q;
            }),
          })),
        };
      case 'speakers': {
        const chart = speakingChart(s.speakers, l);
        return chart ? { ...s, chart } : s;
      }
      default:
        return s;
    }
  });
  const timeline = sessionTimeline(state, now);
  if (timeline.bins.length) {
    const tz = state.definition.timeZone;
    const svg = timelineChart(timeline, l.participation, l, tz);
    out.push({
      kind: 'appendix',
      title: l.appendix,
      charts: [
        {
          title: l.participation,
          chart: chart('timeline', svg, l.participation, timelineCaption(timeline, l, tz), null),
        },
      ],
    });
  }
  return out;
}

function chart(
  kind: ReportChart['kind'],
  svg: Svg,
  alt: string,
  caption: string,
  table: ReportChart['table'],
  notes: string[] = [],
): ReportChart {
  return { kind, svg: svg.svg, width: svg.width, height: svg.height, alt, caption, table, notes };
}

/** Planned against spoken minutes, once at least one speaker took the floor. */
export function speakingChart(speakers: readonly ReportSpeaker[], l: ChartLabels): ReportChart | undefined {
  if (!speakers.some((s) => s.spokenMinutes !== null)) return undefined;
  const svg = speakingTimeChart(
    speakers.map((s) => ({ name: s.name, plannedMinutes: s.plannedMinutes, spokenMinutes: s.spokenMinutes })),
    l.speakingTime,
    l,
  );
  // The speakers table just above holds the numbers.
  return chart('speakingTime', svg, l.speakingTime, '', null);
}

export function closedChart({ question: q, result: r }: ClosedResult, l: ChartLabels, lang: string): ReportChart {
  const respondents = fill(l.respondents, { n: r.respondents });
  const options = q.options ?? [];
  const title = q.text;
  switch (r.kind) {
    case 'choice': {
      const rows = choiceRows(r, options, q, l);
      return chart(
        'choice',
        choiceChart(rows, title, lang),
        title,
        respondents,
        {
          head: [l.option, l.count, l.percent],
          rows: rows.map((x) => [x.label, String(x.count), formatPercent(x.percent, lang)]),
          numeric: [false, true, true],
        },
        r.others.map((o) => `${l.other}${lang === 'fr' ? '\u00A0: ' : ': '}${o}`),
      );
    }
    case 'scale': {
      const ends = { minLabel: q.minLabel ?? '', maxLabel: q.maxLabel ?? '' };
      const stats = [respondents];
      if (r.mean !== null) stats.push(`${l.mean} ${formatNumber(r.mean, lang)}`);
      if (r.median !== null) stats.push(`${l.median} ${formatNumber(r.median, lang)}`);
      return chart('scale', scaleChart(r, ends, title, l, lang), title, stats.join(' · '), {
        head: [l.value, l.count],
        rows: r.counts.map((c, i) => {
          const v = r.min + i;
          const end = v === r.min ? ends.minLabel : v === r.max ? ends.maxLabel : '';
          return [end ? `${v} (${end})` : String(v), String(c)];
        }),
        numeric: [false, true],
      });
    }
    case 'words':
      return chart('words', wordCloudChart(r.groups, title), title, respondents, {
        head: [l.word, l.count],
        rows: r.groups.slice(0, TOP_WORDS).map((g) => [g.label, String(g.count)]),
        numeric: [false, true],
      });
    case 'rank':
      return chart('rank', rankChart(r, options, title, lang), title, respondents, {
        head: [l.position, l.option, l.averagePosition],
        rows: r.order.map((o, i) => {
          const avg = r.averagePosition[o] ?? null;
          return [String(i + 1), options[o] ?? '', avg === null ? '—' : formatNumber(avg, lang)];
        }),
        numeric: [true, false, true],
      });
    default:
      return exhaustive(r, 'kind result');
  }
}
