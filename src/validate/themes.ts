import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../load/front-matter.ts';
import { themeKey } from '../text/theme-key.ts';

/** A theme listed twice, perhaps spelled differently, is one theme. */
export function checkThemes(themes: readonly string[], locate: Locator): Diagnostic[] {
  const seen = new Map<string, string>();
  const found: Diagnostic[] = [];
  themes.forEach((theme, index) => {
    const key = themeKey(theme);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, theme);
    else
      found.push(
        diagnostic(
          'theme-duplicate',
          locate.value(['themes', index]),
          `theme "${theme}" is the same theme as "${first}"`,
          'themes ignore case, accents and spaces; list each once',
        ),
      );
  });
  return found;
}
