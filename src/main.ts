// The entry of the CLI, bundled as one CommonJS script (dist/bundle/cli.cjs, see
// scripts/bundle.mjs) that bin/jaarplan.js runs with a V8 code cache (src/node/codeCache.ts). A
// script cannot have a top-level await.
import { run } from './cli.js';

// The CLI runs as a minified bundle; a stack asked for with --debug is shown in the sources' terms.
if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true);

// A reader that closes the pipe early (`jaarplan report | head`) is not an error.

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

void run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  isTTY: process.stdout.isTTY === true,
  ...(process.stdout.isTTY && process.stdout.columns ? { columns: process.stdout.columns } : {}),
  // Asked for only by `diff` reading `-`: process.stdin is made when first used (about 1 ms).
  get stdinIsTTY() {
    return process.stdin.isTTY === true;
  },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
}).then((code) => {
  process.exitCode = code;
});
