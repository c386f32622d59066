/**
 * Turns `# ` headings into `## `: on the site the page title is the only
 * `#` heading. Other levels stay as they are, and so does anything in a
 * fenced code block, where `#` is not a heading.
 *
 * ```markdown
 * # Integratie        →  ## Integratie
 * ### Conclusie       →  ### Conclusie
 * ```
 */
export function shiftTitleHeadings(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence !== undefined) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length && /^\s*[`~]+\s*$/.test(line)) {
          fence = undefined;
        }
        return line;
      }
      if (marker) {
        fence = marker;
        return line;
      }
      return line.replace(/^( {0,3})#(?=[ \t]|$)/, '$1##');
    })
    .join('\n');
}
