import { dutchDate } from '../text/dutch-date.ts';
import { stepChart } from './charts/step-chart.ts';
import { progressOverTime, progressTable, type ProgressStep } from './progress-over-time.ts';
import type { ReportPage } from './report-page.ts';
import type { StatusInfo } from './statuses.ts';

/** More steps than this are drawn per month, then per quarter, then per year: a page must stay small. */
export const stepLimit = 48;

/** An agreement's progress over time: the chart, and the same numbers as a table. */
export interface OverTime {
  /** What a step stands for: a date on which anything changed, or the end of a month, quarter or year. */
  per: 'datum' | 'maand' | 'kwartaal' | 'jaar';
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
  const all = progressOverTime(
    pages.map((page) => ({
      status: page.status.status,
      history: page.history.map((entry) => ({ date: entry.date, status: entry.status.status })),
    })),
    agreement.start,
  );
  if (all.length === 0) return undefined;
  const { per, steps } = coarsened(all, stepLimit);
  const from = dutchDate(steps[0]!.date);
  const to = dutchDate(steps.at(-1)!.date);
  const title = `Aantal secties van het ${agreement.name} per status, van ${from} tot ${to}`;
  return {
    per,
    chart: stepChart(steps, { title, id: `in-de-tijd-${agreement.id}` }),
    ...progressTable(steps),
  };
}

/**
 * The steps, at most `limit`: one per date while they are few; else the
 * counts as they stood at the last change of each month, quarter or year
 * (dated by that change). A large agreement changes on hundreds of dates,
 * and a step per date would make its overview megabytes.
 */
export function coarsened(
  steps: readonly ProgressStep[],
  limit: number,
): { per: OverTime['per']; steps: ProgressStep[] } {
  if (steps.length <= limit) return { per: 'datum', steps: [...steps] };
  const periods: [OverTime['per'], (date: string) => string][] = [
    ['maand', (date) => date.slice(0, 7)],
    ['kwartaal', (date) => `${date.slice(0, 4)}-${Math.ceil(Number(date.slice(5, 7)) / 3)}`],
    ['jaar', (date) => date.slice(0, 4)],
  ];
  let result: { per: OverTime['per']; steps: ProgressStep[] } = { per: 'datum', steps: [...steps] };
  for (const [per, periodOf] of periods) {
    // The last step of each period stands for it.
    const last = new Map<string, ProgressStep>();
    for (const step of steps) last.set(periodOf(step.date), step);
    result = { per, steps: [...last.values()] };
    if (result.steps.length <= limit) break;
  }
  return result;
}
