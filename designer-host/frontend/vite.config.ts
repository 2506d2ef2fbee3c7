import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const entry = (name: string) => resolve(import.meta.dirname, 'src', name, 'index.ts');

// Multi-entry library-style build: pages include /dist/<entry>.js and /dist/<entry>.css directly,
// so file names are fixed (no hashes); shared chunks sit under /dist/chunks/, also without hashes:
// the host's static web assets are listed before Vite rebuilds, and a renamed chunk would be missing.
export default defineConfig({
  base: '/dist/',
  build: {
    outDir: resolve(import.meta.dirname, '../wwwroot/dist'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: {
        designer: entry('designer'),
        viewer: entry('viewer'),
        charts: entry('charts'),
        app: entry('app'),
        'rules-bench': entry('rules-bench'),
        'spec-editor': entry('spec-editor'),
        'impact-panel': entry('impact-panel'),
        'open-cases': entry('open-cases')
      },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        assetFileNames: '[name][extname]'
      }
    }
  }
});
