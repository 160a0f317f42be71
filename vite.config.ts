import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';

// Two builds into one dist/client/ (`npm run build` runs both, see scripts/build.mjs):
// - the staff app (index.html: home, moderator, rapporteur, projector; each view lazily split);
// - the participant's phone page (PALABRE_ENTRY=participant): ONE script and ONE stylesheet, no
//   chunks, so the server can inline them into the page and a phone gets everything it needs in a
//   single response (one round trip on a slow network instead of four or five).
const participant = process.env.PALABRE_ENTRY === 'participant';

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

export default defineConfig({
  root: resolve(__dirname, 'client'),
  plugins: [solid(), withoutWebTransport(), ...(participant ? [withoutStaffEvents(), withoutRetentionReducer()] : [])],
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
