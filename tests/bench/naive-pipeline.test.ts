import matter from 'gray-matter';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decisionsFor } from '../../src/bench/corpus.ts';
import { buildNaive, naiveReportSchema } from '../../src/bench/naive-pipeline.ts';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';

const scratch = mkdtempSync(path.join(tmpdir(), 'naive-pipeline-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the naive pipeline', () => {
  it('should accept every report of the synthetic corpus, with and without references', () => {
    // 400 reports: every status and theme, and the last reports citing nothing.
    const files = syntheticCorpus(400, decisionsFor(400));
    const rejected = files.filter((file) => !naiveReportSchema.safeParse(matter(file.text).data).success);
    expect(rejected.map((file) => file.name)).toEqual([]);
    expect(files.some((file) => !file.text.includes('references:'))).toBe(true);
  });

  it('should reject a report whose front matter is not of the shape', () => {
    const [file] = syntheticCorpus(1, 3);
    const broken = matter(file!.text.replace(/^status: .*$/m, 'status: klaar')).data;
    expect(naiveReportSchema.safeParse(broken).success).toBe(false);
  });

  it('should write one page per report', async () => {
    const reports = path.join(scratch, 'reports');
    mkdirSync(reports);
    for (const file of syntheticCorpus(3, 12)) writeFileSync(path.join(reports, file.name), file.text);
    const output = path.join(scratch, 'out');
    expect(await buildNaive(reports, output)).toBe(3);
    expect(readdirSync(output).sort()).toEqual([
      '1-1-synthetisch.html',
      '1-2-synthetisch.html',
      '1-3-synthetisch.html',
    ]);
    const page = readFileSync(path.join(output, '1-1-synthetisch.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html><html lang=nl><title>Synthetische sectie 1\.1 over werk<\/title>\n/);
    expect(page).toContain('<h2>Analyse</h2>');
  });
});
