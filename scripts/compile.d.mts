// The types of compile.mjs (plain JavaScript, so that it runs before anything is compiled).
export const distFolder: string;
export const stampFile: string;
export function compile(): Promise<void>;
