import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { root } from './paths.js';

/** Debian's Chromium; a browser downloaded by a test tool is never used. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** Screenshots and PDFs to look at; git ignores this folder. */
export const artifacts = join(root, 'test', 'artifacts');

/** Whether Chromium is there. CI installs it (.ci/run), so there a missing browser is a failure, not a skip. */
export const available = existsSync(CHROMIUM);
if (!available) {
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: install the Debian package "chromium" (apt-get install chromium).`);
  console.warn(`Skipping the browser tests: ${CHROMIUM} is missing; install the Debian package "chromium".`);
}

/** Starts Debian's Chromium, headless and without reaching out to the network. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Opens a page (a file URL) in a fresh context of the given width. */
export async function open(browser: Browser, url: string, width: number, options: { mobile?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    isMobile: options.mobile ?? false,
    javaScriptEnabled: true,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** How far the widest element reaches past the viewport's right edge (0 when nothing overflows). */
export const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    let right = document.documentElement.scrollWidth;
    for (const el of document.querySelectorAll('body *')) right = Math.max(right, el.getBoundingClientRect().right);
    return Math.max(0, Math.ceil(right - width));
  });

/** The axe-core violations of serious or critical impact, as `rule: targets`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  type Result = { id: string; impact: string; nodes: { target: string[] }[] };
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (c: Document) => Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
    return axe.run(document);
  });
  // An empty list means something only if axe really checked the page.
  expect(result.passes.length).toBeGreaterThan(10);
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
