// Notation inside right-to-left sentences. An Arabic sentence such as
// «ينتقل ‖∂h_T/∂h_t‖ من 4 إلى 10⁻¹⁵» is laid out by the Unicode bidi
// algorithm, which reorders the neutral characters of the formula (‖ ∂ / _ ×
// = ^) among the Arabic words: ‖∂h_T/∂h_t‖ comes out as ||h_T/∂h_t∂||. Each
// run of notation is therefore wrapped in LEFT-TO-RIGHT ISOLATE … POP
// DIRECTIONAL ISOLATE (U+2066 … U+2069): it is laid out left to right as a
// whole and sits in the sentence like a single word. Invisible, and read out
// by screen readers as the characters inside.

const LRI = '\u2066';
const PDI = '\u2069';

/** Arabic letters and punctuation: what ends a run of notation. */
const RTL = '\\u0600-\\u06ff\\u0750-\\u077f\\ufb50-\\ufdff\\ufe70-\\ufeff«»';
const RUN = new RegExp(`[^${RTL}]+`, 'g');
/** A run is notation if it has a letter, a digit or a mathematical sign; "(", ")." or ": " alone are left to the algorithm. */
const NOTATION = /[A-Za-z0-9\u0370-\u03ff\u2070-\u209f‖∂√∞∏∑≤≥±×·λρτσφ]/;

function wrap(run: string): string {
  let start = 0;
  let end = run.length;
  // punctuation, and a bracket that opens after the run or closes before it, belong to the sentence
  while (start < end && /[\s.,:;!?)]/.test(run[start]!)) start++;
  while (end > start && /[\s.,:;!?(]/.test(run[end - 1]!)) end--;
  let core = run.slice(start, end);
  // an opening or closing bracket whose partner is outside the run belongs to the sentence
  if (core.startsWith('(') && !core.includes(')')) {
    start++;
    core = core.slice(1);
  }
  if (core.endsWith(')') && !core.includes('(')) {
    end--;
    core = core.slice(0, -1);
  }
  if (!NOTATION.test(core)) return run;
  return `${run.slice(0, start)}${LRI}${core}${PDI}${run.slice(end)}`;
}

/**
 * Isolates every run of notation in a text shown on a right-to-left page. A
 * text with no Arabic at all (a legend such as ‖∂L/∂h_t‖) is one run: whole.
 */
export function isolateNotation(text: string): string {
  if (!new RegExp(`[${RTL}]`).test(text)) return NOTATION.test(text) ? `${LRI}${text}${PDI}` : text;
  return text.replace(RUN, wrap);
}
