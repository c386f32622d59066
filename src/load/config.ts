import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { siteAddressSchema, siteConfigSchema, type SiteConfig } from '../schema/config.ts';
import { lineIndex } from '../text/line-index.ts';
import { checkSchema } from '../validate/front-matter.ts';
import { parseYaml } from './yaml.ts';

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
): { config?: SiteConfig; diagnostics: Diagnostic[] } {
  if (text === undefined) return { config: siteConfigSchema.parse({}), diagnostics: [] };
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = lineIndex(source);
  const yaml = parseYaml(source, (offset) => ({ file, ...lines.position(offset) }), { file, line: 1, column: 1 });
  if (!yaml.parsed) return { diagnostics: yaml.diagnostics };
  const result = checkSchema(siteConfigSchema, yaml.parsed.data, file, yaml.parsed.locate, 'config-invalid');
  return result.value ? { config: result.value, diagnostics: [] } : { diagnostics: result.diagnostics };
}
