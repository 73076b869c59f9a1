import { ApiError } from "@/lib/queries/fetch-json";

const FIELD_TEXT: Record<string, string> = {
  label: "Label",
  subreddit: "Subreddit",
  from: "From",
  to: "To",
  minConfidence: "Min confidence",
  maxConfidence: "Max confidence",
  corrected: "Human answer",
  kind: "Kind",
  q: "Text search",
  bucket: "Bucket",
};

// A filter the API refused (422, e.g. "to" before "from") is named next to the filters, not only inside each chart.
export function FilterError({ error }: { error: Error | null }) {
  if (!(error instanceof ApiError) || error.status !== 422) return null;
  const fields = Object.entries(error.fields ?? {});
  return (
    <div role="alert" className="mt-3 rounded-md bg-rose-50 px-3 py-2 text-sm text-rose-800">
      {fields.length === 0
        ? error.message
        : fields.map(([field, messages]) => (
            <p key={field}>
              <span className="font-medium">{FIELD_TEXT[field] ?? field}:</span> {messages.join(" ")}
            </p>
          ))}
    </div>
  );
}
