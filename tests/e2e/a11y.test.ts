/**
 * End-to-end accessibility: axe-core (WCAG 2.0/2.1 A+AA and 2.2 AA rules) on the production
 * build in Chromium — explore mode zh/en, a filtered view, and presentation mode zh/en — with
 * no serious or critical violation allowed; and a keyboard-only walk (Tab, Shift+Tab, Enter,
 * typing; no clicks, no focus()) that filters by a district and a sector and clears them,
 * checking the URL after each step. DESIGN.md budgets accessibility at 100.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fileHarness, openPage, scrollThrough, type Watched } from './harness';

const h = fileHarness();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MAX_TABS = 300;

/** Open a view and wait until it is fully drawn: KPIs, no chart skeleton, and the map if there is one. */
/**
 * Every finite animation and transition has finished, so colour contrast is measured on final
 * colours (an endless one, were there any, is not waited for: it never finishes).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
}

async function open(query: string, hasMap: boolean): Promise<Watched> {
  // axe is injected as an inline script, which the page's CSP (rightly) blocks.
  const w = await openPage(h, undefined, { bypassCSP: true });
  await w.page.goto(`${h.baseUrl}${query}`);
  // A presentation scene without a published figure has no KPI: its hero says it is drawn.
  await w.page.waitForSelector('html[data-live] :is([data-kpi="projects"][data-basis], [data-scene-hero])');
  // Panels below the first screen mount as the reader scrolls: check them all.
  if (!query.includes('mode=present')) await scrollThrough(w.page);
  await w.page.waitForFunction(
    (map) => !document.querySelector('.loading, .chart-skeleton, .map-skeleton') && (!map || document.querySelectorAll('path[data-district]').length === 38),
    hasMap,
  );
  await settled(w.page);
  return w;
}

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  targets: string[];
  /** Opening tag of the first node, to tell apart elements that share a class. */
  html: string;
}

async function runAxe(page: Page): Promise<Violation[]> {
  try {
    await page.addScriptTag({ content: axe.source });
  } catch {
    // A Content-Security-Policy that forbids inline scripts: evaluate through DevTools instead.
    await page.evaluate(axe.source);
  }
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      html: (v.nodes[0]?.html ?? '').slice(0, 160),
    }));
  }, WCAG_TAGS);
}

function describeViolations(name: string, vs: Violation[]): string {
  if (vs.length === 0) return `${name}: no violations`;
  return [
    `${name}: ${vs.length} violation(s)`,
    ...vs.map((v) => `  [${v.impact ?? '?'}] ${v.id}: ${v.help} (${v.targets.length} node(s))\n      ${v.targets.slice(0, 5).join('\n      ')}\n      first: ${v.html}`),
  ].join('\n');
}

declare global {
  interface Window {
    axe: typeof axe;
  }
}

const VIEWS = [
  { name: 'explore zh', query: '', map: true },
  { name: 'explore en', query: '?lang=en', map: true },
  { name: 'filtered (sector + investor)', query: '?sector=smart-manufacturing&investor=central-soe', map: true },
  { name: 'present zh, scene 2', query: '?mode=present&scene=2&interval=0', map: false },
  { name: 'present zh, scene 5', query: '?mode=present&scene=5&interval=0', map: true },
  { name: 'present en, scene 4', query: '?lang=en&mode=present&scene=4&interval=0', map: true },
];

