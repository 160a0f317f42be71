// A built client in the shape Vite writes it (participant.html referencing one script and one
// stylesheet), small enough to read in a test, for the server's page-serving tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FAKE_JS =
  'const boot = document.getElementById("palabre-boot"); document.getElementById("app").textContent = boot ? JSON.parse(boot.textContent).title : "join";\n';
export const FAKE_CSS = 'body { color: #123; }\n';

/** The script of the fake page built for `lang` (fakeDistPerLanguage). */
export const fakeJsFor = (lang: string) =>
  `document.getElementById("app").textContent = ${JSON.stringify(`page:${lang}`)};\n`;

/** A build with the participant page once per language (participant.fr.html…), as scripts/build.mjs makes. */
export function fakeDistPerLanguage(languages: readonly string[] = ['fr', 'en', 'es']): string {
  const dir = fakeDist();
  rmSync(join(dir, 'participant.html'));
  for (const lang of languages) {
    writeFileSync(join(dir, `assets/participant-${lang}.js`), fakeJsFor(lang));
    writeFileSync(
      join(dir, `participant.${lang}.html`),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Palabre</title>
    <script type="module" crossorigin src="/assets/participant-${lang}.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/participant-def456.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`,
    );
  }
  return dir;
}

export function fakeDist(js = FAKE_JS): string {
  const dir = mkdtempSync(join(tmpdir(), 'palabre-fake-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets/participant-abc123.js'), js);
  writeFileSync(join(dir, 'assets/participant-def456.css'), FAKE_CSS);
  writeFileSync(join(dir, 'assets/big-789.js'), `export const words = ${JSON.stringify('palabre '.repeat(500))};\n`);
  writeFileSync(
    join(dir, 'participant.html'),
    `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Palabre</title>
    <script type="module" crossorigin src="/assets/participant-abc123.js"></script>
    <link rel="stylesheet" crossorigin href="/assets/participant-def456.css">
  </head>
  <body>
    <div id="app"></div>
  </body>
</html>
`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><title>Palabre</title></head><body></body></html>\n',
  );
  return dir;
}
