import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { inputLimits } from '../limits.ts';
import { lineIndex } from '../text/line-index.ts';
import { decodeUtf8 } from '../text/utf8.ts';

/**
 * What the file system can say about a content file (a report, the site
 * config, the about page) before its text is read. The command-line tools
 * find these facts (src/build/content-files.ts); here they become findings
 * like any other, at line 1 of the file.
 */
export type FileFact =
  | { kind: 'folder' }
  | { kind: 'not-a-file'; type: string }
  | { kind: 'broken-link'; target: string }
  | { kind: 'outside'; target: string; folder: string }
  | { kind: 'read-error'; code: string; message: string }
  | { kind: 'too-large'; bytes: number };

export function fileProblem(file: string, fact: FileFact): Diagnostic {
  const at = { file, line: 1, column: 1 };
  switch (fact.kind) {
    case 'folder':
      return diagnostic(
        'file-unreadable',
        at,
        'this is a folder, not a file',
        'rename the folder so that its name does not end in .md',
      );
    case 'not-a-file':
      return diagnostic(
        'file-unreadable',
        at,
        `this is a ${fact.type}, not an ordinary file; it was not read`,
        'content files are ordinary files; remove this one',
      );
    case 'broken-link':
      return diagnostic(
        'file-unreadable',
        at,
        `this is a symbolic link to ${fact.target}, which does not exist`,
        'remove the link, or put the file itself here',
      );
    case 'outside':
      return diagnostic(
        'file-outside-content',
        at,
        `this is a symbolic link to ${fact.target}, outside ${fact.folder}; it was not read`,
        `put what it links to in ${fact.folder} itself, or remove the link`,
      );
    case 'read-error':
      return diagnostic(
        'file-unreadable',
        at,
        `the file cannot be read (${fact.code}: ${fact.message})`,
        fact.code === 'EACCES' ? 'make the file readable (chmod a+r)' : undefined,
      );
    case 'too-large':
      return tooLarge(file, fact.bytes);
  }
}

/**
 * The text of a report file from its bytes, if they are UTF-8 and the file is
 * not too large; else the finding that says why not.
 */
export function decodeReportFile(file: string, bytes: Uint8Array): { text?: string; diagnostics: Diagnostic[] } {
  if (bytes.length > inputLimits.fileBytes) return { diagnostics: [tooLarge(file, bytes.length)] };
  const decoded = decodeUtf8(bytes);
  if ('text' in decoded) return { text: decoded.text, diagnostics: [] };
  const position = lineIndex(decoded.before).position(decoded.before.length);
  const byte = bytes[decoded.invalidAt]!.toString(16).toUpperCase().padStart(2, '0');
  return {
    diagnostics: [
      diagnostic(
        'file-not-utf8',
        { file, ...position },
        `the file is not UTF-8 text: byte 0x${byte} here (byte ${decoded.invalidAt + 1} of the file) is not valid UTF-8`,
        'save the file as UTF-8 in your editor, then check the characters around this place (often é, ë or quotes pasted from another program)',
      ),
    ],
  };
}

export function tooLarge(file: string, bytes: number): Diagnostic {
  return diagnostic(
    'file-too-large',
    { file, line: 1, column: 1 },
    `the file is ${describeBytes(bytes)}; a report may be at most ${describeBytes(inputLimits.fileBytes)}`,
    'a report covers one section; split it, or check that nothing was pasted by mistake',
  );
}

/** "1.5 MiB (1,572,864 bytes)": rounded for reading, exact for comparing. */
export function describeBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en')} bytes`;
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MiB (${exact})`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB (${exact})`;
  return exact;
}

function trim(value: number): string {
  return value.toFixed(1).replace(/\.0$/, '');
}
