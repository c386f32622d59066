/**
 * How many inputs a property test tries. `npm run test:mutation` runs each suite
 * once per mutant, so it sets PROPERTY_RUNS_SCALE to try a tenth as many.
 */
const scale = Number(process.env.PROPERTY_RUNS_SCALE ?? '1');

export function propertyRuns(runs: number): number {
  return Math.max(10, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}
