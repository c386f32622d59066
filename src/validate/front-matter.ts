import { z } from 'zod';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import type { Locator, Path } from '../load/front-matter.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/** Which rule a schema issue breaks, by the field it is about. */
const rulesByField: Record<string, RuleId> = {
  title: 'title-required',
  agreement: 'agreement-required',
  'agreement.text': 'agreement-text-required',
  themes: 'themes-required',
  'themes.*': 'themes-required',
  status: 'status-unknown',
  'history.*.status': 'status-unknown',
  updated: 'date-format',
  'history.*.date': 'date-format',
  'references.*.date': 'date-format',
  'references.*.id': 'reference-id-invalid',
  'references.*.url': 'reference-url-invalid',
};

/**
 * Checks parsed front matter against a zod schema and turns every issue into
 * a diagnostic at the key or value it is about.
 */
export function checkSchema<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  locate: Locator,
  fallbackRule: RuleId = 'wrong-type',
): { value?: z.output<S>; diagnostics: Diagnostic[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics = result.error.issues.flatMap((issue) => toDiagnostics(issue, schema, data, locate, fallbackRule));
  // `theme:` with "did you mean `themes`?" already explains why `themes` is missing.
  const suggested = new Set(diagnostics.flatMap((d) => (d.suggestedPath ? [d.suggestedPath] : [])));
  return {
    diagnostics: diagnostics
      .filter((d) => !(d.missingPath && suggested.has(d.missingPath)))
      .map(({ suggestedPath: _s, missingPath: _m, ...d }) => ({ ...d, file })),
  };
}

/** A diagnostic with what it needs to drop "missing" findings a did-you-mean explains. */
type Finding = Diagnostic & { suggestedPath?: string; missingPath?: string };

function toDiagnostics(
  issue: z.core.$ZodIssue,
  schema: z.ZodType,
  data: unknown,
  locate: Locator,
  fallbackRule: RuleId,
): Finding[] {
  const path = issue.path as (string | number)[];
  if (issue.code === 'unrecognized_keys') {
    const known = keysAt(schema, path);
    return issue.keys.map((key) => {
      const suggestion = didYouMean(key, known);
      const where = path.length ? ` in \`${label(path)}\`` : '';
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `the keys allowed here are: ${known.join(', ')}`;
      const finding: Finding = diagnostic(
        'unknown-key',
        locate.key([...path, key]),
        `unknown key \`${key}\`${where}`,
        hint,
      );
      if (suggestion) finding.suggestedPath = label([...path, suggestion]);
      return finding;
    });
  }

  const input = valueAt(data, path);
  const rule = ruleFor(issue, path, input, fallbackRule);
  const place = input === undefined ? locate.key(path) : locate.value(path);
  if (rule === 'section-not-a-string') {
    const typed = locate.source(path) ?? String(input);
    return [
      diagnostic(
        rule,
        place,
        `\`agreement.section\` must be a quoted string: YAML reads the unquoted ${typed} as the number ${String(input)}`,
        `write section: "${typed}" with the quotes, so that for example 2.10 does not become 2.1`,
      ),
    ];
  }
  if (input === undefined && path.length > 0) {
    const finding: Finding = diagnostic(
      rule,
      place,
      `\`${label(path)}\` is missing`,
      `add \`${String(path.at(-1))}:\` with a value`,
    );
    finding.missingPath = label(path);
    return [finding];
  }
  return [diagnostic(rule, place, `\`${label(path)}\` ${issue.message}`)];
}

function ruleFor(issue: z.core.$ZodIssue, path: Path, input: unknown, fallbackRule: RuleId): RuleId {
  const fromCheck = issue.code === 'custom' ? (issue.params as { rule?: RuleId } | undefined)?.rule : undefined;
  if (fromCheck) return fromCheck;
  const field = path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
  if (field === 'agreement.section') {
    if (input === undefined) return 'section-required';
    return typeof input === 'number' ? 'section-not-a-string' : 'section-format';
  }
  return rulesByField[field] ?? fallbackRule;
}

/** `references[3].url` */
export function label(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The keys an object schema allows at `path`, for did-you-mean hints. */
function keysAt(schema: z.ZodType, path: Path): string[] {
  let current: z.ZodType | undefined = schema;
  for (const segment of [...path, undefined]) {
    current = unwrap(current);
    if (segment === undefined) break;
    if (current instanceof z.ZodObject) current = current.shape[segment] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodPipe) {
    current = current instanceof z.ZodPipe ? (current.in as z.ZodType) : (current.unwrap() as z.ZodType);
  }
  return current;
}
