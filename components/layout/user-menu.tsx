"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { RoleBadge } from "@/components/ui/role-badge";
import { authClient } from "@/lib/auth/auth-client";
import type { SessionUser } from "@/lib/auth/get-session-user";

export function UserMenu({ user }: { user: SessionUser }) {
  const router = useRouter();
  const signOut = useMutation({
    mutationFn: () => authClient.signOut(),
    onSuccess: () => {
      router.replace("/sign-in");
      router.refresh();
    },
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
