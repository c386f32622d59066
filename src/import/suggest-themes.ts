import type { SiteConfig } from '../schema/config.ts';
import { themeKey } from '../text/theme-key.ts';

export interface ThemeSuggestion {
  /** The theme, as named in the site config. */
  theme: string;
  /** The keywords of that theme found in the text, in the order of the config. */
  keywords: string[];
}

/**
 * Themes whose keywords occur in `text`, in the order the site config lists
 * them. A keyword matches whole words, ignoring case, accents and
 * punctuation: "duaal leren" matches "Duaal-leren" but "loopbaan" does not
 * match "loopbaanperspectief" (list such forms as keywords of their own).
 */
export function suggestThemes(text: string, themes: SiteConfig['themes']): ThemeSuggestion[] {
  const words = `-${themeKey(text)}-`;
  const suggestions: ThemeSuggestion[] = [];
  for (const [theme, { keywords }] of Object.entries(themes)) {
    const found = keywords.filter((keyword) => {
      const key = themeKey(keyword);
      return key !== '' && words.includes(`-${key}-`);
    });
    if (found.length > 0) suggestions.push({ theme, keywords: found });
  }
  return suggestions;
}
