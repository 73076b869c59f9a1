import Link from "next/link";
import type { ReactNode } from "react";
import { NavLinks } from "@/components/layout/nav-links";
import { UserMenu } from "@/components/layout/user-menu";
import type { SessionUser } from "@/lib/auth/get-session-user";

export function AppShell({
  user,
  navItems,
  children,
}: {
  user: SessionUser;
  navItems: { href: string; label: string }[];
  children: ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-6xl items-center gap-8 px-4">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            post<span className="text-brand-600">mood</span>
          </Link>
          <NavLinks items={navItems} />
          <div className="ml-auto">
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
