import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Benchmark build: bench/index.html (the real App, optionally over a SYNTHETIC register)
// into dist-bench/. Never part of the product build or dist/.
export default defineConfig({
  root: 'bench',
  publicDir: '../public',
  plugins: [react()],
  build: { outDir: '../dist-bench', emptyOutDir: true, target: 'es2022', minify: process.env.BENCH_MINIFY !== '0' },
});
