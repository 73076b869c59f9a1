// One error type for every way a source can fail, with a stable code for Search.errorCode and the CLI.
export type RedditErrorCode =
  | "bad-config"
  | "bad-credentials"
  | "token-error"
  | "unauthorized"
  | "user-agent-refused"
  | "subreddit-not-found"
  | "query-redirect"
  | "redirect"
  | "private"
  | "gated"
  | "quarantined"
  | "banned"
  | "forbidden"
  | "not-found"
  | "rate-limited"
  | "server-error"
  | "network"
  | "bad-body"
  | "http-error"
  | "file-error";

export class RedditError extends Error {
  readonly code: RedditErrorCode;
  readonly status?: number;
  readonly retryable: boolean;

  constructor(code: RedditErrorCode, message: string, options: { status?: number; retryable?: boolean; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "RedditError";
    this.code = code;
    this.status = options.status;
    this.retryable = options.retryable ?? false;
  }
}
