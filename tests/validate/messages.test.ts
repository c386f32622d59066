import { describe, expect, it } from 'vitest';
import { checkFixtures } from '../helpers/fixtures.ts';

/** The words editors read are part of the interface: a change here is a decision. */
function only(relative: string) {
  const { diagnostics } = checkFixtures(relative);
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

describe('messages', () => {
  it('should explain that YAML reads an unquoted 2.10 as the number 2.1', () => {
    const d = only('invalid/section-unquoted-number.md');
    expect(d.message).toBe(
      '`agreement.section` must be a quoted string: YAML reads the unquoted 2.10 as the number 2.1',
    );
    expect(d.hint).toBe('write section: "2.10" with the quotes, so that for example 2.10 does not become 2.1');
  });

  it('should suggest the key the editor probably meant', () => {
    expect(only('invalid/unknown-key-theme.md')).toMatchObject({
      message: 'unknown key `theme`',
      hint: 'did you mean `themes`?',
    });
    expect(only('invalid/unknown-key-in-reference.md')).toMatchObject({
      message: 'unknown key `titel` in `references[2]`',
      hint: 'did you mean `title`?',
    });
  });

  it('should name the missing reference and the ids that exist', () => {
    expect(only('invalid/citation-unknown-reference.md')).toMatchObject({
      message: 'citation [12] does not match any reference: there is no reference with id 12',
      hint: 'add a reference with id: 12, or use one of the ids 0–1',
    });
  });

  it('should say which day does not exist', () => {
    expect(only('invalid/date-not-in-calendar.md').message).toBe(
      '`references[2].date` must be a real day, but 2021-02-30 is not in the calendar',
    );
  });

  it('should say what javascript: and http: links must become', () => {
    expect(only('invalid/reference-url-javascript.md').message).toBe(
      'reference 0: the url must start with https://, not javascript:',
    );
    expect(only('invalid/reference-url-http.md').hint).toBe('change http:// into https://');
  });

  it('should explain a colon in an unquoted title in plain words', () => {
    const d = only('invalid/yaml-colon-in-unquoted-title.md');
    expect(d.message).toBe(
      'the front matter is not valid YAML: a value contains a colon followed by a space, which YAML reads as a new key',
    );
    expect(d.hint).toContain('title: "Werk: activering"');
  });
});
