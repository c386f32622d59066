import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { readFileSync, readdirSync } from 'node:fs';
import type { Element as XmlElement, Root as XmlRoot } from 'xast';
import { fromXml } from 'xast-util-from-xml';
import path from 'node:path';

/** Every file of a built site, as site paths ("rapporten/x/index.html"). */
export function siteFiles(root: string, extension = '.html'): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
}

/** The page served at a URL path ("/rapporten/x/"), parsed. */
export function page(root: string, url: string): Root {
  return fromHtml(readFileSync(fileFor(root, url), 'utf8'));
}

export function fileFor(root: string, url: string): string {
  const pathname = url.split('#')[0]!;
  return path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

export function urlFor(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The whitespace-normalized text of the first match. */
export function text(tree: Root | Element, selector: string): string {
  const node = select(selector, tree);
  if (!node) throw new Error(`nothing matches ${selector}`);
  return clean(toText(node));
}

export function texts(tree: Root | Element, selector: string): string[] {
  return selectAll(selector, tree).map((node) => clean(toText(node)));
}

export function attributes(tree: Root | Element, selector: string, name: string): string[] {
  return selectAll(selector, tree).map((node) => String(node.properties[name] ?? ''));
}

/**
 * The accessible name of a link or button as a screen reader computes it from
 * content: `aria-label` if set, else its text without `aria-hidden` parts.
 */
export function accessibleName(node: Element): string {
  if (node.properties.ariaLabel) return String(node.properties.ariaLabel);
  const visible = (n: Element | Root): string =>
    n.children
      .map((child) =>
        child.type === 'text'
          ? child.value
          : child.type === 'element' && child.properties.ariaHidden !== 'true'
            ? visible(child)
            : '',
      )
      .join('');
  return clean(visible(node));
}

function clean(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The elements with a name in an XML file of the site (the feed, the sitemap), in document order. */
export function xmlElements(node: XmlRoot | XmlElement, name: string): XmlElement[] {
  return node.children.flatMap((child) =>
    child.type === 'element' ? [...(child.name === name ? [child] : []), ...xmlElements(child, name)] : [],
  );
}

export function xmlText(node: XmlElement): string {
  return node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? xmlText(child) : ''))
    .join('');
}

/** An XML file of a built site, parsed. */
export function xmlFile(root: string, file: string): XmlRoot {
  return fromXml(readFileSync(`${root}/${file}`, 'utf8'));
}

export { select, selectAll };
