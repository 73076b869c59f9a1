import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
async function main() {
  const { prisma } = await import("@/lib/db");
  const { writeDatasetFiles } = await import("@/lib/datasets/files/write-dataset-files");
  const { createLocalStorage } = await import("@/lib/datasets/storage/create-local-storage");
  await prisma.dataset.update({ where: { version: 1 }, data: { status: "building" } });
  let max = 0; const t0 = performance.now();
  const timer = setInterval(() => { const m = process.memoryUsage(); if (m.rss > max + 5 * 2 ** 20) { max = m.rss; console.log(`${((performance.now() - t0) / 1000).toFixed(1)}s rss ${(m.rss / 2 ** 20).toFixed(0)} heapTotal ${(m.heapTotal / 2 ** 20).toFixed(0)} used ${(m.heapUsed / 2 ** 20).toFixed(0)} ext ${(m.external / 2 ** 20).toFixed(0)}`); } }, 20);
  const origUpdate = prisma.dataset.updateMany.bind(prisma.dataset);
  (prisma.dataset as any).updateMany = (args: any) => { if (args?.data?.progress) console.log(`${((performance.now() - t0) / 1000).toFixed(1)}s progress ${JSON.stringify(args.data.progress)}`); return origUpdate(args); };
  await writeDatasetFiles({ version: 1, storage: createLocalStorage({ root: await mkdtemp(path.join(os.tmpdir(), "h10c-")) }) });
  clearInterval(timer); console.log("done", ((performance.now() - t0) / 1000).toFixed(1)); await prisma.$disconnect();
}
void main();
