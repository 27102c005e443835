import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Static build: dist/ can be served by any web server; nothing is fetched from other origins.
export default defineConfig({
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
