import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Locator } from '../load/front-matter.ts';
import type { SiteConfig } from '../schema/config.ts';
import type { ContentLayout } from '../build/content-layout.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/** `redirectOldAddressesTo` must name one of the site's agreements, on a site that has several. */
export function checkLayoutSettings(config: SiteConfig, locate: Locator, layout: ContentLayout): Diagnostic[] {
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
