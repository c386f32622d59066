import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project-root.ts';

const root = projectRoot;

/**
 * The benchmark's reference: Eleventy 3 with its defaults (markdown-it) and
 * a one-line layout, over the same Markdown files. Writes its input folder
 * and an empty config beside it (so that Eleventy does not pick up the
 * project's .eleventy.js), and gives the command that builds it.
 */
export function bareEleventy(
  folder: string,
  files: readonly { name: string; text: string }[],
): (output: string) => string[] {
  const input = path.join(folder, 'input');
  mkdirSync(path.join(input, '_includes'), { recursive: true });
  for (const file of files) writeFileSync(path.join(input, file.name), file.text);
  writeFileSync(
    path.join(input, '_includes/page.njk'),
    '<!doctype html><title>{{ title }}</title>{{ content | safe }}\n',
  );
  writeFileSync(path.join(input, 'bare.11tydata.json'), JSON.stringify({ layout: 'page.njk' }));
  const config = path.join(folder, 'bare.config.mjs');
  writeFileSync(config, 'export default function () {}\n');
  return (output) => [
    path.join(root, 'node_modules/@11ty/eleventy/cmd.cjs'),
    `--input=${input}`,
    `--output=${output}`,
    `--config=${config}`,
    '--quiet',
  ];
}
