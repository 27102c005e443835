import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page: only our own origin, no eval, no inline
 * scripts. data:/blob: images are needed for exports (PNG capture and downloads). A server
 * should send the same policy as a header (see README, "Deploying"), plus frame-ancestors.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    // Right after the charset, before any script or stylesheet it governs.
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`),
  };
}

/**
 * read-excel-file inflates big sheets in blob: workers (through fflate), which the CSP forbids;
 * its zip step is swapped for a synchronous one (src/domain/register/unzip-sync.ts) — it runs
 * in the import worker anyway.
 */
function readExcelSyncUnzip(): Plugin {
  const replacement = fileURLToPath(new URL('./src/domain/register/unzip-sync.ts', import.meta.url));
  return {
    name: 'read-excel-file-sync-unzip',
    enforce: 'pre',
    resolveId: (source, importer) => (importer?.includes('read-excel-file') && source.endsWith('/zip/unzipFromArrayBuffer.js') ? replacement : null),
  };
}

// Static build: dist/ can be served by any web server; nothing is fetched from other origins.
export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), readExcelSyncUnzip()],
  build: { target: 'es2022', sourcemap: false, reportCompressedSize: true },
  // Module workers, so the import worker can split off the XLSX reader (loaded only for .xlsx).
  worker: { format: 'es', plugins: () => [readExcelSyncUnzip()] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});
