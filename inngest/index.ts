import { buildDataset } from "@/inngest/functions/build-dataset";
import { classifyItems } from "@/inngest/functions/classify-items";
import { ingestKeyword } from "@/inngest/functions/ingest-keyword";
import { sweepDatasetRequests } from "@/inngest/functions/sweep-dataset-requests";

export const functions = [ingestKeyword, classifyItems, buildDataset, sweepDatasetRequests];
