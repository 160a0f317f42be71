// The report as one self-contained, printable HTML document. Every piece of session text goes
// through escapeHtml; nothing a participant typed can become markup, an attribute or a script.
import { isolate } from '../bidi.js';
import { exhaustive } from '../exhaustive.js';
import { escapeHtml } from './escape.js';
import { appendixHtml, CHART_CSS, chartFigure } from './htmlCharts.js';
import { REPORT_CSS } from './htmlStyle.js';
import { photoSources, safeImageSrc } from './imageSrc.js';
import type { ReportLabels } from './labels.js';
import type { NoteList } from './lines.js';
import {
  answerBody,
  aqLabel,
  audienceQuestionMeta,
  eventLine,
  flagTexts,
  isEmptySection,
  isTimeColumn,
  mainAnswerFields,
  speakersGrid,
} from './parts.js';
import {
  personLine,
  type ReportAnswer,
  type ReportAudienceQuestion,
  type ReportModel,
  type ReportPerson,
  type ReportSection,
  type ReportSpeaker,
} from './types.js';

export interface HtmlOptions {
  /** The photo's address, usually a data URL so the file stands alone; without it the photo is left out. */
  photoSrc?: string;
  /** Several photos' addresses, shown after `photoSrc`. */
  photoSrcs?: string[];
  /** The forum's logo (a data URL), at the head of a forum session's report. */
  logoSrc?: string;
}

/** Escaped text with its line breaks kept. */
const t = (s: string): string => escapeHtml(s).replace(/\r?\n/g, '<br>\n');

export function renderHtml(model: ReportModel, opts: HtmlOptions = {}): string {
  const l = model.labels;
  const body = model.sections
    .map((s) =>
      isEmptySection(s) && 'title' in s
        ? wrap(s.kind, s.title, `<p class="empty">${t(l.empty)}</p>`)
        : section(isolated(s), l, opts),
    )
    .join('\n');
  return `<!doctype html>
<html lang="${model.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t(`${l.report} — ${model.documentTitle}`)}</title>
<style>${REPORT_CSS}${CHART_CSS}</style>
</head>
<body>
<main>
${body}
<footer>${t(model.footer)}</footer>
</main>
</body>
</html>
`;
}

/** Inline, so reports without a logo keep their stylesheet byte for byte. */
const LOGO_STYLE = 'display:block;max-width:14em;max-height:4.5em;margin-bottom:.6em';

