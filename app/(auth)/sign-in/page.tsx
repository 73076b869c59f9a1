import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/get-session-user";
import { ROLE_HOME } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const user = await getSessionUser(await headers());
  const { next } = await searchParams;
  // Only same-site paths: never bounce a signed-in user to another origin.
  const safeNext = next?.startsWith("/") && !next.startsWith("//") ? next : undefined;
  if (user) redirect(safeNext ?? ROLE_HOME[user.role]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-3xl font-semibold tracking-tight text-slate-900">
            post<span className="text-brand-600">mood</span>
          </p>
          <p className="mt-2 text-sm text-slate-500">What Reddit feels, as a dataset you can trust.</p>
        </div>
        <SignInForm next={safeNext} />
      </div>
    </main>
  );
}
