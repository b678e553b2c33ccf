// The language server's round trip: `jaarplan lsp` over stdio, plans/2013.yaml open, an edit sent,
// and the time until the diagnostics of that version arrive (the server waits 150 ms after the last
// keystroke before checking, so that wait is included). Run by `npm run bench` after run.mjs; alone:
// `node test/bench/lsp.mjs [--runs N]`, after `npm run build`.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const rpc = createRequire(import.meta.url)('vscode-languageserver-protocol/node');

/** Starts the server in `folder` for `file` (relative to it); the first text sent opens the file. */
async function session(folder, file) {
  const server = spawn(process.execPath, [join(root, 'bin/jaarplan.js'), 'lsp', '--stdio'], {
    cwd: folder,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    waiting.get(p.version)?.(performance.now());
    waiting.delete(p.version);
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const uri = pathToFileURL(join(folder, file)).href;
  let version = 1;
  /** Sends a text and resolves with the milliseconds until its diagnostics arrive. */
  const send = (next, open = false) => {
    version++;
    const sent = performance.now();
    const arrived = new Promise((done) => waiting.set(open ? 1 : version, done));
    if (open) connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: next } });
    else connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: next }] });
    return arrived.then((at) => at - sent);
  };
  const close = async () => {
    await connection.sendRequest('shutdown');
    await connection.sendNotification('exit');
    connection.dispose();
  };
  return { send, close };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Median milliseconds from an edit of plans/2013.yaml to its diagnostics, over `runs` edits. */
export async function lspRoundTrip(folder, runs = 20) {
  const text = readFileSync(join(folder, 'plans/2013.yaml'), 'utf8');
  const s = await session(folder, 'plans/2013.yaml');
  await s.send(text, true);
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await s.send(text.replace('"€ 10.000"', i % 2 ? '10.000' : `"€ ${10_000 + i}"`)));
  await s.close();
  return { median: median(samples), max: Math.max(...samples) };
}

/** Milliseconds from opening a plan of about 5 MB to its diagnostics. */
export async function lspLargePlan(folder) {
  const activity = (nr) =>
    `      - nr: ${nr}\n        titel: Activiteit ${nr}\n        actiehouders: [Wijkmanager]\n        dekking:\n          - bron: wijkaanpak\n            bedrag: 10\n`;
  let big =
    'jaar: 2013\ntitel: Groot\ngemeente: Harderwijk\nbronnen:\n  wijkaanpak:\n    naam: Wijkaanpak\n    soort: eigen\nonderdelen:\n  - titel: Alles\n    activiteiten:\n';
  for (let nr = 1; big.length < 5_000_000; nr++) big += activity(nr);
  const s = await session(folder, 'plans/groot.yaml');
  const ms = await s.send(big, true);
  await s.close();
  return ms;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--runs');
  const r = await lspRoundTrip(root, i === -1 ? 20 : Number(process.argv[i + 1]));
  console.log(`diagnostics after an edit of plans/2013.yaml: median ${r.median.toFixed(0)} ms, slowest ${r.max.toFixed(0)} ms`);
  console.log(`diagnostics of a 5 MB plan after opening it: ${(await lspLargePlan(root)).toFixed(0)} ms`);
}
