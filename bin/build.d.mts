export const root: string;
export function ensureBuilt(entry: string, name: string): Promise<string>;
