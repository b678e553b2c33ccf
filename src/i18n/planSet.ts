import type { Lang } from './lang.js';

/** What `totals` and `report` say about the plans they leave out. */
export const planSetWords: Record<Lang, { conceptSkipped: (path: string) => string }> = {
  nl: {
    conceptSkipped: (path) => `${path} is een concept (concept: true) en telt niet mee.`,
  },
  en: {
    conceptSkipped: (path) => `${path} is a draft (concept: true) and is not counted.`,
  },
};
