import Link from "next/link";

// Rendered with HTTP 403 by forbidden() (lib/auth/require-page-user.ts). Next.js keeps the refused page's own
// metadata title here, so the tab would name a page the user cannot see: React puts this title in the head instead.
export default function Forbidden() {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <title>Not for your role · postmood</title>
      <p className="text-sm font-semibold text-brand-600">403</p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">This page is not for your role</h1>
      <p className="mt-2 max-w-md text-sm text-slate-500">
        Your account can&apos;t open this page. Ask an admin if you need a different role.
      </p>
      <Link href="/" className="mt-6 text-sm font-medium text-brand-600 hover:text-brand-700">
        Go to your home page →
      </Link>
    </main>
  );
}
