import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Attributes whose value a browser loads or runs as a URL. */
const urlAttributes = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'data', 'background'];

/**
 * What would run script in rendered HTML, parsed as a browser parses it: a
 * script element (or one that embeds a page), an `on*` attribute, a
 * `javascript:`, `vbscript:` or `data:` URL, or script in a style attribute.
 * Empty when the HTML is safe.
 */
export function unsafeParts(html: string): string[] {
  const found: string[] = [];
  const stack: (Root | RootContent)[] = [fromHtml(html, { fragment: true })];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'element') found.push(...unsafeIn(node));
    if ('children' in node) stack.push(...node.children);
    if (node.type === 'element' && node.content) stack.push(node.content);
  }
  return found;
}

function unsafeIn(element: Element): string[] {
  const found: string[] = [];
  if (['script', 'iframe', 'object', 'embed', 'frame', 'base'].includes(element.tagName)) {
    found.push(`<${element.tagName}>`);
  }
  for (const [name, value] of Object.entries(element.properties)) {
    if (/^on/i.test(name)) found.push(`<${element.tagName} ${name}>`);
    if (urlAttributes.includes(name) && /^(javascript|vbscript|data):/i.test(browserUrl(String(value)))) {
      found.push(`<${element.tagName} ${name}="${String(value)}">`);
    }
    if (name === 'style' && /javascript:|expression\(/i.test(String(value))) found.push(`<${element.tagName} style>`);
  }
  return found;
}

/** A URL as a browser reads its scheme: without spaces and control characters anywhere in it. */
function browserUrl(value: string): string {
  return value.replace(/[\p{Cc}\s]/gu, '');
}
