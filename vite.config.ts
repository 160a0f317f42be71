import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';

// Two builds into one dist/client/ (`npm run build` runs both, see scripts/build.mjs):
// - the staff app (index.html: home, moderator, rapporteur, projector; each view lazily split);
// - the participant's phone page (PALABRE_ENTRY=participant): ONE script and ONE stylesheet, no
//   chunks, so the server can inline them into the page and a phone gets everything it needs in a
//   single response (one round trip on a slow network instead of four or five).
const participant = process.env.PALABRE_ENTRY === 'participant';
// The participant page is built once per interface language (scripts/build.mjs): a phone shows one
// language at a time, so it downloads only that language's strings (see onlyLanguage below).
const LANGS = ['fr', 'en', 'es'];
const pageLang = participant ? (process.env.PALABRE_LANG ?? 'en') : '';
if (pageLang && !LANGS.includes(pageLang)) throw new Error(`PALABRE_LANG must be one of ${LANGS.join(', ')}`);

/**
 * engine.io-client registers a WebTransport transport that Palabre never asks for (its clients use
 * WebSocket, falling back to long-polling); leaving it out saves the phone about 1 KB gzipped.
 * engine.io-client drops transports it does not know (transports/index.js maps names to classes).
 */
function withoutWebTransport(): Plugin {
  const id = '\0palabre:no-webtransport';
  return {
    name: 'palabre:no-webtransport',
    enforce: 'pre',
    resolveId: (source, importer) =>
      /(^|\/)webtransport\.js$/.test(source) && importer?.includes('engine.io-client') ? id : null,
    load: (loaded) => (loaded === id ? 'export const WT = undefined;' : null),
  };
}

/**
 * The contribution and synthesis events (shared/contrib/reducer.ts) never reach a phone: recorded
 * answers go to the screens, the rest to the staff (shared/visibility.ts). The phone's reducer
 * leaves them out, keeping the page's weight where it was; the server and the staff apply them.
 */
function withoutStaffEvents(): Plugin {
  const id = '\0palabre:no-contrib-reducer';
  return {
    name: 'palabre:no-contrib-reducer',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === './contrib/reducer.js' && importer?.replace(/\\/g, '/').endsWith('/shared/reducer.ts') ? id : null,
    load: (loaded) => (loaded === id ? 'export const applyContrib = (s) => s;' : null),
  };
}

/** The retention erasure (shared/retentionReducer.ts) never reaches a phone (shared/visibility.ts). */
function withoutRetentionReducer(): Plugin {
  const id = '\0palabre:no-retention-reducer';
  return {
    name: 'palabre:no-retention-reducer',
    enforce: 'pre',
    resolveId: (source, importer) =>
      source === './retentionReducer.js' && importer?.replace(/\\/g, '/').endsWith('/shared/reducer.ts') ? id : null,
    load: (loaded) => (loaded === id ? 'export const applyErasure = (s) => s;' : null),
  };
}

/**
 * socket.io-parser's binary support (attachments as ArrayBuffer/Blob) for the phone: Palabre's
 * events are JSON and files travel over HTTP, so a phone never sends or receives a binary packet.
 * Stubbing it saves about 0.7 KB gzipped (a binary packet would then be refused as unknown).
 */
function withoutBinaryPackets(): Plugin {
  const stubs: Record<string, string> = {
    '\0palabre:is-binary': 'export const isBinary = () => false; export const hasBinary = () => false;',
    '\0palabre:binary':
      'export const deconstructPacket = (packet) => ({ packet, buffers: [] }); export const reconstructPacket = (p) => p;',
  };
  return {
    name: 'palabre:no-binary-packets',
    enforce: 'pre',
    resolveId: (source, importer) => {
      if (!importer?.includes('socket.io-parser')) return null;
      if (/(^|\/)is-binary\.js$/.test(source)) return '\0palabre:is-binary';
      if (/(^|\/)binary\.js$/.test(source)) return '\0palabre:binary';
      return null;
    },
    load: (id) => stubs[id] ?? null,
  };
}

