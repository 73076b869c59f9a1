import { env } from "@/lib/env";
import { createLocalStorage } from "@/lib/datasets/storage/create-local-storage";
import type { DatasetStorage } from "@/lib/datasets/storage/dataset-storage";

// The process's dataset store: the local folder DATASET_DIR. setDatasetStorage() swaps it (another store, or a
// store wrapped to inject a fault in a test); kept on globalThis so route and worker module copies share one.
const globalForStorage = globalThis as unknown as { postmoodDatasetStorage?: DatasetStorage };

export function getDatasetStorage(): DatasetStorage {
  return (globalForStorage.postmoodDatasetStorage ??= createLocalStorage({ root: env.DATASET_DIR }));
}

export function setDatasetStorage(storage: DatasetStorage | undefined): void {
  globalForStorage.postmoodDatasetStorage = storage;
}
