import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { SiteModel } from '../model/build-model.ts';
import { outputFile } from '../model/render-plan.ts';

/**
 * Writes the open-data files (by URL) into a site folder piece by piece, so
 * that no file is ever held whole in memory. Eleventy is left out of it: it
 * would hold each as one string, and they are data, not pages.
 */
export function writeOpenData(folder: string, model: SiteModel, fileUrls: readonly string[]): void {
  for (const url of fileUrls) {
    const file = path.join(folder, outputFile(url));
    mkdirSync(path.dirname(file), { recursive: true });
    const descriptor = openSync(file, 'w');
    try {
      let pending: string[] = [];
      let size = 0;
      for (const piece of model.data[url]!()) {
        pending.push(piece);
        size += piece.length;
        // A write per megabyte or so rather than one per report.
        if (size >= 1 << 20) {
          writeSync(descriptor, pending.join(''));
          pending = [];
          size = 0;
        }
      }
      writeSync(descriptor, pending.join(''));
    } finally {
      closeSync(descriptor);
    }
  }
}
