// A worker thread that reads plans for readPlans: it takes the next file from the shared counter
// until none is left, and sends back what it read with each file's index.
import { parentPort, workerData } from 'node:worker_threads';
import { readPlan } from './readPlan.js';
import { kept, type WorkerResult, type WorkerTask } from './readPlans.js';

const task = workerData as WorkerTask;
const counter = new Int32Array(task.next);
const hash = task.hashes ? (await import('./resultCache.js')).contentHash : undefined;
const options = task.fast ? { clean: (await import('../load/fastPlan.js')).readClean } : {};
const results: WorkerResult[] = [];
for (let i = Atomics.add(counter, 0, 1); i < task.refs.length; i = Atomics.add(counter, 0, 1)) {
  let seen: string | undefined;
  const read = await readPlan(task.refs[i]!, {
    ...options,
    shared: true,
    checks: task.checks,
    ...(hash ? { seen: (bytes: Uint8Array) => (seen = hash(bytes)) } : {}),
  });
  results.push([i, kept(read, task.diagnosticsOnly), seen]);
}
parentPort!.postMessage(results);
