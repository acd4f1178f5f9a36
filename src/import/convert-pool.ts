import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { convertArticle, type ConvertContext, type ConvertedArticle, type ConvertJob } from './convert-article';

/**
 * The worker's module, built beside this one (`dist/import-worker.js`, and
 * the bench's copy beside its bundle). Run from the TypeScript sources, as
 * tests do, there is none: the articles are then converted on this thread.
 */
const WORKER_FILE = './import-worker.js';
/** Below this many articles, starting workers costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 200;
/** Articles sent to a worker at a time: large enough that messages cost little, small enough to share the work evenly. */
const BATCH = 40;

/** A batch of jobs for a worker, and the shared context it was started with. */
export interface WorkerRequest {
  id: number;
  jobs: ConvertJob[];
}
export type WorkerResponse = { id: number; results: ConvertedArticle[] } | { id: number; error: string };

/**
 * Converts every article, on worker threads when the machine has more than
 * one core and the import is large enough (the conversion is nearly all of an
 * import's time, and articles are independent), else on this thread. The
 * results come back in the jobs' order; the output is the same either way.
 * `workers: 'always'` insists on workers (tests of the built files use it).
 */
export async function convertAll(jobs: readonly ConvertJob[], context: ConvertContext, options: { workers?: 'auto' | 'always' } = {}): Promise<ConvertedArticle[]> {
  const workerUrl = new URL(WORKER_FILE, import.meta.url);
  const available = workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
  if (options.workers === 'always') {
    if (!available) throw new Error(`no import worker at ${workerUrl.href}`);
    return convertOnWorkers(jobs, context, workerUrl, 2);
  }
  const threads = Math.min(4, availableParallelism());
  if (jobs.length < MIN_ARTICLES_FOR_WORKERS || threads < 2 || !available) return jobs.map((job) => convertArticle(job, context));
  return convertOnWorkers(jobs, context, workerUrl, threads);
}

function convertOnWorkers(jobs: readonly ConvertJob[], context: ConvertContext, workerUrl: URL, threads: number): Promise<ConvertedArticle[]> {
  const results: ConvertedArticle[] = new Array(jobs.length);
  const batches: { start: number; jobs: ConvertJob[] }[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) batches.push({ start, jobs: jobs.slice(start, start + BATCH) });
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let failed = false;
    const stop = () => {
      for (const worker of workers) void worker.terminate();
    };
    const fail = (cause: unknown) => {
      if (failed) return;
      failed = true;
      stop();
      reject(cause instanceof Error ? cause : new Error(String(cause)));
    };
    const give = (worker: Worker) => {
      const batch = next < batches.length ? batches[next] : undefined;
      if (batch === undefined) return;
      worker.postMessage({ id: next, jobs: batch.jobs } satisfies WorkerRequest);
      next++;
    };
    for (let index = 0; index < Math.min(threads, batches.length); index++) {
      const worker = new Worker(workerUrl, { workerData: context });
      workers.push(worker);
      worker.on('message', (message: WorkerResponse) => {
        if ('error' in message) return fail(new Error(message.error));
        const batch = batches[message.id] as { start: number };
        message.results.forEach((result, offset) => {
          results[batch.start + offset] = result;
        });
        done++;
        if (done === batches.length) {
          stop();
          resolve(results);
        } else give(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0 && done < batches.length) fail(new Error(`an import worker stopped with status ${code}`));
      });
      give(worker);
    }
  });
}