/**
 * The phone's long-polling transport: it opens WebSocket first and, without `tryAllTransports`,
 * engine.io-client never falls back to polling (it retries WebSocket), and the server offers no
 * upgrade from WebSocket: the XHR polling code was never run on a phone. Leaving it out of the
 * participant page saves about 1.5 KB gzipped; the staff app keeps it.
 */
function withoutPolling(): Plugin {
  const id = '\0palabre:no-polling';
  return {
    name: 'palabre:no-polling',
    enforce: 'pre',
    resolveId: (source, importer) =>
      /(^|\/)polling-xhr(\.node)?\.js$/.test(source) && importer?.includes('engine.io-client') ? id : null,
    load: (loaded) => (loaded === id ? 'export const XHR = undefined;' : null),
  };
}

/**
 * engine.io-client's URI parser (a long regular expression, for platforms without URL): every
 * browser a phone runs Palabre in has URL. Gives the fields engine.io-client and socket.io-client
 * read (protocol, host without IPv6 brackets, port, path, query); about 0.4 KB gzipped less.
 */
function urlParser(): Plugin {
  const id = '\0palabre:parseuri';
  const code = `export function parse(source) {
  const u = new URL(/^[a-z]+:\\/\\//i.test(source) ? source : 'http://' + source);
  return { source, protocol: u.protocol.slice(0, -1), authority: u.host, host: u.hostname.replace(/^\\[|\\]$/g, ''),
    port: u.port, path: u.pathname, relative: u.pathname + u.search + u.hash, query: u.search.slice(1), anchor: u.hash.slice(1) };
}`;
  return {
    name: 'palabre:parseuri',
    enforce: 'pre',
    resolveId: (source, importer) =>
      /(^|\/)parseuri\.js$/.test(source) && importer?.includes('engine.io-client') ? id : null,
    load: (loaded) => (loaded === id ? code : null),
  };
}

/** Removes the named methods from a class's source (each `  name(...) {...}`, braces matched). */
function withoutMethods(code: string, names: readonly string[]): string {
  for (const name of names) {
    const at = code.search(new RegExp(`\\n\\s+${name}\\([^)]*\\)\\s*\\{`));
    if (at < 0) continue;
    let i = code.indexOf('{', at);
    let depth = 0;
    do {
      if (code[i] === '{') depth++;
      else if (code[i] === '}') depth--;
      i++;
    } while (depth > 0 && i < code.length);
    code = code.slice(0, at) + code.slice(i);
  }
  return code;
}

/**
 * Parts of the socket libraries a phone never runs: socket.io-client's catch-all listeners (Palabre
 * listens to named events only; nothing inside the library calls them), and engine.io-parser's
 * base64 binary decoding (only long-polling without binary support sends it; the phone uses
 * WebSocket), and engine.io-client's upgrade probe (the clients open WebSocket first and say
 * `upgrade: false`, client/sync/sessionClient.ts). About 1 KB gzipped.
 */
function withoutUnusedSocketParts(): Plugin {
  const id = '\0palabre:no-base64';
  return {
    name: 'palabre:no-unused-socket-parts',
    enforce: 'pre',
    resolveId: (source, importer) =>
      /(^|\/)base64-arraybuffer\.js$/.test(source) && importer?.includes('engine.io-parser') ? id : null,
    load: (loaded) =>
      loaded === id ? 'export const encode = () => ""; export const decode = () => new ArrayBuffer(0);' : null,
    transform: (code, file) =>
      /engine\.io-client[\\/]build[\\/]esm[\\/]socket\.js$/.test(file)
        ? withoutMethods(code, ['_probe'])
        : /socket\.io-client[\\/]build[\\/]esm[\\/]socket\.js$/.test(file)
          ? withoutMethods(code, [
              'onAny',
              'prependAny',
              'offAny',
              'listenersAny',
              'onAnyOutgoing',
              'prependAnyOutgoing',
              'offAnyOutgoing',
              'listenersAnyOutgoing',
            ])
          : null,
  };
}

