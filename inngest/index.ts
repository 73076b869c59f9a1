import { classifyItems } from "@/inngest/functions/classify-items";
import { ingestKeyword } from "@/inngest/functions/ingest-keyword";

export const functions = [ingestKeyword, classifyItems];
