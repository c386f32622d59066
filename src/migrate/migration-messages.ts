import { displayPath } from '../build/content-files.ts';
import type { MigrationPlan } from './plan-migration.ts';

/**
 * What migrate prints: each move and write, done or (with `dryRun`) to be
 * done, then the new files' text (dry run) or what to do next.
 */
export function describeMigration(
  plan: MigrationPlan,
  options: { dryRun: boolean; reports: number; content: string; id: string },
): string {
  const { dryRun, reports, content, id } = options;
  const verb = (done: string, planned: string) => (dryRun ? `would ${planned}` : done);
  const count = `${reports} ${reports === 1 ? 'report' : 'reports'}`;
  const { name, period } = plan.agreement;
  const term = period.end === undefined ? `from ${period.start}` : `from ${period.start} to ${period.end}`;
  const lines = [
    ...(dryRun ? ['Dry run: nothing is moved or written.'] : []),
    ...plan.moves.map((m) => `${verb('moved', 'move')} ${displayPath(m.from)}/ to ${displayPath(m.to)}/ (${count})`),
    ...plan.writes.map((w) => {
      const file = displayPath(w.file);
      if (w.role === 'agreement') return `${verb('wrote', 'write')} ${file}: "${name}", ${term}`;
      if (w.creates) return `${verb('wrote', 'write')} ${file}: redirectOldAddressesTo: "${id}"`;
      return `${verb('rewrote', 'rewrite')} ${file}: agreement: and chapters: taken out, redirectOldAddressesTo: "${id}" added`;
    }),
  ];
  if (dryRun) {
    for (const w of plan.writes) lines.push('', `${displayPath(w.file)} would be:`, indent(w.text));
    lines.push('');
  }
  lines.push(
    `The old addresses (/rapporten/…, /hoofdstukken/…) will lead to the new ones under /${id}/ once the site is built.`,
    dryRun
      ? 'Run the same command without --dry-run to migrate.'
      : `Next: npm run validate, then npm run build; commit the moved files (git add -A ${displayPath(content)}).`,
  );
  return lines.join('\n') + '\n';
}

function indent(text: string): string {
  return text
    .replace(/\r?\n$/, '')
    .split(/\r?\n/)
    .map((line) => (line === '' ? '' : `    ${line}`))
    .join('\n');
}
