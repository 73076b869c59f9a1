import type { Metadata } from "next";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UsersTable } from "@/components/admin/users-table";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/require-page-user";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requirePageUser({ roles: ["admin"], path: "/admin/users" });
  return (
    <>
      <PageHeader title="Users" description="Create accounts, change roles, disable access." />
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <UsersTable currentUserId={user.id} />
        <CreateUserForm />
      </div>
    </>
  );
}
