import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { seedAccounts } from "@/lib/seed/demo-users";

// Shared setup of the annotation specs: a classified search (started as the analyst through the API, like
// e2e/searches), sign-in as any seeded account (there are two annotators), and the e2e database for checking what
// was stored.

export const databaseUrl = process.env.E2E_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postmood_e2e";
const origin = { origin: `http://localhost:${process.env.E2E_PORT ?? 3100}` }; // state-changing API calls must carry the app's own Origin (CSRF check)

export function accountByEmail(email: string) {
  const account = seedAccounts().find((a) => a.email === email);
  if (!account) throw new Error(`no seeded account ${email}`);
  return account;
}

export async function signInAs(page: Page, email: string) {
  const account = accountByEmail(email);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("role-badge")).toBeVisible();
  return account;
}

/** A browser context signed in as the account; its `request` carries the session cookie. */
export async function contextAs(browser: Browser, email: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

/** Start (or reuse) a search as the analyst and wait until the model has labelled what it stored. */
export async function classifiedSearch(browser: Browser, body: { keyword: string; limit: number; includeComments?: boolean }): Promise<string> {
  const { context } = await contextAs(browser, "analyst@postmood.local");
  try {
    const started = await context.request.post("/api/searches", { data: body, headers: origin });
    expect([200, 201, 202]).toContain(started.status());
    const { searchId } = (await started.json()) as { searchId: string };
    await expect
      .poll(
        async () => {
          const response = await context.request.get(`/api/searches/${searchId}`);
          const search = (await response.json()) as { status: string; progress: { stored: number; classified: number } };
          return search.status === "done" && search.progress.classified >= search.progress.stored ? "classified" : search.status;
        },
        { timeout: 120_000, intervals: [500, 1_000] },
      )
      .toBe("classified");
    return searchId;
  } finally {
    await context.close();
  }
}

export async function patchSettings(context: BrowserContext, body: Record<string, unknown>) {
  const response = await context.request.patch("/api/settings", { data: body, headers: origin });
  expect(response.status(), await response.text()).toBe(200);
}

export async function postCorrection(context: BrowserContext, body: Record<string, unknown>) {
  return context.request.post("/api/corrections", { data: body, headers: origin });
}

export async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export async function userId(client: pg.Client, email: string): Promise<string> {
  const { rows } = await client.query<{ id: string }>("select id from users where email = $1", [email]);
  if (!rows[0]) throw new Error(`no user ${email}`);
  return rows[0].id;
}
