import { env } from "@/lib/env";
import type { CreateUserBody } from "@/lib/schemas/user";

// The accounts the setup command creates: the first admin from env, and (SEED_DEMO_USERS) one user per other role.
export function seedAccounts(): CreateUserBody[] {
  const admin: CreateUserBody = { email: env.ADMIN_EMAIL, name: "Admin", password: env.ADMIN_PASSWORD, role: "admin" };
  if (!env.SEED_DEMO_USERS) return [admin];
  return [
    admin,
    { email: "analyst@postmood.local", name: "Ana Analyst", password: "postmood-analyst", role: "analyst" },
    { email: "annotator@postmood.local", name: "Noor Annotator", password: "postmood-annotator", role: "annotator" },
    // A second annotator: overlap, agreement and disagreements need two people.
    { email: "annotator2@postmood.local", name: "Sam Annotator", password: "postmood-annotator2", role: "annotator" },
  ];
}
