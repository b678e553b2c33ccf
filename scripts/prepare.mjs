// npm's `prepare`: build the package. In a checkout with its dependencies installed (npm ci) that is
// all it does. When npm prepares jaarplan as a git dependency (`npm install -g git+…`, which is how
// pre-commit 4 installs a node hook), the install it runs in the clone inherits `global` from the
// outer command, so the clone gets no node_modules and the build finds none of its tools. Then this
// script installs the locked dependencies, dev ones included, into the clone itself first; the
// tarball npm packs from the clone has only `files`, so they do not reach the installed package.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(new URL('../package.json', import.meta.url));

/** The packages the build runs: the schema's compiler, the type checker and the bundler. */
const buildTools = ['ajv', 'typescript', 'esbuild'];

const missing = buildTools.filter((name) => {
  try {
    require.resolve(`${name}/package.json`);
    return false;
  } catch {
    return true;
  }
});

/** Runs npm in the package's own folder, failing this script with npm's exit code. */
function npm(args) {
  // npm_execpath is the npm that runs this script; use it, so the same npm installs as builds.
  const execPath = process.env.npm_execpath;
  const [command, argv] = execPath ? [process.execPath, [execPath, ...args]] : ['npm', args];
  const r = spawnSync(command, argv, { cwd: root, stdio: 'inherit', shell: !execPath && process.platform === 'win32' });
  if (r.status !== 0) {
    console.error(`jaarplan prepare: npm ${args.join(' ')} failed${r.error ? `: ${r.error.message}` : ''}`);
    process.exit(r.status || 1);
  }
}

if (missing.length > 0) {
  if (!existsSync(new URL('../package-lock.json', import.meta.url))) {
    console.error(`jaarplan prepare: the build needs ${missing.join(', ')}, and there is no package-lock.json to install them from`);
    process.exit(1);
  }
  console.error(`jaarplan prepare: installing the build's dependencies (${missing.join(', ')} missing) from package-lock.json`);
  // --global=false overrides the inherited global; --ignore-scripts keeps this prepare from running
  // again inside its own install (the build below is the one that counts).
  npm(['ci', '--global=false', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--no-progress']);
}
npm(['run', 'build']);
