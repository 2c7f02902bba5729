// Runs a step generator in time slices: work for at most sliceMs, then give the main thread back
// (a macrotask), so annotating a big page never blocks input for long.
export interface SliceOptions {
  sliceMs?: number;
  now?: () => number;
  /** Resolves when the caller may continue; defaults to a zero-delay timeout. */
  pause?: () => Promise<void>;
  /** Checked between slices: when it returns true the run stops and resolves null. */
  cancelled?: () => boolean;
  /** Accounts the run's own main-thread time here (added to what is already there). */
  stats?: SliceStats;
}

/** The main-thread time a run took, as it measured itself. */
export interface SliceStats {
  /** Slices run (each one task), and the longest. */
  slices: number;
  maxSliceMs: number;
  /** Sum of the slices. */
  busyMs: number;
  /**
   * The longest single step (between two yields) and what it yielded: "people" is the people stage;
   * "detect>" a pause inside the stage after detect (a null yield names the last stage that ended).
   */
  maxStepMs: number;
  maxStep: string;
}

export const newSliceStats = (): SliceStats => ({ slices: 0, maxSliceMs: 0, busyMs: 0, maxStepMs: 0, maxStep: '' });

const defaultPause = () => new Promise<void>((r) => setTimeout(r, 0));

export async function runSliced<T>(steps: Generator<unknown, T, void>, opts: SliceOptions = {}): Promise<T | null> {
  const sliceMs = opts.sliceMs ?? 12;
  const now = opts.now ?? (() => performance.now());
  const pause = opts.pause ?? defaultPause;
  const stats = opts.stats;
  let sliceStart = now();
  let lastName = '';
  const endSlice = (t: number) => {
    if (!stats) return;
    const d = t - sliceStart;
    stats.slices++;
    stats.busyMs += d;
    if (d > stats.maxSliceMs) stats.maxSliceMs = d;
  };
  for (;;) {
    if (opts.cancelled?.()) {
      endSlice(now());
      return null;
    }
    const stepStart = stats ? now() : 0;
    const r = steps.next();
    if (r.done) {
      endSlice(now());
      return r.value;
    }
    const t = now();
    if (r.value != null) lastName = String(r.value);
    if (stats && t - stepStart > stats.maxStepMs) {
      stats.maxStepMs = t - stepStart;
      // a pause inside a stage is named after the stage that ended before it ("detect>": extracting)
      stats.maxStep = r.value != null ? String(r.value) : `${lastName}>`;
    }
    if (t - sliceStart >= sliceMs) {
      endSlice(t);
      await pause();
      sliceStart = now();
    }
  }
}
