// The report as Markdown (CommonMark + GFM), laid out like the forum template. Every piece of
// session text goes through escapeMarkdown, so it renders exactly as typed and never as markup.
import { exhaustive } from '../exhaustive.js';
import { escapeMarkdown as esc } from './escape.js';
import { photoSources, safeImageSrc } from './imageSrc.js';
import { appendixMarkdown, chartMarkdown } from './markdownCharts.js';
import type { ReportLabels } from './labels.js';
import type { NoteList } from './lines.js';
import { answerBody, aqLabel, audienceQuestionMeta, eventLine, flagTexts, isEmptySection } from './parts.js';
import {
  personLine,
  type ReportAnswer,
  type ReportAudienceQuestion,
  type ReportModel,
  type ReportSection,
  type ReportSpeaker,
} from './types.js';
import { formatMinutes } from './format.js';

export interface MarkdownOptions {
  /** The photo's address (a path beside the file, or a data URL); without it the photo is left out. */
  photoSrc?: string;
  /** Several photos' addresses, shown after `photoSrc`. */
  photoSrcs?: string[];
  /** The forum's logo (a path beside the file), at the head of a forum session's report. */
  logoSrc?: string;
}

export function renderMarkdown(model: ReportModel, opts: MarkdownOptions = {}): string {
  const l = model.labels;
  const blocks = model.sections
    .map((s) => (isEmptySection(s) && 'title' in s ? h2(s.title, `*${esc(l.empty)}*`) : section(s, l, opts)))
    .filter((b) => b.length > 0);
  blocks.push('---', `*${esc(model.footer)}*`);
  return `${blocks.join('\n\n')}\n`;
}

function section(s: ReportSection, l: ReportLabels, opts: MarkdownOptions): string {
  switch (s.kind) {
    case 'header': {
      const lines: string[] = [];
      const logo = safeImageSrc(opts.logoSrc);
      if (logo) lines.push(`![${esc(s.forum || 'Logo')}](<${logo}>)`);
      if (s.theme) lines.push(`*${esc(s.theme)}*`);
      const event = eventLine(s, esc);
      if (event) lines.push(event);
      lines.push(`# ${esc(s.heading)}`);
      return lines.join('\n\n');
    }
    case 'facts':
      return s.facts.map((f) => `- **${esc(f.label)}**${l.colon}${esc(f.value, '  ')}`).join('\n');
    case 'moderator':
      return h2(s.title, s.moderator ? esc(personLine(s.moderator, l)) : '');
    case 'speakers':
      return h2(
        s.title,
        [s.speakers.map((sp) => speaker(sp, l)).join('\n'), s.chart ? chartMarkdown(s.chart) : '']
          .filter(Boolean)
          .join('\n\n'),
      );
    case 'mainQuestion':
      return h2(s.title, esc(s.text));
    case 'summaries':
      return h2(
        s.title,
        s.summaries
          .map((sum) => [`### ${esc(sum.name)}`, noteLines(sum.notes, '').join('\n')].filter(Boolean).join('\n\n'))
          .join('\n\n'),
      );
    case 'mainAnswers':
      return h2(
        s.title,
        s.chart
          ? chartMarkdown(s.chart)
          : s.answers.length
            ? s.answers.map((a) => mainAnswer(a, l)).join('\n')
            : `*${esc(l.noAnswers)}*`,
      );
    case 'guidingAnswers':
      return h2(
        s.title,
        s.rounds
          .map((r) =>
            [
              `### ${esc(r.title)}`,
              ...r.questions.map((q) =>
                [
                  `#### ${q.number}. ${esc(q.text)}`,
                  q.chart
                    ? chartMarkdown(q.chart)
                    : q.answers.length
                      ? q.answers.map((a) => shortAnswer(a, l)).join('\n')
                      : `*${esc(l.noAnswers)}*`,
                ].join('\n\n'),
              ),
            ].join('\n\n'),
          )
          .join('\n\n'),
      );
    case 'keyMessages':
      return h2(s.title, s.answers.map((a) => shortAnswer(a, l)).join('\n'));
    case 'themes':
      return h2(
        s.title,
        s.themes
          .map(
            (th) => `### ${esc(`${th.name} (${th.count})`)}\n\n${th.answers.map((a) => shortAnswer(a, l)).join('\n')}`,
          )
          .join('\n\n'),
      );
    case 'audienceQuestions':
      return h2(s.title, s.questions.map((q) => audienceQuestion(q, l)).join('\n'));
    case 'conclusion':
      return h2(s.title, s.paragraphs.map((p) => esc(p)).join('\n\n'));
    case 'photo': {
      const srcs = photoSources(opts);
      return h2(
        s.title,
        srcs.length ? srcs.map((src) => `![${esc(s.title)}](<${src}>)`).join('\n\n') : `*${esc(l.noPhoto)}*`,
      );
    }
    case 'appendix':
      return appendixMarkdown(s);
    default:
      return exhaustive(s, 'report section');
  }
}

