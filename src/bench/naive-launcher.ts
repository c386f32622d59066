import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { projectRoot } from '../project-root.ts';
import type { Command } from './measure.ts';

/**
 * Makes the naive pipeline (naive-pipeline.ts) a plain JavaScript module in
 * `folder`, beside a link to the project's node_modules, and gives the
 * command that runs it. Compiled beforehand, as the project's own commands
 * are, so that the reference pays no TypeScript loader.
 */
export function naivePipeline(folder: string): (reports: string, output: string) => Command {
  const source = readFileSync(path.join(projectRoot, 'src/bench/naive-pipeline.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'naive-pipeline.mjs');
  writeFileSync(file, outputText);
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(folder, 'node_modules'), 'dir');
  return (reports, output) => ({ argv: [process.execPath, file, reports, output] });
}
