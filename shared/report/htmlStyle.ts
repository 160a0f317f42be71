// The HTML report's stylesheet: readable on screen, and printed on A4 with headings kept with what
// follows them and answers never split across pages. No web fonts: the report must open offline.
export const REPORT_CSS = `
@page { size: A4; margin: 18mm 17mm 20mm; }
html { font-family: "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  font-size: 11pt; line-height: 1.45; color: #1b1b1b; background: #fff; }
body { margin: 0; }
/* A long unbroken word (a URL, a pasted hash) wraps instead of widening the page. */
main { overflow-wrap: anywhere; word-break: normal; }
main { max-width: 46rem; margin: 2rem auto; padding: 0 1.25rem; }
p { margin: .35em 0; orphans: 3; widows: 3; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 1.9rem; margin: .3em 0 .8em; }
h2 { font-size: 1.25rem; margin: 1.7em 0 .6em; padding-bottom: .2em; border-bottom: 1px solid #bdbdbd; }
h3 { font-size: 1.05rem; margin: 1.2em 0 .4em; }
h4 { font-size: 1rem; font-weight: 600; margin: 1em 0 .4em; }
.event { border-bottom: 3px solid #1b1b1b; margin-bottom: 1.2em; }
.event .theme { font-style: italic; color: #444; margin: 0; }
.event .forum { font-weight: 600; margin: .3em 0 0; }
table { border-collapse: collapse; width: 100%; }
th, td { overflow-wrap: break-word; }
.facts th { text-align: left; font-weight: 600; width: 32%; vertical-align: top; padding: .2em .8em .2em 0; }
.facts td { vertical-align: top; padding: .2em 0; }
.speakers th, .speakers td { border: 1px solid #c8c8c8; padding: .3em .45em; text-align: left; vertical-align: top; font-size: .92em; }
.speakers thead th { background: #f0f0f0; }
.speakers .num { text-align: right; white-space: nowrap; width: 5.5em; }
.speakers th.num { white-space: normal; }
ul, ol { padding-left: 1.6em; margin: .4em 0; }
li > ul, li > ol { margin: .2em 0; }
li { margin: .3em 0; break-inside: avoid; page-break-inside: avoid; }
.answers > li { margin: .6em 0; }
.field .label, .label { font-weight: 600; }
.flag { display: inline-block; font-size: .8em; font-weight: 700; color: #6b4200; background: #fff1cc;
  border: 1px solid #e0b85c; border-radius: 3px; padding: 0 .4em; margin-right: .4em; }
li.highlight { background: #fffaf0; }
.meta { color: #555; font-size: .9em; }
.empty { color: #666; font-style: italic; }
figure { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; max-width: 100%; max-height: 150mm; height: auto; }
footer { margin-top: 2.5em; padding-top: .5em; border-top: 1px solid #d0d0d0; color: #666; font-size: .85em; }
@media print {
  html { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; margin: 0; padding: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
`;
