import { afterAll, describe, expect, it } from "vitest";
import { GET as getGuidelinesRoute } from "@/app/api/guidelines/route";
import { GET as getSettingsRoute, PATCH as patchSettingsRoute } from "@/app/api/settings/route";
import { getSharedTcpConnection } from "@/lib/redis/tcp-connection";
import { createSignedInUser, type TestAccount } from "@/test/helpers/sessions";
import { callRoute } from "@/test/helpers/annotation-fixtures";

// GET/PATCH /api/settings (admin) and GET /api/guidelines (annotator) on the real database.

const patch = (admin: TestAccount, body: unknown) =>
  callRoute(patchSettingsRoute, { method: "PATCH", path: "/api/settings", cookie: admin.cookie, body });

describe("settings and guidelines", () => {
  afterAll(() => getSharedTcpConnection().quit());

  it("an admin reads and changes the settings; fields left out keep their value", async () => {
    const admin = await createSignedInUser("admin");
    const before = await callRoute(getSettingsRoute, { method: "GET", path: "/api/settings", cookie: admin.cookie });
    expect(before.status).toBe(200);
    expect(Object.keys(before.json).sort()).toEqual(
      ["datasetThreshold", "guidelines", "includeSilver", "overlap", "silverMinConfidence", "updatedAt", "updatedBy"].sort(),
    );
    const changed = await patch(admin, { overlap: 3, guidelines: "# Rules\n\n**Sarcasm** is negative." });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      overlap: 3,
      datasetThreshold: before.json.datasetThreshold,
      includeSilver: before.json.includeSilver,
      guidelines: "# Rules\n\n**Sarcasm** is negative.",
      updatedBy: { id: admin.id, email: admin.email },
    });
    expect((await patch(admin, { datasetThreshold: 200, includeSilver: true, silverMinConfidence: 0.95 })).json).toMatchObject({
      overlap: 3, datasetThreshold: 200, includeSilver: true, silverMinConfidence: 0.95,
    });
    await patch(admin, { overlap: 1, datasetThreshold: 100_000, includeSilver: false });
  });

  it("422 names the invalid field and changes nothing", async () => {
    const admin = await createSignedInUser("admin");
    const before = (await callRoute(getSettingsRoute, { method: "GET", path: "/api/settings", cookie: admin.cookie })).json;
    const cases: [unknown, string][] = [
      [{ overlap: 0 }, "overlap"],
      [{ overlap: 11 }, "overlap"],
      [{ overlap: 1.5 }, "overlap"],
      [{ overlap: "2" }, "overlap"],
      [{ datasetThreshold: 0 }, "datasetThreshold"],
      [{ datasetThreshold: 100_001 }, "datasetThreshold"],
      [{ includeSilver: "yes" }, "includeSilver"],
      [{ silverMinConfidence: 1.2 }, "silverMinConfidence"],
      [{ guidelines: "é".repeat(26 * 1024) }, "guidelines"], // 52 kB in UTF-8
      [{ overlap: 2, datasetThreshold: -1 }, "datasetThreshold"],
    ];
    for (const [body, field] of cases) {
      const response = await patch(admin, body);
      expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(422);
      expect(Object.keys(response.json.error.fields)).toEqual([field]);
      expect(response.json.error.message).toContain(field);
    }
    expect((await patch(admin, {})).status).toBe(422);
    expect((await patch(admin, { colour: "red" })).status).toBe(422);
    const after = (await callRoute(getSettingsRoute, { method: "GET", path: "/api/settings", cookie: admin.cookie })).json;
    expect(after).toEqual(before);
  });

  it("annotators read the guidelines as Markdown", async () => {
    const [admin, annotator] = [await createSignedInUser("admin"), await createSignedInUser("annotator")];
    await patch(admin, { guidelines: "Press **g** to come back here." });
    const response = await callRoute(getGuidelinesRoute, { method: "GET", path: "/api/guidelines", cookie: annotator.cookie });
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ markdown: "Press **g** to come back here.", updatedAt: expect.any(String) });
  });
});
