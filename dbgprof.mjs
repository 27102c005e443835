import { chromium } from 'playwright-core';
import { preview } from 'vite';
const server = await preview({ configFile: 'vite.bench.config.ts', preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const rows = Number(process.argv[2] ?? 0);
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await page.goto(`http://127.0.0.1:${port}/?rows=${rows}`);
await page.waitForFunction(() => document.querySelectorAll('[data-chart="sector"] rect[data-key]').length === 5, null, { timeout: 120000 });
await page.waitForTimeout(1000);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
for (let i = 0; i < 10; i++) { await page.locator(`[data-chart="sector"] rect[data-key="${['smart-manufacturing','health'][i%2]}"]`).click(); await page.waitForTimeout(50); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = profile.timeDeltas; const counts = new Map();
for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
for (const [id, c] of counts) { const n = byId.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`; self.set(key, (self.get(key) ?? 0) + c); }
const total = profile.samples.length;
// aggregate by file
const byFile = new Map();
for (const [k, c] of self) { const file = k.split(' ').pop().split(':')[0]; byFile.set(file, (byFile.get(file) ?? 0) + c); }
console.log('total samples', total, 'ms', (profile.endTime - profile.startTime) / 1000);
console.log([...byFile].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, c]) => `${k} ${(c / total * 100).toFixed(1)}%`).join('\n'));
console.log('---');
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, c]) => `${k} ${(c / total * 100).toFixed(1)}%`).join('\n'));
await browser.close(); server.httpServer.close();
