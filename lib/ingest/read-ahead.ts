// Iterates `pages` one page ahead: while the caller stores page n (PostgreSQL busy), page n+1 is already being
// fetched and normalized (Node busy), so on two cores the two overlap. No read-ahead past a page `isLast` says ends
// the source, and the source is closed when the caller stops early.
export async function* readAhead<T>(options: { pages: AsyncIterable<T>; isLast: (page: T) => boolean }): AsyncGenerator<T> {
  const iterator = options.pages[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<T>> | null = iterator.next();
  try {
    while (pending) {
      const step: IteratorResult<T> = await pending;
      if (step.done) return;
      pending = options.isLast(step.value) ? null : iterator.next();
      // A failing read-ahead is reported when its turn comes, not as an unhandled rejection before.
      pending?.catch(() => undefined);
      yield step.value;
    }
  } finally {
    await iterator.return?.(undefined)?.catch(() => undefined);
  }
}
