import { expect, test, type Page } from "@playwright/test";
import { signIn } from "../../e2e/helpers/accounts";
import { seedBenchSearch } from "../results/seed-bench-search";

// The result page's item table with 20,000 rows loaded, in Chromium against a production build: how long frames take
// while the table scrolls continuously, how long a jump to anywhere in the list takes to paint, and how many rows
// are in the DOM (virtualized: only those in view). Frames are timed with requestAnimationFrame in the page.

const COUNT = Number(process.env.BENCH_TABLE_ROWS ?? 20_000);
const SCROLL_FRAMES = 600;
const PX_PER_FRAME = 240; // a fast flick; a wheel notch is about 100 px
const JUMPS = 60;

declare global {
  interface Window {
    __scrollFrames: (frames: number, step: number) => Promise<number[]>;
    __jumps: (count: number) => Promise<number[]>;
  }
}

test(`scrolling ${COUNT.toLocaleString("en")} rows`, async ({ page }) => {
  const { searchId } = await seedBenchSearch({ url: process.env.E2E_DATABASE_URL!, count: COUNT });
  await signIn(page, "analyst");
  await page.goto(`/searches/${searchId}`);
  const scroller = page.getByTestId("items-scroll");
  await expect(scroller).toBeVisible();

  const loadStarted = Date.now();
  await loadAllRows(page);
  const loadAllMs = Date.now() - loadStarted;

  await page.evaluate(() => {
    const element = document.querySelector<HTMLElement>("[data-testid=items-scroll]")!;
    const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    // Painted: the frame after the change has been produced (a task after the next animation frame).
    const painted = () => new Promise<number>((resolve) => requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }));
    window.__scrollFrames = async (frames, step) => {
      element.scrollTop = 0;
      let last = await nextFrame();
      const intervals: number[] = [];
      for (let i = 0; i < frames; i++) {
        element.scrollTop += step;
        const now = await nextFrame();
        intervals.push(now - last);
        last = now;
      }
      return intervals;
    };
    window.__jumps = async (count) => {
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        await nextFrame();
        const started = performance.now();
        element.scrollTop = ((i * 7919) % count) / count * element.scrollHeight; // spread over the whole list
        samples.push((await painted()) - started);
      }
      return samples;
    };
  });

  const frames = await page.evaluate(([f, s]) => window.__scrollFrames(f, s), [SCROLL_FRAMES, PX_PER_FRAME] as const);
  const domRows = await page.getByTestId("item-row").count();
  const jumps = await page.evaluate((n) => window.__jumps(n), JUMPS);
  const result = {
    rows: COUNT,
    loadAllSeconds: Math.round(loadAllMs / 100) / 10,
    domRows,
    scroll: { frames: frames.length, pxPerFrame: PX_PER_FRAME, ...stats(frames), over33Ms: frames.filter((ms) => ms > 33.4).length },
    jumpToPaint: { jumps: jumps.length, ...stats(jumps) },
  };
  console.log(`\nresult table, ${COUNT} rows loaded`);
  console.log(JSON.stringify(result, null, 2));
  test.info().annotations.push({ type: "result", description: JSON.stringify(result) });
  expect(domRows).toBeLessThan(100); // virtualized, whatever the number of loaded rows
});

/** Scroll to the bottom until every page is loaded (the table asks for the next page near its end). */
async function loadAllRows(page: Page) {
  const scroller = page.getByTestId("items-scroll");
  for (;;) {
    const loaded = Number(await scroller.getAttribute("data-loaded"));
    if (loaded >= COUNT) return;
    await scroller.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await expect(scroller).not.toHaveAttribute("data-loaded", String(loaded), { timeout: 30_000 });
  }
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted.at(-1)!) };
}