describe('accessibility (axe-core, production build, Chromium)', () => {
  it.each(VIEWS)('$name: no serious or critical WCAG 2.x A/AA violations', async ({ name, query, map }) => {
    const w = await open(query, map);
    try {
      const violations = await runAxe(w.page);
      // Every violation is printed (moderate and minor too); only serious/critical fail the test.
      if (violations.length > 0) console.warn(describeViolations(name, violations));
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(blocking, describeViolations(name, blocking)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.offOrigin).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('accessibility of the register import (axe-core)', () => {
  it('the data dialog with rejected rows, and the dashboard on the imported register', async () => {
    const w = await open('?lang=en', true);
    try {
      const { page } = w;
      await page.click('[data-data-button]');
      await page.setInputFiles('[data-register-file]', new URL('../fixtures/register-mixed.csv', import.meta.url).pathname);
      await page.waitForSelector('[data-import-summary]');
      const inDialog = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(inDialog, describeViolations('data dialog', inDialog)).toEqual([]);
      await page.click('[data-import-save]');
      await page.waitForSelector('[data-import-done]');
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-kpi="projects"][data-basis="complete"]');
      await page.waitForFunction(() => document.querySelectorAll('path[data-district]').length === 38 && !document.querySelector('.loading, .chart-skeleton, .map-skeleton'));
      await settled(page);
      const onRegister = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(onRegister, describeViolations('explore on a register', onRegister)).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

/* ---------- keyboard only ---------- */

type Target = { selector: string } | { button: string };

/** Whether the focused element is the target, and whether the target comes after it in the document. */
async function focusState(page: Page, target: Target): Promise<{ on: boolean; forward: boolean; focused: string }> {
  return page.evaluate((t) => {
    const find = (): Element | null =>
      'selector' in t ? document.querySelector(t.selector) : ([...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === t.button || b.getAttribute('aria-label') === t.button) ?? null);
    const el = find();
    const active = document.activeElement;
    const describe = (e: Element | null) => (e ? `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('data-key') ? `[data-key=${e.getAttribute('data-key')}]` : ''} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"` : 'none');
    const on = el !== null && active === el;
    // Target after the focused element (or nothing focused yet): go forward with Tab.
    const forward = el === null || active === null || active === document.body || (active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return { on, forward, focused: describe(active) };
  }, target);
}

/** Press Tab (or Shift+Tab when the target is behind) until the target has focus; at most MAX_TABS presses. */
async function tabTo(page: Page, target: Target): Promise<number> {
  let state = await focusState(page, target);
  const key = state.forward ? 'Tab' : 'Shift+Tab';
  for (let presses = 0; presses < MAX_TABS; presses++) {
    if (state.on) return presses;
    await page.keyboard.press(key);
    state = await focusState(page, target);
  }
  if (state.on) return MAX_TABS;
  throw new Error(`${JSON.stringify(target)} not reached with ${MAX_TABS} × ${key}; focus is on ${state.focused}`);
}

describe('keyboard only (production build, Chromium)', () => {
  it('filters by a district from the list, by a sector bar, then clears all — Tab and Enter only', async () => {
    const w = await open('', true);
    const { page } = w;
    try {
      // 1. The district list: Tab to the search box, type, Tab to the one remaining button, Enter.
      await tabTo(page, { selector: '.district-list input[type="search"]' });
      await page.keyboard.type('綦江');
      await page.waitForFunction(() => document.querySelectorAll('.district-list [data-district-item]').length === 1);
      const toButton = await tabTo(page, { selector: '[data-district-item="500110"]' });
      expect(toButton).toBe(1);
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.search === '?district=500110');
      expect(await page.getAttribute('[data-district-item="500110"]', 'aria-pressed')).toBe('true');

      // 2. A sector bar: Tab until the bar has focus, Enter.
      await tabTo(page, { selector: '[data-chart="sector"] [data-key="smart-manufacturing"]' });
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.search === '?district=500110&sector=smart-manufacturing');
      expect(await page.getAttribute('[data-chart="sector"] [data-key="smart-manufacturing"]', 'aria-pressed')).toBe('true');

      // 3. "Clear all filters": Tab to it, Enter.
      await tabTo(page, { button: '清除全部筛选' });
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.search === '');
      expect(await page.getAttribute('[data-chart="sector"] [data-key="smart-manufacturing"]', 'aria-pressed')).toBe('false');

      expect(w.errors).toEqual([]);
      expect(w.offOrigin).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});
