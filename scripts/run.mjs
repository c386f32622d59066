/**
 * node scripts/run.mjs <command> [arguments]: what every npm script runs.
 * Starts dist/<command>.js, the bundle scripts/compile.mjs makes of
 * scripts/<command>.ts, after compiling it again if any file under scripts/
 * or src/ (or the lock file) is newer than the bundle.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.compiled');
const [command, ...args] = process.argv.slice(2);
if (!command || !existsSync(path.join(root, 'scripts', `${command}.ts`))) {
  console.error(`run: no command "${command ?? ''}"; the commands are the .ts files in scripts/`);
  process.exit(2);
}

if (newestSource() > compiledAt()) await (await import('./compile.mjs')).compile();
process.argv = [process.argv[0], path.join(root, 'dist', `${command}.js`), ...args];
await import(pathToFileURL(process.argv[1]).href);

function compiledAt() {
  return existsSync(stamp) ? statSync(stamp).mtimeMs : -Infinity;
}

function newestSource() {
  let newest = statSync(path.join(root, 'package-lock.json')).mtimeMs;
  const stack = [path.join(root, 'scripts'), path.join(root, 'src')];
  while (stack.length > 0) {
    const folder = stack.pop();
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) stack.push(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}
