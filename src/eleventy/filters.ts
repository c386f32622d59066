import { dutchDate } from '../text/dutch-date.ts';

interface FilterConfig {
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
}

/** Formatting lives in named filters, not inline in templates. */
export default function filtersPlugin(eleventyConfig: FilterConfig): void {
  eleventyConfig.addFilter('dutchDate', (iso: string) => dutchDate(iso));
}
