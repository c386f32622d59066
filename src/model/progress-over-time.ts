import { statuses, type Status } from '../schema/report.ts';
import { groupBy } from '../util/group-by.ts';
import { statusInfo, type StatusInfo } from './statuses.ts';

/** What the series needs of a report: its current status and its dated changes (any order). */
export interface StatusHistory {
  status: Status;
  history: readonly { date: string; status: Status }[];
}

/** How many sections stood at each status from `date` on, until the next step. */
export interface ProgressStep {
  date: string;
  counts: Record<Status, number>;
}

/**
 * How many sections stood at each status on each date: one step per date on
 * which the counts changed, oldest first, and, when the agreement's start is
 * known and earlier, a first step at the start. Each step's counts add up to
 * the number of reports. Empty when no report has a history entry.
 *
 * A report counts as `niet-beoordeeld` before its first entry. A report
 * without any entry has no date on which its status was set, so it counts as
 * its `status` throughout: counting it as `niet-beoordeeld` would make the
 * last step disagree with the status the rest of the site shows for it.
 */
export function progressOverTime(reports: readonly StatusHistory[], start?: string): ProgressStep[] {
  const changes = reports.flatMap((report) =>
    report.history.length === 0 ? [] : oldestFirst(report.history).map((entry) => ({ report, ...entry })),
  );
  if (changes.length === 0) return [];
  const current = new Map<StatusHistory, Status>(
    reports.map((report) => [report, report.history.length === 0 ? report.status : 'niet-beoordeeld']),
  );
  const countsNow = () => {
    const counts = Object.fromEntries(statuses.map((status) => [status, 0])) as Record<Status, number>;
    for (const status of current.values()) counts[status]++;
    return counts;
  };
  const steps: ProgressStep[] = [];
  const first = changes.map((change) => change.date).sort()[0]!;
  if (start !== undefined && start < first) steps.push({ date: start, counts: countsNow() });
  const byDate = [...groupBy(changes, (change) => change.date)].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [date, onDate] of byDate) {
    // Entries of one report on one day: the one listed newest wins, as the report reads.
    for (const change of onDate) current.set(change.report, change.status);
    const counts = countsNow();
    const previous = steps.at(-1)?.counts;
    if (previous === undefined || statuses.some((status) => counts[status] !== previous[status])) {
      steps.push({ date, counts });
    }
  }
  return steps;
}

/** A history as written is newest first; the stable sort keeps same-day entries in reverse of that. */
function oldestFirst<T extends { date: string }>(history: readonly T[]): T[] {
  return [...history].reverse().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The statuses a series uses, in the order of `statuses`: bottom band first,
 * so the kept promises grow from the axis up.
 */
export function seriesOf(steps: readonly ProgressStep[]): Status[] {
  const [first] = steps;
  if (!first) return [];
  return (Object.keys(first.counts) as Status[]).filter((status) => steps.some((step) => step.counts[status] > 0));
}

/** The same numbers as the chart, for its table: a column per status of the series, a row per step. */
export function progressTable(steps: readonly ProgressStep[]): {
  columns: StatusInfo[];
  rows: { date: string; counts: number[] }[];
} {
  const series = seriesOf(steps);
  return {
    columns: series.map(statusInfo),
    rows: steps.map((step) => ({ date: step.date, counts: series.map((status) => step.counts[status]) })),
  };
}
