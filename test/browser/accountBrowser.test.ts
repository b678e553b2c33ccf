import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, available, launch, open, overflow, seriousViolations } from '../helpers/browser.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

// The HTML account to the same standards as the HTML report: standalone, accessible (axe-core), a
// phone 390 pixels wide, A4, in Debian's Chromium; the assessment is a word, not only a colour.

let browser: Browser;
let dir: string;
const pages: Record<string, string> = {};

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-account-html-'));
  mkdirSync(artifacts, { recursive: true });
  for (const [name, argv] of [
    ['2015-nl', ['--year', '2015']],
    ['2016-en', ['--year', '2016', '--lang', 'en']],
    ['years-nl', ['--years', '2014-2016']],
  ] as const) {
    const file = join(dir, `${name}.html`);
    const r = await runCli(['verantwoording', '--plans', 'test/fixtures/cycle', '--format', 'html', '--out', file, ...argv], root);
    expect([r.code, r.stderr]).toEqual([0, '']);
    pages[name] = pathToFileURL(file).href;
  }
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens one of the pages made above. */
const openPage = (name: string, width: number, mobile = false) => open(browser, pages[name]!, width, { mobile });

describe.runIf(available)('the HTML account in Chromium', () => {
  it('shows the three questions and the figures, runs no script, and passes axe-core', async () => {
    const page = await openPage('2015-nl', 1280);
    const text = (await page.locator('body').innerText()).replaceAll('\u00a0', ' ');
    for (const phrase of [
      'Verantwoording 2015',
      'Wat wilden we bereiken?',
      'Wat hebben we gedaan?',
      'Wat heeft het gekost?',
      '€ 37.060,25 + 1 onbekend',
      '€ +4.439,75 V',
      '+57,3%',
    ]) {
      expect(text).toContain(phrase);
    }
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    // The assessment is a word in its cell; the colour only marks it.
    const red = page.locator('td .tone-bad', { hasText: 'rood' }).first();
    expect(await red.isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Per bron' }).count()).toBe(1);
    await page.screenshot({ path: join(artifacts, 'verantwoording-2015-nl-desktop.png'), fullPage: false });
    await page.setViewportSize({ width: 1000, height: 900 });
    await page
      .locator('section.plan')
      .first()
      .screenshot({ path: join(artifacts, 'verantwoording-2015-nl-plan.png') });
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('fits a phone 390 pixels wide, and every width up to a desktop', async () => {
    for (const name of ['2015-nl', '2016-en', 'years-nl']) {
      const page = await openPage(name, 390, true);
      expect(await overflow(page), name).toBe(0);
      await page.screenshot({ path: join(artifacts, `verantwoording-${name}-phone.png`), fullPage: true });
      expect(await seriousViolations(page), name).toEqual([]);
      for (const width of [320, 480, 720, 960, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await overflow(page), `${name} at ${width}px`).toBe(0);
      }
    }
  }, 120_000);

  it('prints on A4 without anything running off the page', async () => {
    const page = await openPage('2015-nl', 1280);
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
    expect(await overflow(page)).toBe(0);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(artifacts, 'verantwoording-2015-nl.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect([Math.round(Number(mediaBox?.[1])), Math.round(Number(mediaBox?.[2]))]).toEqual([595, 842]);
  }, 60_000);
});
