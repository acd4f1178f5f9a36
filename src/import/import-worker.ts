import { parentPort, workerData } from 'node:worker_threads';
import { convertArticle, type ConvertContext } from './convert-article';
import type { WorkerRequest, WorkerResponse } from './convert-pool';

/**
 * A worker thread of `help-panel import` (see convert-pool.ts): converts the
 * batches of articles it is sent, with the context it was started with.
 * Built as its own file (`dist/import-worker.js`); never imported.
 */
const context = workerData as ConvertContext;

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response = { id: request.id, results: request.jobs.map((job) => convertArticle(job, context)) };
  } catch (cause) {
    response = { id: request.id, error: cause instanceof Error ? cause.message : String(cause) };
  }
  parentPort?.postMessage(response);
});
