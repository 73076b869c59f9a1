import { browserBenchConfig } from "../browser-bench-config";

// npm run bench:annotate – the e2e server (production build, fake Reddit, embedded model) on its own database,
// and one Playwright script that measures keypress → next item painted in Chromium.
export default browserBenchConfig({ dir: __dirname, database: "postmood_bench_annotate" });
