import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8 collects lazily: in a long loop that makes much short-lived garbage (a
// syntax tree per report, a part of the site's pages) it would rather grow
// the heap to several times what is alive than collect. A full collection
// now and then costs a fraction of a second and keeps the peak near what is
// alive. The flag is set at run time, as Jest does for its leak detection,
// so that every way of starting the scripts (and their worker threads) gets it.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** A full garbage collection, now. */
export function collectGarbage(): void {
  gc();
}

/**
 * A function to call in such a loop: it collects whenever the heap has
 * grown by `growth` bytes since the last collection.
 */
export function garbageCollector(growth = 64 * 1024 * 1024): () => void {
  let after = getHeapStatistics().used_heap_size;
  return () => {
    if (getHeapStatistics().used_heap_size - after < growth) return;
    gc();
    after = getHeapStatistics().used_heap_size;
  };
}
