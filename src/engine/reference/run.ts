// Runs one reference case from its JSON text and words the result the way
// the reference script prints it:
//   PASS <name>
//   FAIL <name>: <field>[<index>] got <x> want <y>
//   ERROR <file>: <why>   (the file does not parse or does not follow FORMAT.md)

import { readCase } from './cases.ts';
import type { Mismatch } from './compare.ts';
import { runLayerCase } from './layerCase.ts';
import { runTrainCase } from './trainCase.ts';

export interface CaseResult {
  /** the case name, or the file's label when it could not be read */
  readonly name: string;
  readonly ok: boolean;
  /** the first mismatching value, when the engine ran but disagreed */
  readonly mismatch: Mismatch | null;
  /** why the case could not be run at all */
  readonly error: string | null;
  /** the line to print */
  readonly line: string;
}

export function runReferenceText(label: string, text: string): CaseResult {
  let name = label;
  try {
    const c = readCase(JSON.parse(text) as unknown);
    name = c.name;
    const mismatch = c.kind === 'layer' ? runLayerCase(c) : runTrainCase(c);
    if (mismatch === null) return { name, ok: true, mismatch, error: null, line: `PASS ${name}` };
    const m = mismatch;
    return { name, ok: false, mismatch, error: null, line: `FAIL ${name}: ${m.field}[${m.index}] got ${m.got} want ${m.want}` };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return { name, ok: false, mismatch: null, error: why, line: `ERROR ${label}: ${why}` };
  }
}
