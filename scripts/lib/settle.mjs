// A page settled before a measurement: hydrated and the first screen's lazy panels drawn. The
// page's own start (the lazy panels, Recharts and Leaflet mounting) is not what an import costs.
export async function settle(page) {
  await page.waitForSelector('html[data-live] [data-kpi="projects"][data-basis]');
  await page.waitForFunction(() => !document.querySelector('.chart-skeleton, .map-skeleton') && document.querySelectorAll('path[data-district]').length === 38);
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}
