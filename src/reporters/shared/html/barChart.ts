import { isUnknown, type Sum } from '../../../core/sum.js';
import { escapeHtml } from './escapeHtml.js';

/** The fill of a bar: the kind of source it is, or neutral where the money is mixed. */
export type BarTone = 'eigen' | 'cofinanciering' | 'neutral';

/** One bar: what it is, its sum, and how the sum reads in words. */
export interface BarItem {
  /** The label left above the bar. */
  label: string;
  /** The sum the bar stands for. */
  sum: Sum;
  /** The sum as people read it (`€ 5.000 + 1 onbekend`), shown right above the bar. */
  amount: string;
  /** Its fill. */
  tone: BarTone;
}

/** A horizontal bar chart. */
export interface BarChart {
  /** Unique on the page: the ids of the title, the description and the hatch pattern start with it. */
  id: string;
  /** The chart's title (also its accessible name). */
  title: string;
  /** Said before the numbers in the text alternative. */
  note: string;
  /** The bars. */
  items: BarItem[];
}

/** Narrow enough that the text stays readable when a phone shrinks the chart to its width. */
const WIDTH = 440;
const FONT = 15;
const ROW = 50;
const BAR = 16;
/** The width of the hatched box that stands for an unknown amount: a fixed mark, not a scale. */
const UNKNOWN = 56;
/** Estimates of the width of a character (regular, and bold for amounts), to shorten labels that would run into the amount. */
const CHAR = FONT * 0.56;
const BOLD_CHAR = FONT * 0.62;

const fills: Record<BarTone, string> = { eigen: '#1f5fa8', cofinanciering: '#a34f00', neutral: '#33566e' };

function shorten(label: string, room: number): string {
  const max = Math.max(8, Math.floor(room / CHAR));
  return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

/**
 * A bar chart as inline SVG. Known amounts are bars to scale; an amount that is (partly) unknown
 * gets a hatched, outlined box of fixed width, so it is never drawn as zero nor as a guess. The
 * chart is an image with a title and a description that state every number.
 */
export function barChart(chart: BarChart): string {
  const max = Math.max(0, ...chart.items.map((i) => i.sum.known));
  const anyUnknown = chart.items.some((i) => i.sum.unknownLines > 0);
  const scale = WIDTH - 2 - (anyUnknown ? UNKNOWN + 4 : 0);
  const height = chart.items.length * ROW + 4;
  const hatch = `${chart.id}-hatch`;
  const rows = chart.items.map((item, n) => {
    const y = n * ROW;
    const parts = [
      `<text x="0" y="${y + FONT + 2}" class="label">${escapeHtml(shorten(item.label, WIDTH - item.amount.length * BOLD_CHAR - 12))}</text>`,
      `<text x="${WIDTH - 2}" y="${y + FONT + 2}" class="amount" text-anchor="end">${escapeHtml(item.amount)}</text>`,
    ];
    const barY = y + FONT + 9;
    let x = 1;
    if (!isUnknown(item.sum) && item.sum.known > 0) {
      const w = Math.max(2, Math.round((item.sum.known / max) * scale));
      parts.push(`<rect x="${x}" y="${barY}" width="${w}" height="${BAR}" fill="${fills[item.tone]}" class="bar"/>`);
      x += w + 4;
    }
    if (item.sum.unknownLines > 0) {
      parts.push(
        `<rect x="${x}" y="${barY}" width="${UNKNOWN}" height="${BAR}" fill="url(#${hatch})" stroke="#4a4a4a" stroke-width="1.5" stroke-dasharray="4 2" class="unknown"/>`,
      );
    }
    return `<g>${parts.join('')}</g>`;
  });
  const desc = `${chart.note}: ${chart.items.map((i) => `${i.label}: ${i.amount}`).join('; ')}.`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${chart.id}-title ${chart.id}-desc" ` +
    `viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" class="chart" font-size="${FONT}">` +
    `<title id="${chart.id}-title">${escapeHtml(chart.title)}</title>` +
    `<desc id="${chart.id}-desc">${escapeHtml(desc)}</desc>` +
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#4a4a4a" stroke-width="2"/></pattern></defs>` +
    rows.join('') +
    `</svg>`
  );
}
