import { themeKey } from '../text/theme-key.ts';

/** Long enough for any real section title, short enough for every file system. */
const maxSlugLength = 80;

/**
 * `<section>-<title-slug>.md`, the name (and so the web address) of a new
 * report: section "1.3" and title "Activering stimuleren" give
 * `1-3-activering-stimuleren.md`. The slug is made as theme slugs are:
 * lower case, no accents, words joined by dashes.
 */
export function reportFileName(section: string, title: string): string {
  let slug = themeKey(title);
  if (slug.length > maxSlugLength) {
    const cut = slug.slice(0, maxSlugLength + 1);
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut.slice(0, maxSlugLength);
  }
  const prefix = section.split('.').join('-');
  return slug === '' ? `${prefix}.md` : `${prefix}-${slug}.md`;
}
