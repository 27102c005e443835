// A page settled before a measurement: hydrated, the first screen's lazy panels drawn, and the
// Recharts bars swapped in. The page's own start (the lazy panels, Recharts and Leaflet
// mounting) and the first input's upgrade (components/bars.tsx swaps in Recharts a chart per
// idle moment; bench-interaction measures that first click) are not what an import costs.
export async function settle(page) {
  await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
  await page.waitForFunction(() => !document.querySelector('.chart-skeleton, .map-skeleton') && document.querySelectorAll('path[data-district]').length === 38);
  // A key press is the first input: it starts the swap, and the measurement begins once every
  // chart on screen draws with Recharts.
  await page.keyboard.press('Shift');
  await page.waitForFunction(() => document.querySelectorAll('.bars-static').length === 0);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}
