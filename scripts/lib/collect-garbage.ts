import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8 collects lazily: between two parts of a large build it would rather
// grow the heap than free the last part's pages. A full collection there
// costs a fraction of a second and keeps the peak near one part's worth.
// The flag is set at run time, as Jest does for its leak detection, so that
// every way of starting the scripts gets it.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full garbage collection, now. */
export function collectGarbage(): void {
  gc();
}
