/** Natural order of section numbers: 1.2 before 1.3 before 1.10. */
export function compareSections(a: string, b: string): number {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? -1) - (y[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The chapter a section belongs to: "1" for "1.3". */
export function chapterOf(section: string): string {
  return section.split('.')[0]!;
}

/** "1.03" and "1.3" are one section. */
export function sectionKey(section: string): string {
  return section.split('.').map(Number).join('.');
}
