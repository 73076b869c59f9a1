import { ByteWriter, ParquetWriter } from "hyparquet-writer";
import type { DatasetRow } from "@/lib/datasets/files/dataset-row";
import type { HashedOutput } from "@/lib/datasets/files/hashed-output";

type SchemaElement = ConstructorParameters<typeof ParquetWriter>[0]["schema"][number]; // the writer's own hyparquet types

// Parquet written row group by row group: rows are buffered until a group is full, the group is encoded and its
// bytes handed to the output, and the buffer starts again; only the footer (one entry per group) grows.

export const ROW_GROUP_SIZE = 5_000;

const string = (name: string, required = true): SchemaElement => ({
  name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: required ? "REQUIRED" : "OPTIONAL",
});
const SCHEMA: SchemaElement[] = [
  { name: "root", num_children: 14 },
  string("id"),
  string("text"),
  string("title", false),
  string("subreddit"),
  { name: "created_utc", type: "INT64", repetition_type: "REQUIRED" },
  string("permalink", false),
  string("label"),
  string("label_source"),
  string("model_label", false),
  { name: "model_confidence", type: "DOUBLE", repetition_type: "OPTIONAL" },
  { name: "annotators", type: "INT32", repetition_type: "REQUIRED" },
  { name: "agreement", type: "DOUBLE", repetition_type: "OPTIONAL" },
  string("split"),
  { name: "keywords", repetition_type: "REQUIRED", converted_type: "LIST", num_children: 1 },
  { name: "list", repetition_type: "REPEATED", num_children: 1 },
  string("element"),
];

/** A ByteWriter whose flush hands the bytes so far to the output and reuses its buffer. */
class OutputWriter extends ByteWriter {
  constructor(private readonly output: HashedOutput) {
    super(1 << 20);
  }
  flush(): Promise<void> {
    const chunk = new Uint8Array(this.buffer.slice(0, this.index)); // a copy: the buffer is reused
    this.index = 0;
    return this.output.write(chunk);
  }
}

export function createParquetOutput(output: HashedOutput) {
  const writer = new OutputWriter(output);
  const parquet = new ParquetWriter({ writer, schema: SCHEMA, createdBy: "postmood" });
  let rows: DatasetRow[] = [];

  async function writeGroup() {
    if (rows.length === 0) return;
    const column = <K extends keyof DatasetRow>(name: K, map?: (value: DatasetRow[K]) => unknown) => ({
      name,
      data: rows.map((row) => (map ? map(row[name]) : row[name])),
    });
    // Columns of (nearly) unique strings: no dictionary attempt and no min/max, which cost time and memory for
    // nothing a reader would use.
    const unique = <K extends keyof DatasetRow>(name: K) => ({ ...column(name), encoding: "PLAIN" as const, statistics: false });
    const columnData = [
      unique("id"), unique("text"), unique("title"), column("subreddit"),
      column("created_utc", (seconds) => BigInt(seconds)),
      unique("permalink"), column("label"), column("label_source"), column("model_label"), column("model_confidence"),
      column("annotators"), column("agreement"), column("split"), column("keywords"),
    ];
    rows = [];
    await parquet.write({ columnData, rowGroupSize: ROW_GROUP_SIZE });
  }

  return {
    async add(page: DatasetRow[]) {
      for (const row of page) {
        rows.push(row);
        if (rows.length >= ROW_GROUP_SIZE) await writeGroup();
      }
    },
    /** Writes the last group and the footer; the output is ended by its owner. */
    async finish() {
      await writeGroup();
      parquet.finish(); // writes the footer into the buffer
      await writer.flush();
    },
  };
}
