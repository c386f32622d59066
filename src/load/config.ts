import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { siteAddressSchema, siteConfigSchema, type SiteConfig } from '../schema/config.ts';
import type { Locator } from './front-matter.ts';
import { parseYamlFile } from './yaml-file.ts';

/** The site's address as given on the command line (--base-url), checked as `baseUrl` in site.yaml is. */
export function parseBaseUrl(text: string): { baseUrl: string } | { error: string } {
  const result = siteAddressSchema.safeParse(text);
  if (result.success) return { baseUrl: result.data };
  return { error: `--base-url ${result.error.issues[0]?.message ?? 'is not a web address'}, not "${text}"` };
}

/** The site config file, relative to the content folder. */
export const configFileName = 'site.yaml';

/**
 * Reads the site config. A missing file means every default; a broken one is
 * findings at its lines, never a half-read config.
 */
export function parseConfig(
  file: string,
  text: string | undefined,
): { config?: SiteConfig; locate?: Locator; written?: string[]; diagnostics: Diagnostic[] } {
  if (text === undefined) return { config: siteConfigSchema.parse({}), diagnostics: [] };
  const { value, locate, written = [], diagnostics } = parseYamlFile(siteConfigSchema, file, text, 'config-invalid');
  return value && locate ? { config: value, locate, written, diagnostics } : { diagnostics };
}
