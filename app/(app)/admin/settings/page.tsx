import type { Metadata } from "next";
import { AdminSettings } from "@/components/annotate/admin-settings";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requirePageUser({ roles: ["admin"], path: "/admin/settings" });
  return (
    <>
      <PageHeader title="Settings" description="How annotation works: overlap, dataset builds, silver labels and the guidelines." />
      <AdminSettings />
    </>
  );
}
