// Runs a step generator in time slices: work for at most sliceMs, then give the main thread back
// (a macrotask), so annotating a big page never blocks input for long.
export interface SliceOptions {
  sliceMs?: number;
  now?: () => number;
  /** Resolves when the caller may continue; defaults to a zero-delay timeout. */
  pause?: () => Promise<void>;
  /** Checked between slices: when it returns true the run stops and resolves null. */
  cancelled?: () => boolean;
}

const defaultPause = () => new Promise<void>((r) => setTimeout(r, 0));

export async function runSliced<T>(steps: Generator<unknown, T, void>, opts: SliceOptions = {}): Promise<T | null> {
  const sliceMs = opts.sliceMs ?? 12;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? defaultPause;
  let sliceStart = now();
  for (;;) {
    if (opts.cancelled?.()) return null;
    const r = steps.next();
    if (r.done) return r.value;
    if (now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = now();
    }
  }
}