function h2(title: string, body: string): string {
  return body ? `## ${esc(title)}\n\n${body}` : `## ${esc(title)}`;
}

function flag(x: { highlight: boolean; featured?: boolean }, l: ReportLabels): string {
  return flagTexts(x, l)
    .map((f) => `**${esc(f)}** `)
    .join('');
}

/** A nested list: each level indented under its parent's text, numbers kept. */
function noteLines(list: NoteList, indent: string): string[] {
  return list.items.flatMap((item, i) => {
    const marker = list.ordered ? `${list.start + i}. ` : '- ';
    const pad = indent + ' '.repeat(marker.length);
    return [`${indent}${marker}${esc(item.text, pad)}`, ...(item.children ? noteLines(item.children, pad) : [])];
  });
}

function speaker(sp: ReportSpeaker, l: ReportLabels): string {
  const where = [sp.organization, sp.country].filter(Boolean).join(', ');
  const who = where ? `**${esc(sp.name)}** (${esc(where)})` : `**${esc(sp.name)}**`;
  const talk = sp.talkTitle ? `${l.colon}${esc(sp.talkTitle, '  ')}` : '';
  const times = [`${esc(l.planned)}${l.colon}${formatMinutes(sp.plannedMinutes)}`];
  if (sp.spokenMinutes !== null) times.push(`${esc(l.spoken)}${l.colon}${formatMinutes(sp.spokenMinutes)}`);
  return `- ${who}${talk}\\\n  *${times.join(' · ')}*`;
}

/** The template's own form: numbered, one field per line. */
function mainAnswer(a: ReportAnswer, l: ReportLabels): string {
  const marker = `${a.number}. `;
  const pad = ' '.repeat(marker.length);
  const name = a.person.anonymous ? l.anonymous : a.person.name;
  const fields = [`**${esc(a.person.mark || l.fullName)}**${l.colon}${esc(name)}`];
  if (a.person.organization) fields.push(`**${esc(l.organization)}**${l.colon}${esc(a.person.organization)}`);
  if (a.person.country) fields.push(`**${esc(l.country)}**${l.colon}${esc(a.person.country)}`);
  fields.push(`**${esc(l.answer)}**${l.colon}${esc(answerBody(a), pad)}`);
  return `${marker}${flag(a, l)}${fields.join(`\\\n${pad}`)}`;
}

/** Guiding-question answers, many per question: one line each. */
function shortAnswer(a: ReportAnswer, l: ReportLabels): string {
  const marker = `${a.number}. `;
  const pad = ' '.repeat(marker.length);
  return `${marker}${flag(a, l)}**${esc(personLine(a.person, l))}**${l.colon}${esc(answerBody(a), pad)}`;
}

function audienceQuestion(q: ReportAudienceQuestion, l: ReportLabels): string {
  const meta = audienceQuestionMeta(q, l, esc);
  const lines = [`- ${flag(q, l)}**${esc(aqLabel(q, l))}**${l.colon}${esc(q.text, '  ')}\\\n  *${meta.join(' · ')}*`];
  // As the forum's report writes several: the first reply under "Answer:", the others after it.
  q.replies.forEach((r, i) => {
    const label = i === 0 ? `**${esc(l.answer)}**${l.colon}` : '';
    const by = r.by ? `${esc(r.by)}${l.colon}` : '';
    lines.push(`  - ${label}${by}${esc(r.gist, '    ')}`);
  });
  return lines.join('\n');
}
