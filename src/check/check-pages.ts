import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { ConfigData } from 'html-validate';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import projectRules from '../../.htmlvalidate.json' with { type: 'json' };

/** One problem on one built page; `file` is relative to the site folder. */
export interface PageFinding {
  file: string;
  line: number;
  column: number;
  /** An html-validate rule id, or one of the link rules below. */
  rule: string;
  message: string;
}

export interface CheckPagesOptions {
  /** The path the site is published under ("/", "/monitor/"): root-relative links must start with it. */
  basePath?: string;
  /** Output-relative HTML files to check ("rapporten/x/index.html"); default every page. Links resolve against the whole site. */
  pages?: readonly string[];
  /** html-validate's configuration; default the project's `.htmlvalidate.json`. */
  rules?: ConfigData;
}

export interface PagesChecked {
  findings: PageFinding[];
  /** The pages checked: those asked for that are HTML files of the site. */
  checked: string[];
}

/** Elements whose address is another file of the site, and the attribute holding it. */
const linking = [
  ['a[href], link[href]', 'href'],
  ['script[src], img[src]', 'src'],
] as const;

/**
 * Checks built pages as the site tests do: valid HTML by the project's
 * html-validate rules, and every internal link and `#fragment` resolving to a
 * file and an id of the site as published under `basePath`.
 */
export async function checkPages(site: string, options: CheckPagesOptions = {}): Promise<PagesChecked> {
  const basePath = normalizeBasePath(options.basePath ?? '/');
  // Files only: a link to a folder without its trailing slash is broken, as the site tests say.
  const files = new Set(
    readdirSync(site, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')),
  );
  const pages = [...new Set(options.pages ?? files)].filter((file) => file.endsWith('.html') && files.has(file)).sort();
  // Loaded only when there is a page to check: html-validate is a development dependency.
  const { HtmlValidate } = await import('html-validate');
  const validator = new HtmlValidate(options.rules ?? (projectRules as ConfigData));

  const trees = new Map<string, Root>();
  const read = (file: string) => readFileSync(path.join(site, file), 'utf8');
  const tree = (file: string) => {
    let parsed = trees.get(file);
    if (!parsed) trees.set(file, (parsed = fromHtml(read(file))));
    return parsed;
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found)
      ids.set(file, (found = new Set(selectAll('[id]', tree(file)).map((node) => String(node.properties.id)))));
    return found;
  };

  const findings: PageFinding[] = [];
  for (const file of pages) {
    const report = await validator.validateString(read(file), file);
    for (const result of report.results) {
      for (const m of result.messages)
        findings.push({ file, line: m.line, column: m.column, rule: m.ruleId, message: m.message });
    }
    const here = new URL(`${basePath}${file.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    for (const [selector, attribute] of linking) {
      for (const node of selectAll(selector, tree(file))) {
        const problem = linkProblem(String(node.properties[attribute]), here, basePath, files, idsOf);
        if (problem) findings.push({ file, ...place(node), ...problem });
      }
    }
  }
  findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { findings, checked: pages };
}

/** A made-up origin to resolve links against; a link to any other is not the site's. */
const origin = 'http://site.invalid';

function linkProblem(
  href: string,
  here: URL,
  basePath: string,
  files: ReadonlySet<string>,
  idsOf: (file: string) => Set<string>,
): Pick<PageFinding, 'rule' | 'message'> | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(href)) return undefined;
  let target: URL;
  try {
    target = new URL(href, here);
  } catch {
    return { rule: 'link-invalid', message: `"${href}" is not a valid address` };
  }
  if (target.origin !== origin) return undefined;
  if (!target.pathname.startsWith(basePath)) {
    return {
      rule: 'link-outside-base-path',
      message: `"${href}" leads outside the site, which is published under ${basePath}`,
    };
  }
  const relative = decode(target.pathname.slice(basePath.length));
  const file = relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
  if (!files.has(file))
    return { rule: 'link-target-missing', message: `"${href}" leads to ${file}, which is not in the site` };
  const fragment = decode(target.hash.slice(1));
  if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
    return { rule: 'link-fragment-missing', message: `"${href}": ${file} has no element with id "${fragment}"` };
  }
  return undefined;
}

function place(node: Element): { line: number; column: number } {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** "/", "/monitor/" from "monitor", "/monitor" or "/monitor/". */
export function normalizeBasePath(basePath: string): string {
  const inner = basePath.replace(/^\/+|\/+$/g, '');
  return inner ? `/${inner}/` : '/';
}
