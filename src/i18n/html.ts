import type { Lang } from './lang.js';

/** The words of the charts (HTML and Markdown) and of the HTML page, per language. */
export interface ChartLabels {
  /** The heading above the charts of a plan's budget. */
  charts: string;
  /** The chart of own budget against co-funding. */
  perSoort: string;
  /** The chart per source. */
  perSource: string;
  /** The chart per section. */
  perSection: string;
  /** The chart per activity. */
  perActivity: string;
  /** Said of an item without budget lines, where a dash would be read out as nothing. */
  noLines: string;
  /** What a chart's text alternative starts with: the unknown is not drawn to scale. */
  chartNote: string;
  /** The legend's entry for the hatched box of an unknown amount. */
  legendUnknown: string;
  /** The title of the Mermaid pie. */
  pieTitle: string;
  /** Above the list of sources that the pie leaves out or draws only in part. */
  notDrawn: string;
  /** When no source has a known amount, and so there is no pie. */
  nothingToDraw: string;
  /** The page's title when a year has several plans. */
  pageTitle: (year: number) => string;
  /** The line at the foot of the page. */
  footer: string;
}

/** The chart and page words of each language. */
export const chartLabels: Record<Lang, ChartLabels> = {
  nl: {
    charts: 'Grafieken',
    perSoort: 'Eigen budget tegenover cofinanciering',
    perSource: 'Geld per bron',
    perSection: 'Geld per onderdeel',
    perActivity: 'Geld per activiteit',
    noLines: 'geen dekking',
    chartNote: 'Bekende bedragen; een onbekend bedrag is gearceerd getekend, niet als nul',
    legendUnknown: 'onbekend bedrag',
    pieTitle: 'Bekende bedragen per bron',
    notDrawn: 'Niet of niet helemaal in de grafiek, want zonder bedrag:',
    nothingToDraw: 'Geen bekende bedragen om te tekenen.',
    pageTitle: (year) => `Jaarplannen ${year}`,
    footer: 'Gemaakt met jaarplan. Bedragen zoals de plannen ze noemen; onbekend is niet nul.',
  },
  en: {
    charts: 'Charts',
    perSoort: 'Own budget against co-funding',
    perSource: 'Money per source',
    perSection: 'Money per section',
    perActivity: 'Money per activity',
    noLines: 'no budget lines',
    chartNote: 'Known amounts; an unknown amount is drawn hatched, not as zero',
    legendUnknown: 'unknown amount',
    pieTitle: 'Known amounts per source',
    notDrawn: 'Not or not fully in the chart, for lack of an amount:',
    nothingToDraw: 'No known amounts to draw.',
    pageTitle: (year) => `Annual plans ${year}`,
    footer: 'Made with jaarplan. Amounts as the plans give them; unknown is not zero.',
  },
};
