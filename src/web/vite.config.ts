// The dashboard's build: Preact + maplibre-gl bundled by Vite into dist/web, which `sitrep serve`
// serves at `/`. In development, `npx vite --config src/web/vite.config.ts` proxies /api to a
// running `sitrep serve` (SITREP_API, default http://127.0.0.1:8787).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // maplibre is most of the weight: its own chunk, cached apart from the app code.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: {
    proxy: { '/api': process.env.SITREP_API ?? 'http://127.0.0.1:8787', '/basemap': process.env.SITREP_API ?? 'http://127.0.0.1:8787' },
  },
});
