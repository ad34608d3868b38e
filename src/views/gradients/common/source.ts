// Where a view's numbers come from. Views never receive high-rate data
// through React props: they get a source, redraw in an animation frame when
// its version moved, and copy a few numbers into React state a couple of
// times a second for their text alternative.

export interface DataSource<D> {
  /** bumps on every change */
  readonly version: number;
  read(): D | null;
  /** called after every change: keep it cheap */
  subscribe(listener: () => void): () => void;
}

/** A source the owner writes to: the lab's derived data, a test's fixture. */
export interface WritableSource<D> extends DataSource<D> {
  set(value: D | null): void;
}

export function createSource<D>(initial: D | null = null): WritableSource<D> {
  let value = initial;
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    get version() {
      return version;
    },
    read: () => value,
    set(v) {
      value = v;
      version++;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/**
 * A source computed lazily from another: `derive` runs at most once per
 * version of `from`, when someone reads. Lets several views share one
 * telemetry buffer without each redoing the same work.
 */
export function deriveSource<A, D>(from: DataSource<A>, derive: (a: A) => D | null): DataSource<D> {
  let cachedFor = -1;
  let cached: D | null = null;
  return {
    get version() {
      return from.version;
    },
    read() {
      if (cachedFor !== from.version) {
        const a = from.read();
        cached = a === null ? null : derive(a);
        cachedFor = from.version;
      }
      return cached;
    },
    subscribe: (l) => from.subscribe(l),
  };
}
