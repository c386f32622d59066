import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSources } from '../../src/build/compile-sources.ts';
import { ChangedWhileReadingError, readReports, readStoredReports, sourceText } from '../../src/build/content-files.ts';
import { syntheticCorpus } from '../../src/bench/synthetic-corpus.ts';
import { defaultConfig } from '../helpers/fixtures.ts';

// The build and the validator keep a digest of each report file, not its
// text, and read the file again when they compile it.
const folder = mkdtempSync(path.join(tmpdir(), 'monitor-stored-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
for (const { name, text } of syntheticCorpus(4, 10)) writeFileSync(path.join(folder, name), text);

describe('report files read again when compiled', () => {
  it('should compile to the same findings and reports as the texts themselves, on one thread or two', async () => {
    const texts = readReports([folder]).sources;
    const stored = readStoredReports([folder]).sources;
    expect(stored.map((source) => source.file)).toEqual(texts.map((source) => source.file));
    expect(stored.map(sourceText)).toEqual(texts.map((source) => source.text));
    const fromTexts = await compileSources(texts, defaultConfig, { render: true, threads: 1 });
    for (const threads of [1, 2]) {
      const fromFiles = await compileSources(stored, defaultConfig, { render: true, threads, minPerThread: 1 });
      expect(fromFiles.fingerprint).toBe(fromTexts.fingerprint);
      expect(fromFiles.compiled).toEqual(fromTexts.compiled);
    }
  });

  it('should stop with a plain sentence when a file changed after it was first read', async () => {
    const stored = readStoredReports([folder]).sources;
    const changed = stored[3]!;
    writeFileSync(path.join(folder, path.basename(changed.file)), `${sourceText(changed)}\nNog een zin.\n`);
    const message = `${changed.file} changed while it was being read; run the command again`;
    expect(new ChangedWhileReadingError(changed.file).message).toBe(message);
    expect(() => sourceText(changed)).toThrow(message);
    // Also when a worker thread reads it: the same class, for the command to say it plainly.
    const failed: unknown = await compileSources(stored, defaultConfig, {
      render: false,
      threads: 2,
      minPerThread: 1,
    }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(ChangedWhileReadingError);
    expect((failed as Error).message).toBe(message);
  });
});
