/** True when an ISO `YYYY-MM-DD` string names a day that exists. */
export function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * The calendar day of a Date as `YYYY-MM-DD`, read in UTC. YAML parsers that
 * turn `2021-01-08` into a Date make it midnight UTC, so reading it in the
 * machine's local zone would give 2021-01-07 west of Greenwich.
 */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const brusselsDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The day an instant falls on in Brussels, where the government decides. */
export function dayInBrussels(instant: Date): string {
  return brusselsDay.format(instant);
}
