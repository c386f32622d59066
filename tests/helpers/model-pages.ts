import { expect } from 'vitest';
import { compileContent } from '../../src/compile/compile-report.ts';
import { parseConfig } from '../../src/load/config.ts';
import { buildModel } from '../../src/model/build-model.ts';
import { modelReport, type AgreementRef, type ModelReport } from '../../src/model/report-page.ts';
import type { SiteConfig } from '../../src/schema/config.ts';

/** A site config from the lines of its site.yaml (called inside a test, never on loading a file). */
export function siteConfig(yaml = 'siteName: Testmonitor\nagreement:\n  name: Testakkoord\n  period: "2019-2024"\n') {
  const { config } = parseConfig('site.yaml', yaml);
  expect(config).toBeDefined();
  return config!;
}

/** What a test report says; everything optional but its section. */
export interface ReportFields {
  section: string;
  title?: string;
  text?: string;
  themes?: string[];
  status?: string;
  updated?: string;
  history?: { date: string; status: string; note?: string }[];
  references?: { id: number; date: string; title?: string; url?: string }[];
  body?: string;
}

/** A report file's text, written as an editor would. */
export function reportText(fields: ReportFields): string {
  const lines = [
    '---',
    `title: ${JSON.stringify(fields.title ?? `Sectie ${fields.section}`)}`,
    'agreement:',
    `  section: "${fields.section}"`,
    `  text: ${JSON.stringify(fields.text ?? 'De regering belooft iets.')}`,
    `themes: [${(fields.themes ?? ['activering']).join(', ')}]`,
  ];
  if (fields.status !== undefined) lines.push(`status: ${fields.status}`);
  if (fields.updated !== undefined) lines.push(`updated: ${fields.updated}`);
  if (fields.history?.length) {
    lines.push('history:');
    for (const entry of fields.history) {
      lines.push(`  - date: ${entry.date}`, `    status: ${entry.status}`);
      if (entry.note !== undefined) lines.push(`    note: ${JSON.stringify(entry.note)}`);
    }
  }
  if (fields.references?.length) {
    lines.push('references:');
    for (const reference of fields.references) {
      lines.push(`  - id: ${reference.id}`, `    date: ${reference.date}`);
      if (reference.title !== undefined) lines.push(`    title: ${JSON.stringify(reference.title)}`);
      if (reference.url !== undefined) lines.push(`    url: ${JSON.stringify(reference.url)}`);
    }
  }
  lines.push('---', fields.body ?? defaultBody(fields));
  return `${lines.join('\n')}\n`;
}

/** A body citing each reference once, in order. */
function defaultBody(fields: ReportFields): string {
  const cites = (fields.references ?? []).map((reference) => `[${reference.id}]`).join(' en ');
  return cites === '' ? 'Nog geen analyse.\n' : `## Analyse\n\nDe regering besliste ${cites}.\n`;
}

/** Compiles reports as the build does, failing the test on any error; file names from their sections. */
export function modelReports(config: SiteConfig, ...reports: (ReportFields & { file?: string })[]): ModelReport[] {
  const sources = reports.map((fields) => ({
    file: fields.file ?? `content/reports/${fields.section.replace(/\./g, '-')}-rapport.md`,
    text: reportText(fields),
  }));
  const compiled = compileContent(sources, config);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return compiled.reports.map(modelReport);
}

/** The model of a site made of these reports. */
export function siteModel(config: SiteConfig, ...reports: (ReportFields & { file?: string })[]) {
  return buildModel({ reports: modelReports(config, ...reports), config });
}

/** An agreement as report pages refer to it, on a site with one. */
export function agreementOf(fields: Partial<AgreementRef> = {}): AgreementRef {
  return {
    id: 'testakkoord',
    name: 'Testakkoord',
    label: 'Testakkoord (2019-2024)',
    period: '2019-2024',
    url: '/',
    path: '/',
    ...fields,
  };
}
