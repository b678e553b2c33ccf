import { createRequire } from 'node:module';
import type { Path } from './yamlNodes.js';

/** The part of a JSON Schema the editor help reads. */
export interface SchemaNode {
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: unknown[];
  examples?: unknown[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  required?: string[];
  $ref?: string;
}

let loaded: (SchemaNode & { definitions?: Record<string, SchemaNode> }) | undefined;

/** The plan schema, the one the CLI checks with (read once, when first needed). */
function schema(): SchemaNode & { definitions?: Record<string, SchemaNode> } {
  loaded ??= createRequire(import.meta.url)('../../schemas/jaarplan.schema.json') as SchemaNode;
  return loaded;
}

function resolved(node: SchemaNode | undefined): SchemaNode | undefined {
  if (node?.$ref === undefined) return node;
  const name = node.$ref.replace('#/definitions/', '');
  // The title and description given beside a $ref are the more specific help.
  return { ...schema().definitions?.[name], ...Object.fromEntries(Object.entries(node).filter(([k]) => k !== '$ref')) };
}

/** The schema of the node at a path of the plan, or undefined where the schema has none. */
export function schemaAt(path: Path): SchemaNode | undefined {
  let node = resolved(schema());
  for (const segment of path) {
    if (node === undefined) return undefined;
    if (typeof segment === 'number') {
      node = resolved(node.items);
    } else {
      const extra = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
      node = resolved(node.properties?.[segment] ?? extra);
    }
  }
  return node;
}

/** The schema's help for a node: its title and description, as Markdown. */
export function helpOf(node: SchemaNode | undefined): string | undefined {
  if (node?.title === undefined && node?.description === undefined) return undefined;
  return [node.title === undefined ? '' : `**${node.title}**`, node.description ?? ''].filter((s) => s !== '').join('\n\n');
}
