import { z } from 'zod';
import { agreementId, chapterTitlesSchema, nonEmptyText } from './fields.ts';

/** The government decisions site that references normally point to. */
export const decisionsHost = 'beslissingenvlaamseregering.vlaanderen.be';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be a full web address starting with https://' });

/**
 * The site's own address: a web address without `?query` or `#fragment`
 * (every page's address is made from it), ending in `/` once read.
 */
export const siteAddressSchema = httpUrl
  .refine((url) => !/[?#]/.test(url), {
    error: "must be the site's address without ?… or #…, such as https://example.org/monitor/",
  })
  .transform((url) => (url.endsWith('/') ? url : `${url}/`));

/**
 * Site-wide settings, from `content/site.yaml`. Every setting has a default,
 * so a folder that holds only reports validates and builds.
 */
export const siteConfigSchema = z.strictObject({
  /** The site's name, in the header and page titles. Default `Regeerakkoordmonitor`. */
  siteName: nonEmptyText().default('Regeerakkoordmonitor'),
  /** One sentence on what the site tracks. Default: a generic description. */
  description: nonEmptyText().default('Hoe houdt de Vlaamse Regering de beloften van haar regeerakkoord?'),
  agreement: z
    .strictObject({
      /** The agreement's name. Default `Regeerakkoord`. */
      name: nonEmptyText().default('Regeerakkoord'),
      /** The period it covers, as shown to readers. Default: none. */
      period: z.string({ error: 'must be text, such as "2019-2024"' }).trim().default(''),
    })
    .default({ name: 'Regeerakkoord', period: '' }),
  /** Chapter titles by chapter number ("1": "Werk"). Default: none, shown as "Hoofdstuk 1". */
  chapters: chapterTitlesSchema(),
  /**
   * Themes by name: how to show them and which words suggest them (the
   * importer proposes themes from these keywords). Default: none; themes in
   * reports need no entry here.
   */
  themes: z
    .record(
      nonEmptyText(),
      z.strictObject({
        /** Name shown to readers. Default: the theme as written in the reports. */
        label: nonEmptyText().optional(),
        /** One sentence on what the theme covers. Optional. */
        description: nonEmptyText().optional(),
        /** Words that suggest the theme, matched case- and accent-insensitively. Default: none. */
        keywords: z.array(nonEmptyText()).default([]),
      }),
    )
    .default({}),
  /** Hosts that reference URLs may point to. Default: the government decisions site. */
  referenceHosts: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9.-]+$/, { error: 'must be a host name such as example.org, without https://' }),
    )
    .min(1, { error: 'must list at least one host' })
    .default([decisionsHost]),
  /** The repository's web address, for "edit this page" links. Default: none (no links). */
  repositoryUrl: httpUrl.optional(),
  /**
   * The agreement this site showed before it held several (set by `npm run
   * migrate`): its old addresses (/rapporten/…, /hoofdstukken/…) get pages
   * that lead to the new ones. Default: none.
   */
  redirectOldAddressesTo: agreementId().optional(),
  /** The branch the site is published from, which edit links open. Default `main`. */
  repositoryBranch: z
    .string({ error: 'must be a branch name, such as main' })
    .trim()
    .regex(/^(?!-)(?!.*\.\.)[\w./-]+$/, { error: 'must be a branch name, such as main' })
    .default('main'),
  /**
   * Where the site is published, for canonical addresses, the feed and the
   * sitemap; a path in it (`/monitor/`) prefixes every link. `--base-url` on
   * the command line takes its place. Default: none (no absolute addresses).
   */
  baseUrl: siteAddressSchema.optional(),
});

export type SiteConfig = z.output<typeof siteConfigSchema>;
