/**
 * Stands in for read-excel-file's zip reader (see vite.config.ts, "readExcelSyncUnzip"). Its
 * own reader inflates large entries in Web Workers made from blob: URLs, which the page's
 * strict CSP (worker-src 'self') forbids: a big sheet then never finished reading. The import
 * already runs in a worker, so inflating synchronously here blocks nothing on the page.
 */
import { unzipSync } from 'fflate';

export default function unzipFromArrayBuffer(input: ArrayBuffer, options: { filter?: (entry: { path: string }) => boolean } = {}): Promise<Record<string, Uint8Array>> {
  try {
    const { filter } = options;
    return Promise.resolve(unzipSync(new Uint8Array(input), filter ? { filter: (file) => filter({ path: file.name }) } : {}));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}
