import { z } from "zod";

// One error type for the whole API. Every error body is { "error": { "code", "message", ... } }.

export type ErrorCode =
  | "bad_request"
  | "invalid_json"
  | "validation_failed"
  | "unauthenticated"
  | "forbidden"
  | "csrf_rejected"
  | "not_found"
  | "conflict"
  | "payload_too_large"
  | "rate_limited"
  | "unavailable"
  | "internal_error";

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError(404, "not_found", `${what} not found.`);

export function errorResponse(
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
  details?: Record<string, unknown>,
): Response {
  return Response.json({ error: { code, message, ...details } }, { status, headers });
}

/** Field errors in a form a client can put next to its inputs: { "keyword": ["Required"], "": [...] }. */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".");
    (fields[path] ??= []).push(issue.message);
  }
  return fields;
}

export function validationError(error: z.ZodError): AppError {
  const fields = fieldErrors(error);
  const summary = Object.entries(fields)
    .map(([field, messages]) => `${field || "body"}: ${messages.join(", ")}`)
    .join("; ");
  return new AppError(422, "validation_failed", `Invalid input. ${summary}`, { fields });
}
