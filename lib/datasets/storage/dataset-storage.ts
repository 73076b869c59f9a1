import type { Readable, Writable } from "node:stream";

// Where dataset files live. A version is written into a draft that nobody can read, then published in one step, so a
// build that dies midway leaves no half version visible. The local-folder store implements it today; an
// S3-compatible store can implement it later (draft = a temporary prefix, publish = copy then delete, or a manifest).

export type DatasetDraft = {
  /** A stream that writes one file of the draft (file names may contain "/" for sub-folders). */
  openWrite(fileName: string): Writable;
  /** Reads back a file already written to the draft (the zip is built from them). */
  openRead(fileName: string): Readable;
  /** Makes every file of the draft the version's files, replacing an unfinished earlier publish. */
  publish(): Promise<void>;
  /** Throws the draft away (a failed attempt). */
  discard(): Promise<void>;
};

export type DatasetStorage = {
  /** Starts a fresh draft for a version, removing drafts that earlier, crashed attempts left behind. */
  startDraft(version: number): Promise<DatasetDraft>;
  /** Reads one published file; throws when the version or file does not exist. */
  openRead(version: number, fileName: string): Promise<Readable>;
  /** Removes a published version (only for versions that never became ready). */
  removeVersion(version: number): Promise<void>;
};
