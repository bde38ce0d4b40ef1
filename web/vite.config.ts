import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const projectRoot = fileURLToPath(new URL('..', import.meta.url));

// The web UI lives in web/; it imports shared types and the template tokenizer from server/, one level up.
export default defineConfig(({ command }) => ({
  root: webRoot,
  base: '/',
  // Vite picks Lit's dev or production build from NODE_ENV, which test runners set to "test"; a build is always
  // for production.
  resolve: command === 'build' ? { conditions: ['module', 'browser', 'production'] } : {},
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Every supported browser has modulepreload; the polyfill would only cost bytes.
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    fs: { allow: [projectRoot] },
    proxy: { '/api': { target: 'http://localhost:8787' } },
  },
}));
