import { headers } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requirePageUser } from "@/lib/auth/require-page-user";
import { navItemsFor } from "@/lib/auth/navigation";

// Every page in this group needs a signed-in user; each page checks its own role.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser({ path: (await headers()).get("x-pathname") ?? "/" });
  return (
    <AppShell user={user} navItems={navItemsFor(user.role).map(({ href, label }) => ({ href, label }))}>
      {children}
    </AppShell>
  );
}