function section(s: ReportSection, l: ReportLabels, opts: HtmlOptions): string {
  switch (s.kind) {
    case 'header': {
      const event = eventLine(s);
      const logo = safeImageSrc(opts.logoSrc);
      return [
        '<header class="event">',
        logo ? `<img class="logo" src="${escapeHtml(logo)}" alt="${t(s.forum || 'Logo')}" style="${LOGO_STYLE}">` : '',
        s.theme ? `<p class="theme">${t(s.theme)}</p>` : '',
        event ? `<p class="forum">${t(event)}</p>` : '',
        `<h1>${t(s.heading)}</h1>`,
        '</header>',
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'facts':
      return `<table class="facts">\n<tbody>\n${s.facts
        .map((f) => `<tr><th scope="row">${t(f.label)}</th><td>${t(f.value)}</td></tr>`)
        .join('\n')}\n</tbody>\n</table>`;
    case 'moderator':
      return wrap(s.kind, s.title, s.moderator ? `<p>${t(personLine(s.moderator, l))}</p>` : '');
    case 'speakers':
      return wrap(
        s.kind,
        s.title,
        [s.speakers.length ? speakersTable(s.speakers, l) : '', s.chart ? chartFigure(s.chart) : '']
          .filter(Boolean)
          .join('\n'),
      );
    case 'mainQuestion':
      return wrap(s.kind, s.title, s.text ? `<p>${t(s.text)}</p>` : '');
    case 'summaries':
      return wrap(
        s.kind,
        s.title,
        s.summaries
          .map((sum) => `<h3>${t(sum.name)}</h3>${sum.notes.items.length ? `\n${noteList(sum.notes)}` : ''}`)
          .join('\n'),
      );
    case 'mainAnswers':
      return wrap(s.kind, s.title, s.chart ? chartFigure(s.chart) : answerList(s.answers, l, mainAnswer));
    case 'guidingAnswers':
      return wrap(
        s.kind,
        s.title,
        s.rounds
          .map((r) =>
            [
              `<h3>${t(r.title)}</h3>`,
              ...r.questions.map(
                (q) =>
                  `<h4>${q.number}. ${t(q.text)}</h4>\n${q.chart ? chartFigure(q.chart) : answerList(q.answers, l, shortAnswer)}`,
              ),
            ].join('\n'),
          )
          .join('\n'),
      );
    case 'keyMessages':
      return wrap(s.kind, s.title, answerList(s.answers, l, shortAnswer));
    case 'themes':
      return wrap(
        s.kind,
        s.title,
        s.themes
          .map((th) => `<h3>${t(`${th.name} (${th.count})`)}</h3>\n${answerList(th.answers, l, shortAnswer)}`)
          .join('\n'),
      );
    case 'audienceQuestions':
      return wrap(
        s.kind,
        s.title,
        s.questions.length
          ? `<ul class="audience">\n${s.questions.map((q) => audienceQuestion(q, l)).join('\n')}\n</ul>`
          : '',
      );
    case 'conclusion':
      return wrap(s.kind, s.title, s.paragraphs.map((p) => `<p>${t(p)}</p>`).join('\n'));
    case 'photo': {
      const srcs = photoSources(opts);
      const body = srcs.length
        ? srcs.map((src) => `<figure><img src="${escapeHtml(src)}" alt="${t(s.title)}"></figure>`).join('\n')
        : `<p class="empty">${t(l.noPhoto)}</p>`;
      return wrap(s.kind, s.title, body);
    }
    case 'appendix':
      return appendixHtml(s);
    default:
      return exhaustive(s, 'report section');
  }
}

function wrap(kind: string, title: string, body: string): string {
  return `<section class="${kind}">\n<h2>${t(title)}</h2>${body ? `\n${body}` : ''}\n</section>`;
}

function speakersTable(speakers: ReportSpeaker[], l: ReportLabels): string {
  const grid = speakersGrid(speakers, l);
  const num = (col: number): string => (isTimeColumn(col) ? ' class="num"' : '');
  const head = grid.head.map((h, i) => `<th scope="col"${num(i)}>${t(h)}</th>`).join('');
  const rows = grid.rows.map((cells) => `<tr>${cells.map((c, i) => `<td${num(i)}>${t(c)}</td>`).join('')}</tr>`);
  return `<table class="speakers">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function flag(x: { highlight: boolean; featured?: boolean }, l: ReportLabels): string {
  return flagTexts(x, l)
    .map((f) => `<span class="flag">${t(f)}</span>`)
    .join('');
}

/** The rapporteur's notes as nested <ul>/<ol>, numbers kept. */
function noteList(list: NoteList): string {
  const items = list.items.map((i) => `<li>${t(i.text)}${i.children ? `\n${noteList(i.children)}` : ''}</li>`);
  const open = list.ordered ? `<ol${list.start !== 1 ? ` start="${list.start}"` : ''}>` : '<ul>';
  return `${open}\n${items.join('\n')}\n${list.ordered ? '</ol>' : '</ul>'}`;
}

function answerList(
  answers: ReportAnswer[],
  l: ReportLabels,
  item: (a: ReportAnswer, l: ReportLabels) => string,
): string {
  if (!answers.length) return `<p class="empty">${t(l.noAnswers)}</p>`;
  return `<ol class="answers">\n${answers
    .map(
      (a) =>
        `<li value="${a.number}"${a.highlight || a.featured ? ' class="highlight"' : ''}>${flag(a, l)}${item(a, l)}</li>`,
    )
    .join('\n')}\n</ol>`;
}

const field = (label: string, value: string, l: ReportLabels): string =>
  `<div class="field"><span class="label">${t(label)}${t(l.colon)}</span>${t(value)}</div>`;

/** The template's own form: one field per line. */
function mainAnswer(a: ReportAnswer, l: ReportLabels): string {
  return mainAnswerFields(a, l)
    .map(([label, value]) => field(label, value, l))
    .join('');
}

function shortAnswer(a: ReportAnswer, l: ReportLabels): string {
  return `<span class="label">${t(personLine(a.person, l))}</span>${t(l.colon)}${t(answerBody(a))}`;
}

function audienceQuestion(q: ReportAudienceQuestion, l: ReportLabels): string {
  const meta = audienceQuestionMeta(q, l);
  const parts = [
    `<p>${flag(q, l)}<span class="label">${t(aqLabel(q, l))}${t(l.colon)}</span>${t(q.text)}</p>`,
    `<p class="meta">${t(meta.join(' · '))}</p>`,
  ];
  // As the forum's report writes several: the first reply under "Answer:", the others after it.
  q.replies.forEach((r, i) => {
    const label = i === 0 ? `<span class="label">${t(l.answer)}${t(l.colon)}</span>` : '';
    const by = r.by ? `${t(r.by)}${t(l.colon)}` : '';
    parts.push(`<p class="reply">${label}${by}${t(r.gist)}</p>`);
  });
  return `<li${q.highlight ? ' class="highlight"' : ''}>\n${parts.join('\n')}\n</li>`;
}

// What people typed (names, answers, questions, replies), each isolated from the text around it
// (shared/bidi.ts), so a right-to-left override in one never reorders what follows it.
const person = (p: ReportPerson): ReportPerson => ({
  ...p,
  name: isolate(p.name),
  organization: isolate(p.organization),
  country: isolate(p.country),
});
const answer = (a: ReportAnswer): ReportAnswer => ({ ...a, person: person(a.person), text: isolate(a.text) });

function isolated(s: ReportSection): ReportSection {
  switch (s.kind) {
    case 'mainAnswers':
    case 'keyMessages':
      return { ...s, answers: s.answers.map(answer) };
    case 'themes':
      return {
        ...s,
        themes: s.themes.map((th) => ({ ...th, name: isolate(th.name), answers: th.answers.map(answer) })),
      };
    case 'guidingAnswers':
      return {
        ...s,
        rounds: s.rounds.map((r) => ({
          ...r,
          questions: r.questions.map((q) => ({ ...q, answers: q.answers.map(answer) })),
        })),
      };
    case 'audienceQuestions':
      return {
        ...s,
        questions: s.questions.map((q) => ({
          ...q,
          text: isolate(q.text),
          askedBy: person(q.askedBy),
          replies: q.replies.map((r) => ({ by: isolate(r.by), gist: isolate(r.gist) })),
        })),
      };
    default:
      return s;
  }
}
