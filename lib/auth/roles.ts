// The three roles. An admin can do everything; analysts run searches and read results; annotators correct labels.

export const ROLES = ["admin", "analyst", "annotator"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** True when a user with `role` may use something open to `allowed`. Admins pass every check. */
export function hasRole(role: Role, allowed: readonly Role[]): boolean {
  return role === "admin" || allowed.includes(role);
}

/** Where each role lands after signing in. */
export const ROLE_HOME: Record<Role, string> = {
  admin: "/admin/users",
  analyst: "/searches",
  annotator: "/annotate",
};

export const ROLE_LABEL: Record<Role, string> = {
  admin: "Admin",
  analyst: "Analyst",
  annotator: "Annotator",
};
