import { ROLE_LABEL, type Role } from "@/lib/auth/roles";

const COLORS: Record<Role, string> = {
  admin: "bg-amber-50 text-amber-800 ring-amber-200",
  analyst: "bg-sky-50 text-sky-800 ring-sky-200",
  annotator: "bg-violet-50 text-violet-800 ring-violet-200",
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <span
      data-testid="role-badge"
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-medium ring-1 ring-inset ${COLORS[role]}`}
    >
      {ROLE_LABEL[role]}
    </span>
  );
}
