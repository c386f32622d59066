import type { StatusInfo } from './statuses.ts';
import type { ReportSummary } from './report-page.ts';
import { badgeUrl, publicUrl } from './urls.ts';
import type { Status } from '../schema/report.ts';

/** What a report's badge shows. */
export interface BadgeInput {
  siteName: string;
  section: string;
  title: string;
  status: StatusInfo;
  /** The agreement's label, on a site with several (a section number alone is then ambiguous). */
  agreement?: string;
}

// The badge is shown on other sites, without our stylesheet: the status colours are
// written in, the same pairs as --st-*-bg and --st-*-fg in style.css (contrast checked there).
const colours: Record<Status, { bg: string; fg: string }> = {
  uitgevoerd: { bg: '#cce2d8', fg: '#005a30' },
  gedeeltelijk: { bg: '#d2e2f1', fg: '#0c2d4a' },
  'in-uitvoering': { bg: '#fff7bf', fg: '#594d00' },
  'niet-gestart': { bg: '#fcd6c3', fg: '#6e3619' },
  'niet-uitgevoerd': { bg: '#f4cdc6', fg: '#942514' },
  'niet-toetsbaar': { bg: '#dbd5e9', fg: '#3d2375' },
  'niet-beoordeeld': { bg: '#eeefef', fg: '#383f43' },
};

export const statusColours: Readonly<Record<Status, { bg: string; fg: string }>> = colours;

/** Fixed, so that a page embedding it reserves its place: 300 × 40 CSS pixels. */
export const badgeSize = { width: 300, height: 40 };

const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
// Where the status block begins, and the room left of it for the section and title.
const split = 184;
const padding = 8;
const textRoom = split - 2 * padding;

/** The accessible name of a report's badge, also its image's alt text on the report page. */
export function badgeName({ siteName, section, title, status, agreement }: BadgeInput): string {
  return `${siteName}: ${agreement === undefined ? '' : `${agreement}, `}sectie ${section} ${title} — ${status.label}`;
}

/**
 * A report's status as a small SVG image, for other sites to embed: the
 * section and a short title on the left, the status on the right in its
 * colour with its icon and its words (never colour alone). Fonts the
 * reader's system has; the widths are estimated, and the texts cut to fit.
 */
export function statusBadge(input: BadgeInput): string {
  const { siteName, section, title, status, agreement } = input;
  const { bg, fg } = colours[status.status];
  const { width, height } = badgeSize;
  const top = fit(
    [`sectie ${section}`, ...(agreement === undefined ? [] : [agreement]), siteName].join(' · '),
    11,
    false,
    textRoom,
  );
  const heading = fit(title, 13, true, textRoom);
  const lines = labelLines(status.label);
  const labelX = split + 28;
  const label =
    lines.length === 1
      ? `<text x="${labelX}" y="24.5">${escapeXml(lines[0]!)}</text>`
      : `<text x="${labelX}" y="17.5">${escapeXml(lines[0]!)}</text><text x="${labelX}" y="31">${escapeXml(lines[1]!)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img">`,
    `<title>${escapeXml(badgeName(input))}</title>`,
    `<rect x="0.5" y="0.5" width="${width - 1}" height="${height - 1}" rx="4" fill="#ffffff" stroke="#b1b4b6"/>`,
    `<path d="M${split} 0.5H${width - 4.5}a4 4 0 0 1 4 4V${height - 4.5}a4 4 0 0 1-4 4H${split}Z" fill="${bg}" stroke="#b1b4b6"/>`,
    `<g font-family="${font}" aria-hidden="true">`,
    `<text x="${padding}" y="16" font-size="11" fill="#505a5f">${escapeXml(top)}</text>`,
    `<text x="${padding}" y="32" font-size="13" font-weight="700" fill="#0b0c0c">${escapeXml(heading)}</text>`,
    `<text x="${split + 8}" y="26" font-size="16" fill="${fg}">${escapeXml(status.icon)}</text>`,
    `<g font-size="11" font-weight="700" fill="${fg}">${label}</g>`,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
}

/** A status label on one line, or on two when it is long ("Gedeeltelijk / uitgevoerd"). */
function labelLines(label: string): string[] {
  const space = label.lastIndexOf(' ');
  return label.length <= 10 || space < 0 ? [label] : [label.slice(0, space), label.slice(space + 1)];
}

/**
 * The text, or as much of it as fits in `room` pixels followed by "…": cut
 * after a word where that keeps at least half of it, else within one.
 */
export function fit(text: string, size: number, bold: boolean, room: number): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (textWidth(plain, size, bold) <= room) return plain;
  const chars = [...plain];
  let end = chars.length;
  while (end > 0 && textWidth(`${chars.slice(0, end).join('')}…`, size, bold) > room) end--;
  const cut = chars.slice(0, end).join('');
  const word = cut.replace(/\s+\S*$/, '');
  return `${(word.length >= cut.length / 2 ? word : cut).trimEnd()}…`;
}

/**
 * A generous estimate of a text's width in a common sans-serif (Helvetica,
 * Arial, Segoe UI, Roboto): em widths by kind of character. Too wide rather
 * than too narrow, so that what is kept fits in any of them.
 */
export function textWidth(text: string, size: number, bold: boolean): number {
  let ems = 0;
  for (const char of text) {
    if (/[ijlI.,:;'|!]/.test(char)) ems += 0.3;
    else if (/[ frt()[\]\-/]/.test(char)) ems += 0.38;
    else if (/[mwMW]/.test(char)) ems += 0.9;
    else if (/[A-Z]/.test(char)) ems += 0.72;
    else ems += 0.6;
  }
  return ems * size * (bold ? 1.08 : 1);
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A site's badges: each report's image, and how another page embeds it. */
export interface StatusBadges {
  /** The badge, as the text of its status.svg. */
  svg: (report: ReportSummary) => string;
  /** Its accessible name, and the HTML that shows it on another site, linked to the report. */
  embed: (report: ReportSummary) => { alt: string; html: string };
}

export function statusBadges(siteName: string, several: boolean, baseUrl: string | undefined): StatusBadges {
  const input = ({ section, title, status, agreement }: ReportSummary): BadgeInput => ({
    siteName,
    section,
    title,
    status,
    // A section number alone is ambiguous on a site with several agreements.
    ...(several && { agreement: agreement.label }),
  });
  return {
    svg: (report) => statusBadge(input(report)),
    embed: (report) => {
      const alt = badgeName(input(report));
      const { width, height } = badgeSize;
      const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      const img = `<img src="${attribute(publicUrl(baseUrl, badgeUrl(report.url)))}" alt="${attribute(alt)}" width="${width}" height="${height}">`;
      return { alt, html: `<a href="${attribute(publicUrl(baseUrl, report.url))}">${img}</a>` };
    },
  };
}
