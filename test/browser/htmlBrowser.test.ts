import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifacts, available, launch, open, overflow, seriousViolations } from '../helpers/browser.js';
import { root } from '../helpers/paths.js';
import { runCli } from '../helpers/runCli.js';

let browser: Browser;
let dir: string;
const pages: Record<string, string> = {};

beforeAll(async () => {
  if (!available) return;
  dir = mkdtempSync(join(tmpdir(), 'jaarplan-html-'));
  mkdirSync(artifacts, { recursive: true });
  for (const [name, argv] of [
    ['2013-nl', ['--year', '2013']],
    ['2013-en', ['--year', '2013', '--lang', 'en']],
    ['2014-multi-nl', ['--year', '2014', '--plans', 'test/fixtures/multi']],
    ['markup-nl', ['--year', '2013', '--plans', 'test/fixtures/html']],
    // Budget and spending columns, several plans.
    ['2014-besteed-nl', ['--year', '2014', '--plans', 'test/fixtures/years']],
    ['2015-besteed-en', ['--year', '2015', '--plans', 'test/fixtures/years', '--lang', 'en']],
    ['years-nl', ['--years', '2014-2016', '--plans', 'test/fixtures/years']],
    ['years-en', ['--years', '2013-2016', '--plans', 'test/fixtures/years', '--lang', 'en']],
    // A city-wide plan and twenty wijk plans: the overview opens the page.
    ['2023-programme-nl', ['test/fixtures/programme', '--year', '2023']],
  ] as const) {
    const file = join(dir, `${name}.html`);
    const r = await runCli(['report', '--format', 'html', '--out', file, ...argv], root);
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
const openPage = (name: string, width: number, options: { mobile?: boolean } = {}) => open(browser, pages[name]!, width, options);

/** The rendered text, with non-breaking spaces as spaces. */
const renderedText = async (page: Page) => (await page.locator('body').innerText()).replaceAll('\u00a0', ' ');

describe.skipIf(!available)('the HTML report in Chromium', () => {
  it('has an accessibility check that finds a serious problem where there is one', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.setContent(
      '<!DOCTYPE html><html><head><title>x</title></head><body><main><h1>x</h1><img src="data:,"><p>a</p><p>b</p><p>c</p><ul><li>d</li></ul></main></body></html>',
    );
    expect((await seriousViolations(page)).sort()).toEqual(['html-has-lang: html', 'image-alt: img']);
  }, 60_000);

  it('shows the numbers of 2013, the unknown amounts as unknown, and passes axe-core', async () => {
    const page = await openPage('2013-nl', 1280);
    const text = await renderedText(page);
    expect(text).toContain('Jaarplan 2013 HarderwijkAanpak');
    expect(text).toContain('€ 40.000 + 2 onbekend');
    expect(text).toContain('€ 60.000');
    expect(text).toContain('€ 20.000 niet toegewezen');
    const unknownCells = page.locator('td', { hasText: /^onbekend$/ });
    expect(await unknownCells.count()).toBe(2);
    for (const cell of await unknownCells.all()) expect(await cell.isVisible()).toBe(true);

    // The charts are images with their numbers in the accessible description.
    const chart = page.getByRole('img', { name: 'Geld per bron' });
    await expect.poll(() => chart.isVisible()).toBe(true);
    const description = await chart.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
    expect(description).toContain('Wijkaanpak (wijkaanpak): € 40.000; Stad- en Regiocontract (S+R): onbekend');
    // One bar to scale, two hatched boxes for the sources without an amount; each box is drawn, not empty.
    const boxes = await chart.evaluate((svg) =>
      [...svg.querySelectorAll('rect.bar, rect.unknown')].map((r) => [r.getAttribute('class'), r.getBoundingClientRect().width]),
    );
    expect(boxes.map(([c]) => c)).toEqual(['bar', 'unknown', 'unknown']);
    for (const [, width] of boxes) expect(width as number).toBeGreaterThan(10);

    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    await page.screenshot({ path: join(artifacts, 'report-2013-nl-desktop.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('is English with --lang en, and passes axe-core', async () => {
    const page = await openPage('2013-en', 1280);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const text = await renderedText(page);
    expect(text).toContain('€40,000 + 2 unknown');
    expect(text).toContain('€20,000 unallocated');
    expect(await page.locator('td', { hasText: /^unknown$/ }).count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);

  it('fits a phone 390 pixels wide without sideways scrolling', async () => {
    for (const name of ['2013-nl', '2014-multi-nl']) {
      const page = await openPage(name, 390, { mobile: true });
      expect(await overflow(page), name).toBe(0);
      if (name === '2013-nl') await page.screenshot({ path: join(artifacts, 'report-2013-nl-phone.png'), fullPage: true });
      expect(await seriousViolations(page)).toEqual([]);
    }
  }, 60_000);

  it('fits a phone 390 pixels wide with spending columns and with years side by side, and passes axe-core', async () => {
    for (const name of ['2014-besteed-nl', '2015-besteed-en', 'years-nl', 'years-en']) {
      const page = await openPage(name, 390, { mobile: true });
      expect(await overflow(page), name).toBe(0);
      await page.screenshot({ path: join(artifacts, `report-${name}-phone.png`), fullPage: true });
      expect(await seriousViolations(page), name).toEqual([]);
    }
  }, 120_000);

  it('shows the overview of twenty wijk plans before the first plan, fits a phone and passes axe-core', async () => {
    const page = await openPage('2023-programme-nl', 1280);
    const top = async (name: string) => (await page.getByRole('table', { name }).first().boundingBox())!.y;
    const firstPlan = (await page.getByRole('heading', { level: 1, name: /^Jaarplan 2023/ }).boundingBox())!.y;
    expect(await top('Per wijk')).toBeLessThan(firstPlan);
    expect(await top('Per bron')).toBeLessThan(firstPlan);
    expect(await page.getByRole('table', { name: 'Per wijk' }).locator('tbody tr').count()).toBe(22);
    expect(await seriousViolations(page)).toEqual([]);
    const phone = await openPage('2023-programme-nl', 390, { mobile: true });
    expect(await overflow(phone)).toBe(0);
    await phone.screenshot({ path: join(artifacts, 'report-2023-programme-nl-phone.png') });
  }, 120_000);

  it('runs past no edge at any width from a small phone to a desktop', async () => {
    for (const name of ['2013-nl', '2014-multi-nl', '2014-besteed-nl', 'years-en']) {
      const page = await openPage(name, 1280);
      for (const width of [320, 390, 480, 600, 720, 840, 960, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await overflow(page), `${name} at ${width}px`).toBe(0);
      }
    }
  }, 120_000);

  it('shows a wide table row by row on a phone, each value after its column name, and keeps it a table', async () => {
    const page = await openPage('2014-besteed-nl', 390, { mobile: true });
    const table = page.getByRole('table', { name: 'Per bron' }).first();
    // Still a table to a screen reader: the column headers are there, the values are cells.
    expect(await table.getByRole('columnheader').allInnerTexts()).toHaveLength(7);
    expect(await table.getByRole('columnheader', { name: 'Besteed', exact: true }).count()).toBe(1);
    const cell = table.locator('td[data-label="Besteed"]').first();
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toMatch(/Besteed/);
    // Each row is one block, as wide as the table: the values stand under each other.
    const row = await table.locator('tbody tr').first().boundingBox();
    const tableBox = await table.boundingBox();
    expect(Math.round(row!.width)).toBe(Math.round(tableBox!.width));
    const tops = await table
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(tops.length);

    // On a desktop the same table has its columns side by side.
    await page.setViewportSize({ width: 1280, height: 900 });
    const wide = await table
      .locator('tbody tr')
      .first()
      .locator('td')
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().top));
    expect(new Set(wide).size).toBe(1);
  }, 60_000);

  it('shows the lists of a description as lists, and names no file or code', async () => {
    const page = await openPage('2013-nl', 1280);
    const list = page.locator('h4:has-text("1. Wijkmanagers") ~ ul').first();
    expect(await list.getByRole('listitem').allInnerTexts()).toEqual(['groepstraining', 'individuele cursussen']);
    const text = await renderedText(page);
    expect(text).not.toMatch(/\.yaml|\d+:\d+|\[no-owner\]/);
    expect(text).toContain('Activiteit 2 (Regiegroep) heeft nog geen actiehouder.');
  }, 60_000);

  it('prints on A4 without anything running off the page', async () => {
    for (const name of ['2014-besteed-nl', 'years-en']) {
      const page = await openPage(name, 1280);
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
      expect(await overflow(page), name).toBe(0);
    }
    const page = await openPage('2014-multi-nl', 1280);
    await page.emulateMedia({ media: 'print' });
    // The printable width of A4 less the page margins of the style sheet (210 mm - 30 mm, at 96 dpi).
    await page.setViewportSize({ width: Math.floor((180 / 25.4) * 96), height: 1000 });
    expect(await overflow(page)).toBe(0);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(artifacts, 'report-2014-multi-nl.pdf'), pdf);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    // Each plan and the year's totals start on a page of their own.
    expect(pageCount).toBeGreaterThanOrEqual(3);
    const mediaBox = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect([Math.round(Number(mediaBox?.[1])), Math.round(Number(mediaBox?.[2]))]).toEqual([595, 842]);
  }, 60_000);

  it('shows markup in a plan as text and runs no script from it', async () => {
    const page = await openPage('markup-nl', 1280);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.title()).toBe("Plan <script>alert('x')</script> & co");
    expect(await page.locator('h1').first().innerText()).toBe("Plan <script>alert('x')</script> & co");
    expect(await page.locator('img, b, i, em').count()).toBe(0);
    expect(await renderedText(page)).toContain('Tweede alinea met <em>opmaak</em>.');
    expect(readFileSync(new URL(pages['markup-nl']!), 'utf8')).not.toContain('<script>');
  }, 60_000);
});
