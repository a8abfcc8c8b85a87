// What every bench/<name>.bench.ts shares: the row each `run()` returns (bench/run.mjs prints and
// saves them) and the median its figures are taken as.

export interface Row {
  bench: string;
  case: string;
  metric: string;
  value: number;
  unit: string;
  target?: { op?: '≤' | '≥'; value: number };
}

/** The middle value (the upper middle one for an even count); `xs` is left as it was. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
