const longDate = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "8 januari 2021" for "2021-01-08". Read as a UTC day so that the build
 * machine's time zone never shifts it.
 */
export function dutchDate(iso: string): string {
  return longDate.format(new Date(`${iso}T00:00:00Z`));
}

const shortDate = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "8 jan." for "2021-01-08": a day within a year that is shown beside it. */
export function dutchDayMonth(iso: string): string {
  return shortDate.format(new Date(`${iso}T00:00:00Z`));
}
