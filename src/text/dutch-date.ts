const longDate = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "8 januari 2021" for "2021-01-08". Read as a UTC day so that the build
 * machine's time zone never shifts it.
 */
export function dutchDate(iso: string): string {
  return memo(longLabels, iso, () => longDate.format(new Date(`${iso}T00:00:00Z`)));
}

// A site shows the same few thousand days again and again; Intl is slow per call.
const longLabels = new Map<string, string>();
const shortLabels = new Map<string, string>();

function memo(cache: Map<string, string>, key: string, make: () => string): string {
  let value = cache.get(key);
  if (value === undefined) cache.set(key, (value = make()));
  return value;
}

const shortDate = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "8 jan." for "2021-01-08": a day within a year that is shown beside it. */
export function dutchDayMonth(iso: string): string {
  return memo(shortLabels, iso, () => shortDate.format(new Date(`${iso}T00:00:00Z`)));
}
