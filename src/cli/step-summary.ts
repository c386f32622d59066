import { appendFileSync } from 'node:fs';

/**
 * Adds Markdown to the job summary that GitHub Actions shows on the pull
 * request, when there is one (GITHUB_STEP_SUMMARY). A summary that cannot be
 * written is a warning: it never changes the command's result.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions#adding-a-job-summary
 */
export function appendStepSummary(command: string, markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    appendFileSync(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    console.error(`${command}: warning: could not write the job summary to ${file} (${reason})`);
  }
}
