import { hasRole, type Role } from "@/lib/auth/roles";

// The navigation shell shows each role what it can do, and nothing else.
export type NavItem = { href: string; label: string; roles: readonly Role[] };

const NAV_ITEMS: NavItem[] = [
  { href: "/searches", label: "Searches", roles: ["analyst"] },
  { href: "/annotate", label: "Annotate", roles: ["annotator"] },
  { href: "/datasets", label: "Datasets", roles: ["analyst", "annotator"] },
  { href: "/admin/users", label: "Users", roles: ["admin"] },
  { href: "/admin/jobs", label: "Jobs", roles: ["admin"] },
  { href: "/admin/disagreements", label: "Disagreements", roles: ["admin"] },
  { href: "/admin/settings", label: "Settings", roles: ["admin"] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => hasRole(role, item.roles));
}