interface Node {
  type: string;
  start: number;
  end: number;
  [k: string]: unknown;
}
const keyName = (p: Node) => {
  const k = p.key as Node | undefined;
  return p.type === 'Property' && !p.computed && k ? ((k.name ?? k.value) as string | undefined) : undefined;
};

/**
 * Keeps one language in the interface dictionaries (client/i18n/*.ts: `defineDict({ en, fr, es })`)
 * and in the error messages (shared/errors.ts: `{ en, fr, es }` per code): every object literal
 * whose keys are exactly en, fr and es keeps only `lang`. The page's language is fixed at build
 * time (client/i18n/i18n.ts, `__PALABRE_LANG__`); the server picks the variant per phone.
 */
export function onlyLanguage(lang: string): Plugin {
  return {
    name: 'palabre:only-language',
    enforce: 'post',
    transform(code, file) {
      const f = file.replace(/\\/g, '/');
      if (!/\/client\/i18n\/(?!i18n\.ts$)[^/]+\.ts$|\/shared\/errors\.ts$/.test(f)) return null;
      const cuts: { start: number; end: number; text: string }[] = [];
      const walk = (n: unknown): void => {
        if (!n || typeof n !== 'object') return;
        if (Array.isArray(n)) {
          for (const item of n) walk(item);
          return;
        }
        const node = n as Node;
        if (node.type === 'ObjectExpression') {
          const props = node.properties as Node[];
          const keys = props.map(keyName);
          if (props.length === LANGS.length && LANGS.every((l) => keys.includes(l))) {
            const kept = props[keys.indexOf(lang)]!;
            cuts.push({ start: node.start, end: node.end, text: `{${code.slice(kept.start, kept.end)}}` });
            return;
          }
        }
        for (const [k, v] of Object.entries(node)) if (k !== 'type' && v && typeof v === 'object') walk(v);
      };
      walk(this.parse(code));
      if (!cuts.length) return null;
      let out = code;
      for (const c of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, c.start) + c.text + out.slice(c.end);
      return { code: out, map: null };
    },
    // One page per language: participant.fr.html, participant.en.html, participant.es.html.
    generateBundle(_, bundle) {
      const page = bundle['participant.html'];
      if (page?.type !== 'asset') return;
      delete bundle['participant.html'];
      this.emitFile({ type: 'asset', fileName: `participant.${lang}.html`, source: page.source });
    },
  };
}

export default defineConfig({
  define: pageLang ? { __PALABRE_LANG__: JSON.stringify(pageLang) } : {},
  root: resolve(__dirname, 'client'),
  plugins: [
    solid(),
    withoutWebTransport(),
    ...(participant
      ? [
          onlyLanguage(pageLang),
          withoutStaffEvents(),
          withoutRetentionReducer(),
          withoutBinaryPackets(),
          withoutPolling(),
          urlParser(),
          withoutUnusedSocketParts(),
        ]
      : []),
  ],
  build: {
    outDir: resolve(__dirname, 'dist/client'),
    emptyOutDir: !participant,
    target: 'es2020',
    // The participant's page is weighed in bytes on slow networks: terser (two passes) ships about
    // 2 KB less gzipped than the default minifier; the staff build keeps the faster one.
    ...(participant
      ? {
          minify: 'terser' as const,
          terserOptions: { module: true, compress: { passes: 2 }, format: { comments: false } },
        }
      : {}),
    // No modulepreload polyfill: browsers without <link rel="modulepreload"> still load every
    // module through its import, just without the head start.
    modulePreload: { polyfill: false },
    rollupOptions: participant
      ? {
          input: { participant: resolve(__dirname, 'client/participant.html') },
          output: { inlineDynamicImports: true },
        }
      : {
          // The service worker lives at /sw.js so its scope covers the participant's pages.
          input: { index: resolve(__dirname, 'client/index.html'), sw: resolve(__dirname, 'client/sw.ts') },
          output: { entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js') },
        },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } },
  },
});
