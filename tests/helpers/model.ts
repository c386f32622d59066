import { expect } from 'vitest';
import { compileContent } from '../../src/compile/compile-report.ts';
import { folderAgreement, termOf, type Agreement } from '../../src/model/agreements.ts';
import { buildModel, type ModelInput, type SiteModel } from '../../src/model/build-model.ts';
import { modelReport } from '../../src/model/report-page.ts';
import { agreementFileSchema } from '../../src/schema/agreement.ts';
import { siteConfigSchema, type SiteConfig } from '../../src/schema/config.ts';
import type { Status } from '../../src/schema/report.ts';

/** A report as a test writes it: only what the test is about, the rest made up. */
export interface ReportSpec {
  section: string;
  /** The file name under reports/; default made from the section. */
  file?: string;
  title?: string;
  text?: string;
  themes?: string[];
  status?: Status;
  updated?: string;
  /** Newest first, as the format asks. */
  history?: { date: string; status: Status; note?: string }[];
  references?: { id: number; date: string; title?: string; url?: string }[];
  continues?: { agreement: string; section: string };
  /** The body; default: one sentence citing every reference. */
  body?: string;
  /** On a site with several agreements: the id of the one whose folder holds it. */
  agreement?: string;
}

/** The Markdown file of a report; values are written as JSON, which YAML reads as it is. */
export function reportText(spec: ReportSpec): string {
  const fields: [string, unknown][] = [
    ['title', spec.title ?? `Sectie ${spec.section}`],
    ['agreement', { section: spec.section, text: spec.text ?? `Belofte ${spec.section}.` }],
    ['themes', spec.themes ?? ['werk']],
  ];
  if (spec.continues) fields.push(['continues', spec.continues]);
  if (spec.status) fields.push(['status', spec.status]);
  if (spec.updated) fields.push(['updated', spec.updated]);
  if (spec.history) fields.push(['history', spec.history]);
  if (spec.references) fields.push(['references', spec.references]);
  const body = spec.body ?? `Analyse ${(spec.references ?? []).map((r) => `[${r.id}]`).join(' ')}.`;
  return `---\n${fields.map(([key, value]) => `${key}: ${JSON.stringify(value)}`).join('\n')}\n---\n${body}\n`;
}

export interface SiteSpec {
  /** site.yaml, as read: every setting has a default. */
  site?: Record<string, unknown>;
  reports: ReportSpec[];
  /** agreement.yaml by id, for a site with several agreements. */
  agreements?: Record<string, Record<string, unknown>>;
  about?: { title: string; markdown: string };
  sourcePath?: (file: string) => string | undefined;
}

export function siteConfig(site: Record<string, unknown> = {}): SiteConfig {
  return siteConfigSchema.parse(site);
}

export function agreementsOf(files: Record<string, Record<string, unknown>>): Agreement[] {
  return Object.entries(files).map(([id, file]) => folderAgreement(id, agreementFileSchema.parse(file)));
}

/** The file name a report gets by default: "1-3.md" for section 1.3. */
export function fileOf(spec: ReportSpec): string {
  return spec.file ?? `${spec.section.replace(/\./g, '-')}.md`;
}

/**
 * The model of a site made of the reports given, as the build makes it:
 * checked and rendered (no finding of severity error allowed), then modelled.
 */
export function siteModel(spec: SiteSpec): SiteModel {
  return buildModel(modelInput(spec));
}

/** What buildModel is given for the site: its reports checked and rendered, its config and agreements. */
export function modelInput(spec: SiteSpec): ModelInput {
  const config = siteConfig(spec.site);
  const agreements = spec.agreements ? agreementsOf(spec.agreements) : undefined;
  const sources = spec.reports.map((report) => {
    const folder =
      report.agreement === undefined ? 'content/reports' : `content/agreements/${report.agreement}/reports`;
    const file = `${folder}/${fileOf(report)}`;
    const agreement = agreements?.find((a) => a.id === report.agreement);
    return agreement ? { file, text: reportText(report), term: termOf(agreement) } : { file, text: reportText(report) };
  });
  const compiled = compileContent(sources, config, agreements);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const reports = compiled.reports.map((report) => {
    const agreement = sources.find((source) => source.file === report.file)?.term?.id;
    const modelled = modelReport(report);
    return agreement === undefined ? modelled : { ...modelled, agreement };
  });
  return {
    reports,
    config,
    ...(agreements && { agreements, several: true }),
    ...(spec.about && { about: spec.about }),
    ...(spec.sourcePath && { sourcePath: spec.sourcePath }),
  };
}

/** The whole text of one of the model's open-data files. */
export function dataFile(model: SiteModel, url: string): string {
  return [...model.data[url]!()].join('');
}

/** The rows of an RFC 4180 file: fields split at commas, quoted fields read back, records ended by CRLF. */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      // A quoted field: up to the lone quote that closes it; "" is one quote.
      i++;
      while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
        field += text[i];
        i += text[i] === '"' ? 2 : 1;
      }
      i++;
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      field += text[i];
      i++;
    }
  }
  expect(record.length === 0 && field === '', 'the file should end with CRLF').toBe(true);
  return records;
}
