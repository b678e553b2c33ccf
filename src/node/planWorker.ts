// A worker thread that reads plans for readPlans: it takes the next file from the shared counter
// until none is left, and sends back what it read with each file's index.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckedFile } from '../load/parsePlan.js';
import { readPlan } from './readPlan.js';
import { kept, type WorkerTask } from './readPlans.js';

const task = workerData as WorkerTask;
const counter = new Int32Array(task.next);
const results: [number, CheckedFile][] = [];
for (let i = Atomics.add(counter, 0, 1); i < task.refs.length; i = Atomics.add(counter, 0, 1)) {
  results.push([i, kept(await readPlan(task.refs[i]!, undefined, task.checks), task.diagnosticsOnly)]);
}
parentPort!.postMessage(results);
