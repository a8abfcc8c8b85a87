export const root: string;
export function isStale(outputs: string[]): boolean;
export function buildIfStale(outputs: string[], o?: { onBuild?: () => void }): string | null;
