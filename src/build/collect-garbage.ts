import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8 collects lazily: after Eleventy has written a part of the site, it
// would rather grow the heap by the part's pages than collect them (at 4,000
// reports the build peaked at 900 instead of 370 MiB without a collection
// between parts). While reports are compiled, collections every 64 MB cost
// a fifth of the build's processor time and lowered no peak, so they went.
// The flag is set at run time, as Jest does for its leak detection, so that
// every way of starting the scripts gets it.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full garbage collection, now. */
export function collectGarbage(): void {
  gc();
}
