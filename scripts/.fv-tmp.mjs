import { chromium } from 'playwright-core';
import { serveDist } from '/work/wt-15/scripts/lib/static-server.mjs';
const server = await serveDist('/work/wt-15/dist/');
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const vp = process.argv[2] === 'phone' ? { width: 390, height: 844 } : { width: 1440, height: 900 };
const ctx = await browser.newContext({ viewport: vp });
const page = await ctx.newPage();
const scripts = new Map();
page.on('response', async (res) => { if (res.request().resourceType() !== 'script') return; scripts.set(res.url().split('/').pop(), Number((await res.allHeaders())['content-length'] ?? 0)); });
await page.goto(`http://127.0.0.1:${port}/${process.argv[3] ?? ''}`, { waitUntil: 'networkidle' });
let t = 0; for (const [k, v] of [...scripts].sort((a, b) => b[1] - a[1])) { t += v; console.log(v, k); }
console.log('total', (t / 1024).toFixed(2));
await browser.close(); server.httpServer.close();
