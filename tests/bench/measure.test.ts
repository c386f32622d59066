import { describe, expect, it } from 'vitest';
import { peakKiB } from '../../src/bench/measure.ts';
import { columns } from '../../src/bench/table.ts';

describe('peakKiB', () => {
  it("should read /usr/bin/time's figure after whatever the process wrote", () => {
    expect(peakKiB('warning: x\nBENCH-PEAK-KIB 12\nBENCH-PEAK-KIB 345678\n')).toBe(345678);
    expect(peakKiB('Command exited with non-zero status 1\nBENCH-PEAK-KIB 9000\n')).toBe(9000);
  });

  it('should be NaN without one', () => {
    expect(peakKiB('no figure here')).toBeNaN();
  });
});

describe('columns', () => {
  it('should pad each column to its widest cell', () => {
    expect(
      columns(
        ['', 'median'],
        [
          ['build, cold', '1.00 s'],
          ['x', '12.00 s'],
        ],
      ),
    ).toEqual(['             median', 'build, cold  1.00 s', 'x            12.00 s']);
  });
});
