// A real browser for the page tests: Debian's Chromium (stack/tools.ts `chromium`: CHROMIUM_PATH, else
// /usr/bin/chromium, installed by `npm run setup` where it can be) driven by playwright-core, which never
// downloads a browser of its own. The flags keep Chromium off the network it cannot reach here (without
// them it retries Google's hosts at every start). Helpers measure what a page costs to load (the
// browser's own resource timings), run axe-core in it, and open contexts without JavaScript.
import { readFileSync } from 'node:fs';
import { chromium as playwright, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromium } from '../../stack/tools';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium (a fresh temporary profile, which playwright makes for every launch). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await chromium({ install: false });
  if (!executablePath)
    throw new Error(
      "no Chromium for the browser tests: run `npm run setup` (installs Debian's chromium as root) or set CHROMIUM_PATH",
    );
  return playwright.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}

export interface PageProblems {
  /** Console errors, among them every Content-Security-Policy violation. */
  consoleErrors: string[];
}

/** A new page in a fresh context (empty cache and cookies), with its console errors collected. */
export async function newPage(
  browser: Browser,
  opts: { javaScript?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ javaScriptEnabled: opts.javaScript ?? true });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') problems.consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => problems.consoleErrors.push(e.message));
  return { context, page, problems };
}

/**
 * A context with JavaScript turned off, as on a phone that blocks it or a browser too old for it. The
 * driver cannot evaluate anything in it either (an evaluation waits for ever): weigh and check a page
 * with axe in a context with JavaScript on.
 */
export function withoutJavaScript(browser: Browser) {
  return newPage(browser, { javaScript: false });
}

export interface PageWeight {
  /** Bytes over the network for the document and every resource it loaded (headers included). */
  total: number;
  entries: { name: string; transferSize: number }[];
}

/**
 * What the current page cost to load, from the browser's own Resource Timing entries: the navigation's
 * transferSize plus every resource's. Measure on a fresh context: a cached resource counts 0.
 */
export async function pageWeight(page: Page): Promise<PageWeight> {
  await page.waitForLoadState('load');
  // Evaluated by the driver, which no Content-Security-Policy of the page applies to.
  const entries = (await page.evaluate(`performance
    .getEntriesByType('navigation')
    .concat(performance.getEntriesByType('resource'))
    .map((e) => ({ name: e.name, transferSize: e.transferSize }))`)) as PageWeight['entries'];
  return { total: entries.reduce((n, e) => n + e.transferSize, 0), entries };
}

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * axe-core's violations on the current page (WCAG 2.1 A and AA and axe's best practices). It is put in by
 * the driver, not by a script tag, so the page's Content-Security-Policy stays as it is served.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
    .then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => String(n.target)),
    })))`)) as AxeViolation[];
}
