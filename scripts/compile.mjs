/**
 * npm run compile (also run by `npm ci` and `npm install`, as `prepare`)
 * Bundles every command in scripts/ with the code it uses from src/ into
 * dist/, so that a command starts without compiling TypeScript. The libraries
 * stay in node_modules. scripts/run.mjs calls this itself when the sources
 * are newer than the bundle, so an edit is never run stale.
 */
import { build } from 'esbuild';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const distFolder = path.join(root, 'dist');
/** Written last: its time says when the bundle was made. */
export const stampFile = path.join(distFolder, '.compiled');

/** Libraries that find files of their own package when they run (templates, rules, binaries). */
const unbundled = [
  '@11ty/eleventy',
  'pagefind',
  '@pagefind/*',
  'html-validate',
  'playwright-core',
  '@axe-core/playwright',
  'axe-core',
  'esbuild',
  'tsx',
  'typescript',
];

export async function compile() {
  const entryPoints = Object.fromEntries(
    readdirSync(path.join(root, 'scripts'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => [name.replace(/\.ts$/, ''), path.join(root, 'scripts', name)]),
  );
  // The compile worker is started by file name, so it is an entry of its own.
  entryPoints['compile-worker'] = path.join(root, 'src/build/compile-worker.ts');
  const { outputFiles } = await build({
    entryPoints,
    outdir: distFolder,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The libraries are bundled too (a command then opens a few files instead of hundreds);
    // those that read files of their own package at run time stay in node_modules.
    external: unbundled,
    // Bundled CommonJS libraries (gray-matter's) require Node's own modules.
    banner: {
      js: "import { createRequire as __monitorRequire } from 'node:module'; const require = __monitorRequire(import.meta.url);",
    },
    sourcemap: 'linked',
    write: false,
    logLevel: 'warning',
  });
  // Each file is written beside its place and renamed into it, shared chunks
  // before the entries that import them, so that a command starting meanwhile
  // reads whole files of one version or the other.
  mkdirSync(distFolder, { recursive: true });
  const entries = new Set(Object.keys(entryPoints).map((name) => path.join(distFolder, `${name}.js`)));
  const ordered = [...outputFiles].sort((a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)));
  for (const file of ordered) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  const written = new Set(outputFiles.map((file) => path.basename(file.path)));
  for (const name of readdirSync(distFolder)) {
    if (!written.has(name) && name !== path.basename(stampFile)) rmSync(path.join(distFolder, name), { force: true });
  }
  writeFileSync(stampFile, `${new Date().toISOString()}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await compile();
