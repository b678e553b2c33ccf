import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = readFileSync(fileURLToPath(new URL('../../plans/2013.yaml', import.meta.url)), 'utf8');

/** Replaces a piece of the 2013 plan that must be there (a changed plan must not pass unnoticed). */
function edit(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`not in plans/2013.yaml: ${from}`);
  return text.replace(from, to);
}

/**
 * Plans as they really are, made from the bundled 2013 plan: each keeps its five warnings (two lines
 * without an amount, two activities without an owner, an unallocated budget), and in turn they get
 * other amounts, a wijk, a missing owner more, spending that deviates without explanation, a Dutch
 * amount with cents, and now and then an error (a misspelt key, an unknown source, more allocated
 * than the budget, an amount that cannot be read). Every plan has an identity of its own.
 */
export function plansLike2013(count: number, { errors = true } = {}): { name: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => {
    let text = edit(base, 'gemeente: Harderwijk', `gemeente: Harderwijk ${i}`);
    text = edit(text, 'bedrag: "€ 10.000"', `bedrag: "€ ${10 + (i % 7)}.${String((i * 37) % 1000).padStart(3, '0')}"`);
    if (i % 3 === 1) text = edit(text, 'programma: Betrokken', 'wijk: Stadsdennen\nprogramma: Betrokken');
    if (i % 4 === 1) text = edit(text, '        actiehouders:\n          - Coördinator Brede Impuls\n', '');
    if (i % 5 === 2) text = edit(text, 'bedrag: "€ 20.000"\n', 'bedrag: "€ 20.000"\n            besteed: "€ 12.500"\n');
    if (i % 6 === 3) text = edit(text, 'bedrag: "€ 5.000"', 'bedrag: "€ 5.000,50"');
    if (errors && i % 11 === 4)
      text = edit(text, '        omschrijving: >-\n          Economische', '        omschrjving: >-\n          Economische');
    else if (errors && i % 13 === 6)
      text = edit(
        text,
        '          - bron: wijkaanpak\n            bedrag: "€ 20.000"',
        '          - bron: wijkaanpk\n            bedrag: "€ 20.000"',
      );
    else if (errors && i % 17 === 7) text = edit(text, 'totaal_budget: "€ 60.000"', 'totaal_budget: "€ 30.000"');
    else if (errors && i % 19 === 8) text = edit(text, 'bedrag: "€ 20.000"', 'bedrag: "€ 20.000,-,-"');
    else if (errors && i % 23 === 9) text = edit(text, 'bedrag: "€ 20.000"', 'bedrag: 20.000');
    return { name: `2013-plan-${String(i).padStart(4, '0')}.yaml`, text };
  });
}

/** Writes `count` plans like the 2013 one into a folder, and returns their paths. */
export function writePlansLike2013(dir: string, count: number, options: { errors?: boolean } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  return plansLike2013(count, options).map(({ name, text }) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  });
}
