"use client";

import { Button } from "@/components/ui/button";
import { Cell, Table } from "@/components/ui/table";
import { ROLE_LABEL, ROLES, type Role } from "@/lib/auth/roles";
import { useUpdateUser, useUsers } from "@/lib/queries/users";

export function UsersTable({ currentUserId }: { currentUserId: string }) {
  const users = useUsers();
  const update = useUpdateUser();

  if (users.isPending) return <p className="text-sm text-slate-500">Loading users…</p>;
  if (users.isError) return <p role="alert" className="text-sm text-rose-700">{users.error.message}</p>;

  return (
    // min-w-0: inside the page grid, a wide table scrolls instead of widening the page
    <div className="min-w-0 space-y-3">
      {update.isError && (
        <p role="alert" className="rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-700">
          {update.error.message}
        </p>
      )}
      <Table label="Users" headers={["Name", "Email", "Role", "Status", ""]}>
        {users.data.map((user) => {
          const isMe = user.id === currentUserId;
          return (
            <tr key={user.id} data-testid={`user-row-${user.email}`}>
              <Cell className="font-medium">
                {user.name}
                {isMe && <span className="ml-1 text-xs text-slate-500">(you)</span>}
              </Cell>
              <Cell className="text-slate-600">{user.email}</Cell>
              <Cell>
                <select
                  aria-label={`Role of ${user.email}`}
                  value={user.role}
                  disabled={isMe || update.isPending}
                  onChange={(event) => update.mutate({ id: user.id, role: event.target.value as Role })}
                  className="rounded-md border-0 py-1 pl-2 pr-7 text-sm ring-1 ring-inset ring-slate-300 disabled:bg-slate-50"
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {ROLE_LABEL[role]}
                    </option>
                  ))}
                </select>
              </Cell>
              <Cell>
                {user.disabled ? (
                  <span className="text-rose-700">Disabled</span>
                ) : (
                  <span className="text-emerald-700">Active</span>
                )}
              </Cell>
              <Cell className="text-right">
                {!isMe && (
                  <Button
                    variant={user.disabled ? "secondary" : "danger"}
                    disabled={update.isPending}
                    onClick={() => update.mutate({ id: user.id, disabled: !user.disabled })}
                  >
                    {user.disabled ? "Enable" : "Disable"}
                  </Button>
                )}
              </Cell>
            </tr>
          );
        })}
      </Table>
    </div>
  );
}
