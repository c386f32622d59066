import { describe, expect, it } from 'vitest';
import { shiftTitleHeadings } from '../../src/import/shift-headings.ts';

describe('shiftTitleHeadings', () => {
  it('should turn # headings into ## and leave other levels alone', () => {
    expect(shiftTitleHeadings('# Een\n## Twee\n### Drie\n  # Ingesprongen\n#\n#geen kop')).toBe(
      '## Een\n## Twee\n### Drie\n  ## Ingesprongen\n##\n#geen kop',
    );
  });

  it('should leave # lines in fenced code blocks alone', () => {
    const markdown = '```sh\n# een commentaar\n```\n~~~~\n# ook\n~~~\n# nog steeds code\n~~~~\n# Kop';
    expect(shiftTitleHeadings(markdown)).toBe(markdown.replace(/# Kop$/, '## Kop'));
  });
});
