import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string; homepage?: string };

/** The version of jaarplan, from its package.json. */
export const version = pkg.version;

/** The project's homepage, when package.json names one: the checks' documentation is linked from there. */
export const homepage: string | undefined = pkg.homepage;
