// npm run db:seed – creates the first admin (ADMIN_EMAIL / ADMIN_PASSWORD) and the demo users, then prints logins.
import { prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { seedAccounts } from "@/lib/seed/demo-users";
import { checkLogin } from "@/lib/seed/check-login";
import { seedUsers } from "@/lib/seed/seed-users";

async function main() {
  const accounts = seedAccounts();
  const { created } = await seedUsers(accounts);
  console.log(`Accounts: ${created.length} created, ${accounts.length - created.length} already there.`);
  console.log(`Sign in at ${env.APP_URL}/sign-in with:`);
  for (const account of accounts) {
    const works = await checkLogin(account);
    const password = works ? account.password : "(set before; this password no longer matches)";
    console.log(`  ${account.role.padEnd(9)}  ${account.email.padEnd(28)}  ${password}`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
