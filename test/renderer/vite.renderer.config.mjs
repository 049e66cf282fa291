// Builds only the renderer, exactly like the renderer section of electron.vite.config.ts
// (for working on the UI while the main/preload entries are elsewhere in progress):
//   npx vite build --config test/renderer/vite.renderer.config.mjs
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('../..', import.meta.url));

export default defineConfig({
  root: resolve(root, 'src-renderer'),
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    rollupOptions: { input: { index: resolve(root, 'src-renderer/index.html') } },
  },
});
