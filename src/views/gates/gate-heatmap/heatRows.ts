// The rows of the gates × units × time map: every gate of the cell, then the
// hidden state h and (LSTM cells) the cell state c, one row per unit.

import type { TelemetrySnapshot } from '../../../worker/protocol.ts';
import { gatesOf, isSignedGate, type Reading } from '../common/reading.ts';

export interface HeatBlock {
  /** g, i, …, or h / c */
  name: string;
  signed: boolean;
  values: Float64Array;
}

export function heatBlocks(r: Reading): HeatBlock[] {
  const tel: TelemetrySnapshot = r.telemetry;
  const blocks: HeatBlock[] = [];
  for (const g of gatesOf(r.cell)) {
    const values = tel.gates[g];
    if (values) blocks.push({ name: g, signed: isSignedGate(g), values });
  }
  blocks.push({ name: 'h', signed: true, values: tel.h });
  if (tel.c !== null) blocks.push({ name: 'c', signed: true, values: tel.c });
  return blocks;
}

/** The value at block b, step t, unit j (first layer, forward direction). */
export function blockValue(b: HeatBlock, tel: TelemetrySnapshot, t: number, j: number): number {
  return b.values[t * tel.hiddenSize + j] ?? Number.NaN;
}
