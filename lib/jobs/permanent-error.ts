// A failure that no retry can fix (a private subreddit, bad credentials, bad options). Engines map it to their own
// "do not retry" error: Inngest's NonRetriableError, BullMQ's UnrecoverableError.
export class PermanentJobError extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}
