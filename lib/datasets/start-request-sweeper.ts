import { dispatchDatasetBuildRequests } from "@/lib/datasets/dispatch-build-requests";
import { moduleLogger } from "@/lib/logger";

const log = moduleLogger("datasets");
const SWEEP_INTERVAL_MS = 60_000;

/**
 * The local engine's outbox sweeper (Inngest has its own cron function): sends the events of build requests that
 * were never sent, once at worker start and then every minute. Returns the function that stops it.
 */
export function startRequestSweeper(): () => void {
  const sweep = () =>
    dispatchDatasetBuildRequests()
      .then((versions) => versions.length > 0 && log.info({ versions }, "sent unsent dataset build requests"))
      .catch((err) => log.warn({ err }, "dataset build request sweep failed; next sweep retries"));
  void sweep();
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
  timer.unref();
  return () => clearInterval(timer);
}
