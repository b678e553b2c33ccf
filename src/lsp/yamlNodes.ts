import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair, type Scalar } from 'yaml';

/** A path into the plan's data: keys and list indexes, as in a JSON pointer. */
export type Path = (string | number)[];

/** What sits at an offset of the text: the node, the path to it, and whether the offset is on a key. */
export interface NodeAt {
  path: Path;
  onKey: boolean;
  node: Node;
  /** The key/value pair the node belongs to, when it is a key or a value of a mapping. */
  pair?: Pair;
}

/** The text parsed for positions only, forgiving: the checks read it on their own. */
export function parseForPositions(text: string): Document.Parsed {
  return parseDocument(text, { lineCounter: new LineCounter(), uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
}

const within = (node: unknown, offset: number): boolean => {
  const range = (node as Node | null)?.range;
  return range !== undefined && range !== null && range[0] <= offset && offset <= range[1];
};

/** The text of a key. */
export function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** The deepest key or scalar value at `offset`, with its path. */
export function nodeAt(doc: Document, offset: number): NodeAt | null {
  let node: unknown = doc.contents;
  const path: Path = [];
  let owner: Pair | undefined;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((p) => within(p.key, offset) || within(p.value, offset));
      if (!pair) return null;
      path.push(keyOf(pair));
      if (within(pair.key, offset) && !within(pair.value, offset)) return { path, onKey: true, node: pair.key as Node, pair };
      owner = pair;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => within(item, offset));
      if (index === -1) return null;
      path.push(index);
      owner = undefined;
      node = node.items[index];
    } else if (isScalar(node) && within(node, offset)) {
      return { path, onKey: false, node, ...(owner ? { pair: owner } : {}) };
    } else {
      return null;
    }
  }
}

/** The pair at a path, when every step of it exists. */
export function pairAt(doc: Document, path: Path): Pair | undefined {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      pair = node.items.find((p) => keyOf(p) === String(segment));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      pair = undefined;
      node = node.items[segment];
    } else {
      return undefined;
    }
  }
  return pair;
}

/**
 * Every place that names a source, with its path: the `bron` of every budget line, funding line and
 * income line, and each key of the stated totals per source (`totalen.bronnen`).
 */
export function bronValues(doc: Document): { path: Path; node: Scalar }[] {
  const found: { path: Path; node: Scalar }[] = [];
  for (const list of ['financiering', 'baten']) {
    const lines = doc.get(list, true);
    if (!isSeq(lines)) continue;
    lines.items.forEach((line, l) => {
      const bron = isMap(line) ? line.get('bron', true) : undefined;
      if (isScalar(bron) && bron.range) found.push({ path: [list, l, 'bron'], node: bron });
    });
  }
  const stated = doc.getIn(['totalen', 'bronnen'], true);
  if (isMap(stated)) {
    for (const p of stated.items)
      if (isPair(p) && isScalar(p.key) && p.key.range) found.push({ path: ['totalen', 'bronnen', keyOf(p)], node: p.key });
  }
  const sections = doc.get('onderdelen', true);
  if (!isSeq(sections)) return found;
  sections.items.forEach((section, s) => {
    const activities = isMap(section) ? section.get('activiteiten', true) : undefined;
    if (!isSeq(activities)) return;
    activities.items.forEach((activity, a) => {
      const lines = isMap(activity) ? activity.get('dekking', true) : undefined;
      if (!isSeq(lines)) return;
      lines.items.forEach((line, l) => {
        const bron = isMap(line) ? line.get('bron', true) : undefined;
        if (isScalar(bron) && bron.range) found.push({ path: ['onderdelen', s, 'activiteiten', a, 'dekking', l, 'bron'], node: bron });
      });
    });
  });
  return found;
}

/** The declared sources: each key under `bronnen`, with its pair. */
export function sourceKeys(doc: Document): Pair[] {
  const bronnen = doc.get('bronnen', true);
  return isMap(bronnen) ? bronnen.items.filter((p) => isPair(p) && isScalar(p.key)) : [];
}

/** Path segments of a JSON pointer. */
export function pathOfPointer(pointer: string): Path {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}
