import { absolute } from '../model/urls.ts';
import { dutchDate, dutchDayMonth } from '../text/dutch-date.ts';

interface FilterConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

/** Formatting lives in named filters, not inline in templates. */
export default function filtersPlugin(eleventyConfig: FilterConfig): void {
  // "8 januari 2021"
  eleventyConfig.addFilter('dutchDate', (iso: string) => dutchDate(iso));
  // "8 jan."
  eleventyConfig.addFilter('dutchDayMonth', (iso: string) => dutchDayMonth(iso));
  // A site path made absolute under the configured base URL.
  eleventyConfig.addFilter('absoluteUrl', (path: string, baseUrl: string) => absolute(baseUrl, path));
}
