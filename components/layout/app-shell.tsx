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
        {/* One row from sm up; on phones the navigation gets its own scrollable row under logo and user menu. */}
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-4 py-2 sm:h-14 sm:flex-nowrap sm:py-0">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            post<span className="text-brand-600">mood</span>
          </Link>
          <div className="order-3 -mx-1 w-full overflow-x-auto px-1 sm:order-none sm:mx-0 sm:w-auto sm:px-0">
            <NavLinks items={navItems} />
          </div>
          <div className="ml-auto">
            <UserMenu user={user} />
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-8">{children}</main>
    </div>
  );
}
