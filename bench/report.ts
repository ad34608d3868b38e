// Turns timed runs into the benchmark's output: one JSON line per engine and
// setting, then one line of ratios per setting.

import type { EngineName } from './contestant.ts';
import { median } from './timing.ts';
import { flopsPerTrainStep, targetFor, type BenchSetting } from './settings.ts';

export interface Timing {
  readonly engine: EngineName;
  readonly form: string;
  /** steps per second of each timed run */
  readonly rates: readonly number[];
}

export interface EngineLine {
  setting: string;
  engine: EngineName;
  chars_per_s: number;
  steps_per_s: number;
  runs: number;
  /** the fastest form of this engine, whose median is reported */
  form: string;
  /** median steps/s of every form tried */
  forms: Record<string, number>;
}

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/** The fastest form (by median) of each engine. */
export function engineLines(setting: BenchSetting, timings: readonly Timing[]): EngineLine[] {
  const lines: EngineLine[] = [];
  for (const engine of ['unrolled', 'tfjs-cpu', 'tfjs-wasm'] as const) {
    const mine = timings.filter((t) => t.engine === engine);
    if (mine.length === 0) continue;
    const forms: Record<string, number> = {};
    let best = mine[0]!;
    for (const t of mine) {
      forms[t.form] = round(median(t.rates), 1);
      if (median(t.rates) > median(best.rates)) best = t;
    }
    const steps = median(best.rates);
    lines.push({
      setting: setting.name,
      engine,
      chars_per_s: round(steps * setting.steps, 1),
      steps_per_s: round(steps, 1),
      runs: best.rates.length,
      form: best.form,
      forms,
    });
  }
  return lines;
}

export interface RatioLine {
  setting: string;
  unrolled_vs_tfjs_cpu: number | null;
  unrolled_vs_tfjs_wasm: number | null;
  /** recurrent + head matmul flops per second (see flopsPerTrainStep) */
  unrolled_gflop_per_s: number | null;
  target: string | null;
  meets_target: boolean | null;
}

export function ratioLine(setting: BenchSetting, lines: readonly EngineLine[]): RatioLine {
  const rate = (engine: EngineName): number | null => lines.find((l) => l.engine === engine)?.steps_per_s ?? null;
  const ours = rate('unrolled');
  const ratio = (engine: EngineName): number | null => {
    const peer = rate(engine);
    return ours === null || peer === null ? null : round(ours / peer, 2);
  };
  const target = targetFor(setting);
  const vsCpu = ratio('tfjs-cpu');
  const vsWasm = ratio('tfjs-wasm');
  const reached = target === null ? null : target.against === 'tfjs-cpu' ? vsCpu : vsWasm;
  return {
    setting: setting.name,
    unrolled_vs_tfjs_cpu: vsCpu,
    unrolled_vs_tfjs_wasm: vsWasm,
    unrolled_gflop_per_s: ours === null ? null : round((ours * flopsPerTrainStep(setting)) / 1e9, 3),
    target: target === null ? null : `>= ${target.ratio}x ${target.against}`,
    meets_target: target === null || reached === null ? null : reached >= target.ratio,
  };
}
