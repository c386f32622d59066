import { z } from 'zod';
import { nonEmptyText } from './fields.ts';

/** The front matter of `content/over.md`, the about page. */
export const aboutFrontMatterSchema = z.strictObject({
  /** The page's title. Required. */
  title: nonEmptyText(),
});
