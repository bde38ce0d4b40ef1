export const root: string;
export function ensureBuilt(entry: string, name: string, options?: { cli?: boolean }): Promise<string>;
export function newestMtime(dir: string, skip?: string[]): number;
export function mtime(path: string): number;
