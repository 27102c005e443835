import { chromium } from 'playwright-core';
import { serveDist } from './lib/static-server.mjs';
const server = await serveDist('/work/wt-16/dist');
const { port } = server.httpServer.address();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const sizes = (process.argv[2] ?? '390x844,1440x900,1920x1080').split(',');
const q = process.argv[3] ?? '';
for (const s of sizes) {
  const [w, h] = s.split('x').map(Number);
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  const reqs = [];
  page.on('request', (r) => reqs.push(r.url().replace(/^.*\//, '')));
  await page.goto(`http://127.0.0.1:${port}/${q}`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: `/tmp/shot-${s}.png` });
  const info = await page.evaluate(() => [...document.querySelectorAll('[data-region], .chart-panel')].map((e) => `${e.getAttribute('data-region') ?? e.className} top=${Math.round(e.getBoundingClientRect().top + scrollY)} h=${Math.round(e.getBoundingClientRect().height)}`));
  console.log(s, info.join(' | '));
  console.log('  js:', reqs.filter((r) => r.endsWith('.js')).join(' '));
  await ctx.close();
}
await browser.close(); server.httpServer.close();
