"use client";

import { useMutation } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { RoleBadge } from "@/components/ui/role-badge";
import { authClient } from "@/lib/auth/auth-client";
import type { SessionUser } from "@/lib/auth/get-session-user";
import { hasRole } from "@/lib/auth/roles";
import { releaseClaimsForSignOut } from "@/lib/queries/annotation";

export function UserMenu({ user }: { user: SessionUser }) {
  // A full page load after sign-out: nothing of this user's cached data or screen state outlives the session.
  const signOut = useMutation({
    mutationFn: async () => {
      if (hasRole(user.role, ["annotator"])) await releaseClaimsForSignOut();
      await authClient.signOut();
    },
    onSuccess: () => window.location.replace("/sign-in"),
  });
  return (
    <div className="flex items-center gap-3">
      <div className="hidden text-right leading-tight sm:block">
        <p className="text-sm font-medium text-slate-900" data-testid="user-name">
          {user.name}
        </p>
        <p className="text-xs text-slate-500">{user.email}</p>
      </div>
      <RoleBadge role={user.role} />
      <Button variant="ghost" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
        Sign out
      </Button>
    </div>
  );
}
