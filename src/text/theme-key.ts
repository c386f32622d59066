/**
 * The identity of a theme: "Activering", "activering " and "Actívering" are
 * one theme. Also used as the theme's URL slug.
 */
export function themeKey(theme: string): string {
  return theme
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}
