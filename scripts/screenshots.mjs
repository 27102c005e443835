#!/usr/bin/env node
// Takes screenshots of the production build for people to look at (not a test):
// explore mode in zh and en at 1920×1080 and 390×844 (more views as features land).
// Usage: npm run build && node scripts/screenshots.mjs [outdir]
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await preview({ preview: { host: '127.0.0.1', port: 0 }, logLevel: 'silent' });
const { port } = server.httpServer.address();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const shots = [
  { name: 'explore-zh-1920', query: '', viewport: { width: 1920, height: 1080 } },
  { name: 'explore-en-1920', query: '?lang=en', viewport: { width: 1920, height: 1080 } },
  { name: 'explore-zh-390', query: '', viewport: { width: 390, height: 844 } },
  { name: 'explore-en-390', query: '?lang=en', viewport: { width: 390, height: 844 } },
  { name: 'filtered-en-1920', query: '?lang=en&sector=smart-manufacturing&investor=central-soe', viewport: { width: 1920, height: 1080 } },
  { name: 'map-zh-1920', query: '?district=500110', viewport: { width: 1920, height: 1080 }, element: '[data-region="map"]' },
  { name: 'map-en-3840', query: '?lang=en&sector=smart-manufacturing', viewport: { width: 3840, height: 2160 }, element: '[data-region="map"]' },
  { name: 'map-zh-390', query: '?measure=count', viewport: { width: 390, height: 844 }, element: '[data-region="map"]' },
  ...(process.env.SHOTS_EXTRA ? JSON.parse(process.env.SHOTS_EXTRA) : []),
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: s.viewport });
  await page.goto(`http://127.0.0.1:${port}/${s.query}`);
  await page.waitForSelector('[data-kpi="projects"][data-basis]');
  // Wait for the map where the view has one, and for chart bars to be drawn.
  await page.waitForFunction(
    () =>
      (!document.querySelector('[data-region="map"]') || document.querySelectorAll('path[data-district]').length === 38) &&
      !document.querySelector('.chart-skeleton'),
    null,
    { timeout: 15000 },
  );
  if (s.action) await page.evaluate(s.action);
  await page.waitForTimeout(300);
  if (s.element) await page.locator(s.element).first().screenshot({ path: `${out}/${s.name}.png` });
  else await page.screenshot({ path: `${out}/${s.name}.png`, fullPage: Boolean(s.fullPage) });
  await page.close();
  console.log(`${out}/${s.name}.png`);
}
await browser.close();
server.httpServer.close();
