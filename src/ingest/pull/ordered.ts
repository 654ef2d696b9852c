/**
 * Runs `work` on the inputs with up to `window` of them in flight, and yields the results in
 * input order: fetches overlap (the fetcher's queues bound them), the output stays reproducible,
 * and a long URL list never holds more than `window` pages in memory.
 */
export async function* orderedConcurrent<T, R>(inputs: Iterable<T>, work: (input: T) => Promise<R>, window: number): AsyncIterable<R> {
  const pending: Promise<R>[] = [];
  for (const input of inputs) {
    pending.push(work(input));
    if (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length > 0) yield await pending.shift()!;
}
