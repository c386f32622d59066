import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../load/front-matter.ts';
import type { SiteConfig } from '../schema/config.ts';
import type { ContentLayout } from '../build/content-layout.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/**
 * Settings of site.yaml that depend on the layout: `redirectOldAddressesTo`
 * must name one of the site's agreements, on a site that has several; and
 * on such a site `agreement` and `chapters` belong in each agreement.yaml,
 * so site.yaml's would be ignored without a word. `written`: the settings
 * site.yaml names.
 */
export function checkLayoutSettings(
  config: SiteConfig,
  locate: Locator,
  layout: ContentLayout,
  written: readonly string[] = [],
): Diagnostic[] {
  const misplaced = layout.several
    ? (['agreement', 'chapters'] as const)
        .filter((key) => written.includes(key))
        .map((key) =>
          diagnostic(
            'config-invalid',
            locate.key([key]),
            `\`${key}\` in site.yaml is for a site with one agreement; this one has several (content/agreements/)`,
            key === 'agreement'
              ? 'each agreement is named in its own agreement.yaml (name, period): remove `agreement` from site.yaml'
              : "each agreement's chapters are in its own agreement.yaml: move them there",
          ),
        )
    : [];
  return [...misplaced, ...checkRedirectTarget(config, locate, layout)];
}

function checkRedirectTarget(config: SiteConfig, locate: Locator, layout: ContentLayout): Diagnostic[] {
  const target = config.redirectOldAddressesTo;
  if (target === undefined) return [];
  const ids = layout.agreements.map((folder) => folder.agreement.id);
  if (layout.several && ids.includes(target)) return [];
  const near = layout.several ? didYouMean(target, ids) : undefined;
  return [
    diagnostic(
      'config-invalid',
      locate.value(['redirectOldAddressesTo']),
      layout.several
        ? `\`redirectOldAddressesTo\` names "${target}", an agreement this site does not hold`
        : '`redirectOldAddressesTo` is for a site with several agreements (content/agreements/); this one has one',
      near
        ? `did you mean "${near}"?`
        : layout.several
          ? `the site holds ${ids.map((id) => `"${id}"`).join(', ')}`
          : 'remove the setting',
    ),
  ];
}
