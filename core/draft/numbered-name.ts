/** Names for the copy that "keep both" writes beside a file (a number in brackets, as file managers do). */

// A bracketed year, "(2026)", is part of the name, not a copy number.
const parts = (fileName: string) => {
  const dot = fileName.toLowerCase().endsWith('.kpdraft') ? fileName.length - '.kpdraft'.length : fileName.length;
  const m = / \((\d{1,3})\)$/.exec(fileName.slice(0, dot));
  return { stem: m ? fileName.slice(0, dot - m[0].length) : fileName.slice(0, dot), n: m ? Number(m[1]) : 1, ext: fileName.slice(dot) || '.kpdraft' };
};

/** The k-th name for a copy: "Ansökan.kpdraft" → "Ansökan (2).kpdraft", "Ansökan (2).kpdraft" → "Ansökan (3).kpdraft". */
export function numberedName(fileName: string, k = 1): string {
  const { stem, n, ext } = parts(fileName);
  return `${stem} (${Math.max(n, 1) + k})${ext}`;
}
