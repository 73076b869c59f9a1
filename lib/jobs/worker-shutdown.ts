// The worker process is stopping (SIGTERM, Ctrl-C). Long-running steps listen to this signal and stop at the next
// safe point (ingestion: after the page in flight commits) instead of holding shutdown up for minutes; their job
// goes back to the queue and continues from its cursor on the next worker.
const controller = new AbortController();

export const workerShutdownSignal: AbortSignal = controller.signal;

export function requestWorkerShutdown(reason: string): void {
  if (!controller.signal.aborted) controller.abort(new WorkerShutdownError(reason));
}

export class WorkerShutdownError extends Error {
  constructor(reason: string) {
    super(`The worker is shutting down (${reason}); the job continues on the next worker.`);
    this.name = "WorkerShutdownError";
  }
}
