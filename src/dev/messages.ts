import type { DevEvent } from './events.ts';

/**
 * The line the dev server prints for an event, and whether it is an error
 * (stderr). Findings are not among them: they print as the validator's do.
 */
export function devMessage(event: Exclude<DevEvent, { kind: 'findings' }>): { error: boolean; text: string } {
  switch (event.kind) {
    case 'preview': {
      const pages = event.pages === 1 ? 'the edited report page' : `${event.pages} edited report pages`;
      return { error: false, text: `dev: ${pages} first; the rest of the site follows` };
    }
    case 'rebuild': {
      const reports = `${event.reports} ${event.reports === 1 ? 'report' : 'reports'}`;
      return { error: false, text: `dev: ${reports}; ${event.pages} ${event.pages === 1 ? 'page' : 'pages'} to write` };
    }
    case 'content-errors':
      return {
        error: true,
        text: 'dev: the content has errors; still serving the last good site. Fix the file and save.',
      };
    case 'changed-while-reading':
      return {
        error: true,
        text: `dev: ${event.file} changed while it was being read; it is read again on the next rebuild.`,
      };
    case 'usage-error':
      return { error: true, text: `dev: ${event.message}` };
    case 'search-index':
      return event.errors.length
        ? { error: true, text: `dev: the search index failed: ${event.errors.join('; ')}` }
        : { error: false, text: `dev: search index updated (${event.pages} pages)` };
  }
}
