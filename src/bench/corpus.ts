import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticCorpus, type SyntheticFile } from './synthetic-corpus.ts';

export interface Corpus {
  /** The content folder (reports/ in it) and its reports folder. */
  content: string;
  reports: string;
  files: SyntheticFile[];
  decisions: number;
  bytes: number;
  /** The report the rows that edit one change: section 1.1, first on its chapter's first page. */
  changing: SyntheticFile;
}

/** The decisions a corpus of `reports` cites: 37.5 a report, as 4,000 reports cite 150,000. */
export function decisionsFor(reports: number): number {
  return Math.round(reports * 37.5);
}

/** Writes a deterministic corpus of `count` reports into `<folder>/reports`. */
export function writeCorpus(folder: string, count: number): Corpus {
  const reports = path.join(folder, 'reports');
  mkdirSync(reports, { recursive: true });
  const decisions = decisionsFor(count);
  const files = syntheticCorpus(count, decisions);
  for (const file of files) writeFileSync(path.join(reports, file.name), file.text);
  const bytes = files.reduce((sum, file) => sum + Buffer.byteLength(file.text), 0);
  return { content: folder, reports, files, decisions, bytes, changing: files[0]! };
}

/** A report's text with a new title, and with `sentence` added to its text when given. */
export function edited(text: string, title: string, sentence?: string): string {
  const retitled = text.replace(/^title: .*$/m, `title: ${title}`);
  return sentence === undefined ? retitled : retitled.replace(/\n$/, `\n\n${sentence}\n`);
}
