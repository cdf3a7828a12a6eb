// The web interface: built into web/dist (served by the Hearth server), or served by `npm run dev -w web`
// on port 5173 with live reload, sending /api to the Hearth server (HEARTH_API_URL, default port 3000).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { precompress } from './precompress.ts';

export default defineConfig(({ command }) => {
  // A build is always the production build, even when started from the test runner (NODE_ENV=test):
  // otherwise React's development copy (three times larger, and slower) is what the journeys and the
  // page-load benchmark would measure.
  const build = command === 'build';
  return {
    root: fileURLToPath(new URL('.', import.meta.url)),
    // Vite 8 transforms TSX with Oxc; React 19's automatic runtime, no plugin needed.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: !build } },
    define: build ? { 'process.env.NODE_ENV': JSON.stringify('production') } : {},
    plugins: [precompress()],
    build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
    server: {
      port: 5173,
      strictPort: true,
      proxy: { '/api': { target: process.env.HEARTH_API_URL ?? 'http://localhost:3000' } },
    },
  };
});
