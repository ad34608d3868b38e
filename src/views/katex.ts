// KaTeX rendering for the views: TeX strings to HTML plus MathML (so screen
// readers get the formula), and small builders for the numeric vectors and
// matrices substituted into the lessons' equations. Only the lab chunks import
// this module, so KaTeX stays out of the first page load.
import katex from 'katex';

/** Renders TeX to an HTML string; malformed TeX shows as red source instead of throwing. */
export function renderTex(tex: string, displayMode = false): string {
  return katex.renderToString(tex, { throwOnError: false, output: 'htmlAndMathml', displayMode, strict: 'ignore' });
}

/** A number for TeX: fixed decimals, no "-0.00". */
export function texNumber(v: number, digits = 2): string {
  if (Number.isNaN(v)) return '\\text{–}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  if (Number.isInteger(v) && Math.abs(v) < 1e6) return String(v);
  const s = v.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

export interface TexArrayOptions {
  digits?: number;
  /** longest vector shown in full; longer ones keep their ends around a ⋮ */
  max?: number;
  /** labels written to the right of a column vector's entries (vocabulary letters) */
  labels?: readonly string[] | null;
  /** index of an entry to emphasise (bold) */
  highlight?: number;
}

function pickIndices(n: number, max: number): (number | null)[] {
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return [...Array.from({ length: head }, (_, i) => i), null, ...Array.from({ length: tail }, (_, i) => n - tail + i)];
}

function texCell(v: number, digits: number, bold: boolean): string {
  const s = texNumber(v, digits);
  return bold ? `\\mathbf{${s}}` : s;
}

/** Escapes a label for \text{}. */
export function texText(s: string): string {
  return s.replace(/[\\{}$&#^_%~]/g, (c) => `\\${c === '\\' ? 'textbackslash{}' : c}`);
}

/** A column vector of values[offset .. offset + n). */
export function texVector(values: ArrayLike<number>, offset: number, n: number, o: TexArrayOptions = {}): string {
  const digits = o.digits ?? 2;
  const idx = pickIndices(n, o.max ?? 8);
  const rows = idx.map((i) => (i === null ? '\\vdots' : texCell(values[offset + i] ?? Number.NaN, digits, i === o.highlight)));
  const vec = `\\begin{bmatrix}${rows.join('\\\\')}\\end{bmatrix}`;
  if (!o.labels) return vec;
  const labels = idx.map((i) => (i === null ? '' : `\\scriptstyle\\text{${texText(o.labels?.[i] ?? '')}}`));
  return `${vec}\\!\\begin{matrix}${labels.join('\\\\')}\\end{matrix}`;
}

/** A row-major rows x cols matrix; `split` draws a vertical rule before that column (a block [A | B]). */
export function texMatrix(
  values: ArrayLike<number>,
  rows: number,
  cols: number,
  o: { digits?: number; maxRows?: number; maxCols?: number; split?: number } = {},
): string {
  const digits = o.digits ?? 2;
  const ri = pickIndices(rows, o.maxRows ?? 8);
  const ci = pickIndices(cols, o.maxCols ?? 8);
  const spec = ci
    .map((c, k) => {
      const rule = o.split !== undefined && c === o.split && k > 0 ? '|' : '';
      return `${rule}c`;
    })
    .join('');
  const body = ri
    .map((r) =>
      ci
        .map((c) => {
          if (r === null) return c === null ? '\\ddots' : '\\vdots';
          if (c === null) return '\\cdots';
          return texNumber(values[r * cols + c] ?? Number.NaN, digits);
        })
        .join('&'),
    )
    .join('\\\\');
  return `\\left[\\begin{array}{${spec}}${body}\\end{array}\\right]`;
}

/** Two vectors stacked with a rule between them: [h_{t−1}; x_t]. */
export function texStacked(
  a: ArrayLike<number>,
  aOffset: number,
  aLen: number,
  b: ArrayLike<number>,
  bOffset: number,
  bLen: number,
  digits = 2,
): string {
  const top = Array.from({ length: aLen }, (_, i) => texNumber(a[aOffset + i] ?? Number.NaN, digits));
  const bottom = Array.from({ length: bLen }, (_, i) => texNumber(b[bOffset + i] ?? Number.NaN, digits));
  return `\\left[\\begin{array}{c}${top.join('\\\\')}\\\\\\hline ${bottom.join('\\\\')}\\end{array}\\right]`;
}
