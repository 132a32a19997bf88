// One line per measured figure, in a shape `npm run bench` collects into a single table.

/** One measured figure of a benchmark. */
export interface BenchFigure {
  /** The benchmark, e.g. `delivery planning`. */
  benchmark: string;
  /** What was measured, e.g. `1M recipients, best of 5`. */
  metric: string;
  value: number;
  unit: 'ms' | 'MB' | 'ratio' | 'kB' | 'fps' | 'count';
  /** The target, stated in words (`< 1000 ms`), if the issue sets one. */
  target?: string;
  /** Whether the target was met; omitted when there is no target. */
  met?: boolean;
}

const MARKER = 'BENCH-FIGURE ';

/** Prints a figure for the bench runner (and for a person reading the output). */
export function reportFigure(figure: BenchFigure): void {
  console.log(MARKER + JSON.stringify(figure));
}

/** Reads the figures a benchmark printed. */
export function parseFigures(output: string): BenchFigure[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith(MARKER))
    .map((line) => JSON.parse(line.slice(MARKER.length)) as BenchFigure);
}

/** Median of repeated runs. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
