/**
 * A value built on first use and kept. The shared schemas are built this way: building every
 * record kind's validator as the modules load is a share of the app's first task (tens of
 * milliseconds on a cheap phone), although the first screen validates nothing.
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
