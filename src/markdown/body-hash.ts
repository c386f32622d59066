import { createHash } from 'node:crypto';

/**
 * The hash a rendered body is known by: it stands for the body in page
 * fingerprints, and checks the body read back from the cache. A module of
 * its own, so that the cache can check bodies without loading the parsers.
 */
export function bodyHashOf(html: string): string {
  return createHash('sha1').update(html).digest('base64url');
}
