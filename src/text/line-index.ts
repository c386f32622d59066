/**
 * Maps character offsets in a text to 1-based line and column, counting lines
 * as an editor does: `\n`, `\r\n` and a lone `\r` each end a line.
 */
export interface LineIndex {
  position(offset: number): { line: number; column: number };
}

export function lineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return {
    position(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= clamped) low = mid;
        else high = mid - 1;
      }
      return { line: low + 1, column: clamped - starts[low]! + 1 };
    },
  };
}
