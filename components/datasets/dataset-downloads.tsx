import { formatBytes } from "@/components/ui/format";
import { DATASET_FORMATS, type DatasetFile, type DatasetFormat } from "@/lib/datasets/types";

const FORMAT_TEXT: Record<DatasetFormat, string> = {
  csv: "CSV",
  jsonl: "JSONL",
  parquet: "Parquet",
  card: "Card (README.md)",
  zip: "Everything (.zip)",
};

// One link per stored file. Plain links, not fetches: the browser streams the file to disk and names it from the
// server's Content-Disposition, however large it is.
export function DatasetDownloads({ version, files }: { version: number; files: DatasetFile[] }) {
  const byFormat = new Map(files.map((file) => [file.format, file]));
  const available = DATASET_FORMATS.filter((format) => byFormat.has(format));
  if (available.length === 0) return <p className="text-sm text-slate-500">No files stored for this version.</p>;
  return (
    <nav aria-label={`Downloads of version ${version}`} className="flex flex-wrap gap-2">
      {available.map((format) => (
        <a
          key={format}
          href={`/api/datasets/${version}/files/${format}`}
          download
          className="inline-flex items-center gap-2 rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
        >
          {FORMAT_TEXT[format]}
          <span className="text-xs font-normal tabular-nums text-slate-500">{formatBytes(byFormat.get(format)!.bytes)}</span>
        </a>
      ))}
    </nav>
  );
}
