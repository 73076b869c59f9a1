import { createReadStream, createWriteStream, mkdirSync } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { randomUUID } from "node:crypto";
import type { Writable } from "node:stream";
import type { DatasetDraft, DatasetStorage } from "@/lib/datasets/storage/dataset-storage";

// Dataset files in a local folder: <root>/v<version>/<file>. A draft is a hidden sibling folder
// (.draft-v<version>-<random>) renamed onto v<version> when published; a rename within one file system is atomic,
// so readers see either no version or the whole version.

const versionFolder = (version: number) => `v${version}`;
const draftPrefix = (version: number) => `.draft-v${version}-`;

export function createLocalStorage(options: { root: string }): DatasetStorage {
  const root = path.resolve(options.root);

  const inside = (folder: string, fileName: string) => {
    const target = path.resolve(folder, fileName);
    if (!target.startsWith(folder + path.sep)) throw new Error(`Invalid dataset file name: ${fileName}`);
    return target;
  };

  async function startDraft(version: number): Promise<DatasetDraft> {
    await mkdir(root, { recursive: true });
    const leftovers = (await readdir(root)).filter((name) => name.startsWith(draftPrefix(version)));
    await Promise.all(leftovers.map((name) => rm(path.join(root, name), { recursive: true, force: true })));
    const folder = path.join(root, `${draftPrefix(version)}${randomUUID().slice(0, 8)}`);
    await mkdir(folder);
    const finalFolder = path.join(root, versionFolder(version));
    return {
      openWrite(fileName): Writable {
        const target = inside(folder, fileName);
        mkdirSync(path.dirname(target), { recursive: true }); // file names may hold sub-folders (data/train.parquet)
        return createWriteStream(target);
      },
      openRead: (fileName) => createReadStream(inside(folder, fileName)),
      async publish() {
        await rm(finalFolder, { recursive: true, force: true }); // an earlier attempt that published but never finished
        await rename(folder, finalFolder);
      },
      discard: () => rm(folder, { recursive: true, force: true }),
    };
  }

  async function openRead(version: number, fileName: string) {
    const target = inside(path.join(root, versionFolder(version)), fileName);
    await stat(target); // a missing file fails here, before a response has started
    return createReadStream(target);
  }

  return {
    startDraft,
    openRead,
    removeVersion: (version) => rm(path.join(root, versionFolder(version)), { recursive: true, force: true }),
  };
}
