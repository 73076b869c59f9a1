import { browserBenchConfig } from "../browser-bench-config";

// npm run bench:result-table – a search of 20,000 items seeded like bench:results, and one Playwright script that
// scrolls the result page's item table in Chromium.
export default browserBenchConfig({ dir: __dirname, database: "postmood_bench_result_table" });
