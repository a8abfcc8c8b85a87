// A source map's lookup, enough for bench/profile-start.ts: which source file and name a position
// of the generated bundle comes from. Small enough to keep here rather than depending on a
// source-map package only for a diagnostic script.

interface RawMap { sources: string[]; names?: string[]; mappings: string }
/** [generated column, source index, name index or -1], per generated line, sorted by column. */
type Segment = [number, number, number];

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...B64].map((c, i) => [c, i]));

/** The VLQ numbers of one segment ("AAgBC" → [0, 0, 16, 1]). */
function decodeSegment(s: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of s) {
    const d = DIGIT.get(c)!;
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

export class SourceMapLookup {
  private readonly lines: Segment[][] = [];
  private readonly sources: string[];
  private readonly names: string[];

  constructor(json: string) {
    const raw = JSON.parse(json) as RawMap;
    this.sources = raw.sources;
    this.names = raw.names ?? [];
    let source = 0;
    let name = 0;
    for (const line of raw.mappings.split(';')) {
      let column = 0;
      const segments: Segment[] = [];
      for (const seg of line.split(',')) {
        if (!seg) continue;
        const v = decodeSegment(seg);
        column += v[0]!;
        if (v.length >= 4) {
          source += v[1]!;
          if (v.length >= 5) name += v[4]!;
          segments.push([column, source, v.length >= 5 ? name : -1]);
        }
      }
      this.lines.push(segments);
    }
  }

  /** The source and name of a position (line and column from 0, as in a CPU profile), if mapped. */
  find(line: number, column: number): { source: string; name: string | null } | null {
    const segments = this.lines[line] ?? [];
    let found: Segment | undefined;
    for (const s of segments) {
      if (s[0] > column) break;
      found = s;
    }
    return found ? { source: this.sources[found[1]]!, name: found[2] >= 0 ? this.names[found[2]]! : null } : null;
  }
}
