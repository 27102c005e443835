#!/usr/bin/env node
// Takes screenshots of the production build for people to look at (not a test):
// explore mode in zh and en at 1920×1080 and 390×844, the map, the data dialog after an import
// with rejected rows, and the dashboard and presentation mode on an imported register.
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
  // `register`: import this fixture through the data dialog first, then open the query with data=<id>.
  { name: 'import-dialog-zh-1920', register: 'tests/fixtures/register-mixed.csv', dialog: true, viewport: { width: 1920, height: 1080 } },
  { name: 'import-dialog-en-390', register: 'tests/fixtures/register-mixed.csv', dialog: true, lang: 'en', viewport: { width: 390, height: 844 } },
  { name: 'register-zh-1920', register: 'tests/fixtures/register-gb18030.csv', query: '', viewport: { width: 1920, height: 1080 }, fullPage: true },
  { name: 'register-en-390', register: 'tests/fixtures/register-gb18030.csv', lang: 'en', query: '&lang=en', viewport: { width: 390, height: 844 } },
  { name: 'register-present-en-1920', register: 'tests/fixtures/register-gb18030.csv', lang: 'en', query: '&lang=en&mode=present&scene=1&interval=0', viewport: { width: 1920, height: 1080 } },
  { name: 'import-office-zh-1920', register: 'tests/fixtures/office/bureau-register-v1.xlsx', dialog: true, viewport: { width: 1920, height: 1080 } },
  { name: 'import-office-units-en-1920', register: 'tests/fixtures/office/no-unit.csv', dialog: true, lang: 'en', viewport: { width: 1920, height: 1080 } },
  { name: 'import-office-zh-390', register: 'tests/fixtures/office/bureau-register-v1.xlsx', dialog: true, viewport: { width: 390, height: 844 } },
  ...(process.env.SHOTS_EXTRA ? JSON.parse(process.env.SHOTS_EXTRA) : []),
];
// SHOTS_ONLY=import-office takes only the shots whose names contain it.
for (const s of shots.filter((x) => !process.env.SHOTS_ONLY || x.name.includes(process.env.SHOTS_ONLY))) {
  const page = await browser.newPage({ viewport: s.viewport });
  if (s.register) {
    await page.goto(`http://127.0.0.1:${port}/${s.lang ? `?lang=${s.lang}` : ''}`);
    // A phone's header holds the data dialog in its tools menu.
    if (s.viewport.width <= 600) {
      await page.click('[data-tools-button]');
      await page.click('[data-menu-item="data"]');
    } else await page.click('[data-data-button]');
    await page.setInputFiles('[data-register-file]', s.register);
    await page.waitForSelector('[data-import-summary]');
    if (s.dialog) {
      await page.waitForTimeout(200);
      await page.screenshot({ path: `${out}/${s.name}.png` });
      await page.close();
      console.log(`${out}/${s.name}.png`);
      continue;
    }
    await page.click('[data-import-save]');
    const id = await page.getAttribute('[data-import-done]', 'data-import-done');
    await page.goto(`http://127.0.0.1:${port}/?data=${id}${s.query}`);
  } else await page.goto(`http://127.0.0.1:${port}/${s.query}`);
  await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
  // Mount every lazily mounted panel (as printing does), so a full-page shot shows them all.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  // Wait for the map where the view has one, and for chart bars to be drawn.
  await page.waitForFunction(
    () =>
      (!document.querySelector('[data-region="map"]') || document.querySelectorAll('path[data-district]').length === 38) &&
      !document.querySelector('.chart-skeleton, [data-lazy-pending]'),
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
