import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../load/front-matter.ts';
import type { HistoryEntry, Status } from '../schema/report.ts';

/** The history reads newest first, and `status` is what its newest entry says. */
export function checkHistory(
  status: Status,
  statusWritten: boolean,
  history: readonly HistoryEntry[],
  locate: Locator,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (let i = 1; i < history.length; i++) {
    if (history[i]!.date > history[i - 1]!.date) {
      found.push(
        diagnostic(
          'history-order',
          locate.value(['history', i, 'date']),
          `\`history\` must be newest first, but ${history[i]!.date} comes after ${history[i - 1]!.date}`,
          'put the most recent status change at the top of the list',
        ),
      );
    }
  }
  // Judged by date, so that an ordering slip is reported once, as such.
  const newest = history.reduce<HistoryEntry | undefined>(
    (a, b) => (a === undefined || b.date > a.date ? b : a),
    undefined,
  );
  if (newest && newest.status !== status) {
    found.push(
      diagnostic(
        'history-status-mismatch',
        statusWritten ? locate.value(['status']) : locate.key(['history']),
        statusWritten
          ? `\`status\` is ${status}, but the newest \`history\` entry (${newest.date}) says ${newest.status}`
          : `\`status\` is missing, but the newest \`history\` entry (${newest.date}) says ${newest.status}`,
        `write status: ${newest.status}, or add a newer history entry`,
      ),
    );
  }
  return found;
}
