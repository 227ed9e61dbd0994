import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

// Everything is bundled and served by the CallCov server (no CDN): hashed files under /assets/, index.html at /.
export default defineConfig({
  plugins: [preact()],
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    emptyOutDir: true,
    sourcemap: false,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 400,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
