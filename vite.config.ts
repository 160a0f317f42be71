import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// Two HTML entries: the participant's phone page (small, loads only what a participant needs) and
// the staff app (home, moderator, rapporteur, projector; each view lazily split).
export default defineConfig({
  root: resolve(__dirname, 'client'),
  plugins: [solid()],
  build: {
    outDir: resolve(__dirname, 'dist'),
    emptyOutDir: true,
    target: 'es2020',
    // No modulepreload polyfill: browsers without <link rel="modulepreload"> still load every
    // module through its import, just without the head start; the participant's first load is
    // smaller for it.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: resolve(__dirname, 'client/index.html'),
        participant: resolve(__dirname, 'client/participant.html'),
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } },
  },
});
