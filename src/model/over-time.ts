import { dutchDate } from '../text/dutch-date.ts';
import { stepChart } from './charts/step-chart.ts';
import { progressOverTime, progressTable } from './progress-over-time.ts';
import type { ReportPage } from './report-page.ts';
import type { StatusInfo } from './statuses.ts';

/** An agreement's progress over time: the chart, and the same numbers as a table. */
export interface OverTime {
  /** Inline SVG, drawn here so that the templates only place it. */
  chart: string;
  /** The statuses the chart shows, bottom band first: its legend and the table's columns. */
  columns: StatusInfo[];
  /** One row per step, its counts in the order of `columns`. */
  rows: { date: string; counts: number[] }[];
}

/** The chart and table of an agreement's reports; undefined when none has a history entry. */
export function overTime(
  pages: readonly Pick<ReportPage, 'status' | 'history'>[],
  agreement: { id: string; name: string; start?: string },
): OverTime | undefined {
  const steps = progressOverTime(
    pages.map((page) => ({
      status: page.status.status,
      history: page.history.map((entry) => ({ date: entry.date, status: entry.status.status })),
    })),
    agreement.start,
  );
  if (steps.length === 0) return undefined;
  const from = dutchDate(steps[0]!.date);
  const to = dutchDate(steps.at(-1)!.date);
  const title = `Aantal secties van het ${agreement.name} per status, van ${from} tot ${to}`;
  return {
    chart: stepChart(steps, { title, id: `in-de-tijd-${agreement.id}` }),
    ...progressTable(steps),
  };
}
