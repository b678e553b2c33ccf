import type { Worker } from 'node:worker_threads';
import type { CheckOptions } from '../core/checkVerantwoording.js';
import type { Analysis } from './analysis.js';

/** From this size on, a plan is read in a worker thread (real plans are about 10 KB). */
export const LARGE_PLAN = 256 * 1024;

/** What the worker is asked. */
export interface CheckRequest {
  id: number;
  uri: string;
  text: string;
  path: string;
  version: number;
  checks: CheckOptions;
}

/** What it answers. */
export interface CheckResult {
  id: number;
  analysis: Analysis;
}

// The worker is always the built bundle (scripts/bundle.mjs), as the plan readers' are.
const workerUrl = new URL('../../dist/bundle/checkWorker.js', import.meta.url);

/** One worker thread, started when the first large plan is opened, that reads large plans in turn. */
export class LargePlans {
  private worker: Worker | undefined;
  private nextId = 1;
  private waiting = new Map<number, { resolve: (a: Analysis) => void; reject: (e: Error) => void }>();

  async analyse(uri: string, text: string, path: string, version: number, checks: CheckOptions): Promise<Analysis> {
    const worker = await this.started();
    const id = this.nextId++;
    const made = await new Promise<Analysis>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      worker.postMessage({ id, uri, text, path, version, checks } satisfies CheckRequest);
    });
    // The very options it was asked with, not the worker's copy, so that a config read since is seen to be newer.
    return { ...made, checks };
  }

  private async started(): Promise<Worker> {
    if (this.worker) return this.worker;
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(workerUrl);
    worker.on('message', (result: CheckResult) => {
      this.waiting.get(result.id)?.resolve(result.analysis);
      this.waiting.delete(result.id);
    });
    const fail = (error: Error) => {
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
      this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the plan checker stopped with code ${code}`)));
    // The server may stop while a large plan is being read.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  close(): void {
    void this.worker?.terminate();
  }
}
