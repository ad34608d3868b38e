// npm run bench: training speed of this project's engine against
// TensorFlow.js (cpu and wasm backends) on the same settings, in one process.
// Prints JSON lines on stdout, progress on stderr. See bench/README.md.
//   npm run bench                           every setting
//   npm run bench -- tiny-lstm charrnn-lstm only the settings named
//   npm run bench -- tiny                   the three tiny settings (tiny-rnn, tiny-lstm, tiny-gru)
//   BENCH_SECONDS=0.2 npm run bench         shorter runs, for a quick look
//   BENCH_CLOCK=cpu npm run bench           time by this process's CPU time, not the wall clock (a busy machine)

import os from 'node:os';
import process from 'node:process';
import * as tf from '@tensorflow/tfjs';
import type { Contestant } from './contestant.ts';
import { createEngineContestant } from './engine-runner.ts';
import { engineLines, ratioLine, type Timing } from './report.ts';
import { makeSequences, SETTINGS, type BenchSetting } from './settings.ts';
import { initPeer } from './tfjs/backend.ts';
import { createLayersContestant } from './tfjs/layers.ts';
import { createPlainContestant } from './tfjs/plain.ts';
import { CLOCK, stepsFor, timeSteps, warmUp } from './timing.ts';

/** Seconds per timed run (at least); BENCH_SECONDS overrides it for a quick check. */
const RUN_SECONDS = Number(process.env.BENCH_SECONDS ?? 1);
const RUNS = 5;
const SEQUENCES = 32;
const SEED = 1234;

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

async function contestantsFor(setting: BenchSetting): Promise<Contestant[]> {
  const sequences = makeSequences(setting, SEQUENCES, SEED);
  const list: Contestant[] = [createEngineContestant(setting, sequences, SEED)];
  for (const backend of ['cpu', 'wasm'] as const) {
    // The gather form cannot train on wasm: the gradient of tf.gather needs
    // UnsortedSegmentSum, which tfjs-backend-wasm 4.22 does not implement.
    if (backend === 'cpu') list.push(await createPlainContestant(setting, backend, 'gather', sequences, SEED));
    list.push(await createPlainContestant(setting, backend, 'onehot', sequences, SEED));
    list.push(await createLayersContestant(setting, backend, sequences));
  }
  return list;
}

function checkLoss(c: Contestant, setting: BenchSetting): void {
  const loss = c.lastLoss();
  if (!Number.isFinite(loss)) throw new Error(`${setting.name} ${c.engine} ${c.form}: loss is ${loss}`);
}

async function benchSetting(setting: BenchSetting): Promise<Timing[]> {
  const tensorsBefore = tf.memory().numTensors;
  const contestants = await contestantsFor(setting);

  // Warm-up: compile, allocate, and size each contestant's runs.
  const stepsPerRun = new Map<Contestant, number>();
  for (const c of contestants) {
    await c.activate();
    const rate = warmUp(() => c.step(), Math.max(0.5, RUN_SECONDS));
    checkLoss(c, setting);
    stepsPerRun.set(c, stepsFor(rate, RUN_SECONDS));
    log(`${setting.name} ${c.engine} ${c.form}: warm-up ${rate.toFixed(1)} steps/s, loss ${c.lastLoss().toFixed(3)}`);
  }
  const tensorsAfterWarmUp = tf.memory().numTensors;

  // Timed runs, alternating the contestants so that slow drifts of the machine hit all of them alike.
  const rates = new Map<Contestant, number[]>(contestants.map((c) => [c, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const c of contestants) {
      await c.activate();
      rates.get(c)!.push(timeSteps(() => c.step(), stepsPerRun.get(c)!));
      checkLoss(c, setting);
    }
  }
  if (tf.memory().numTensors !== tensorsAfterWarmUp) {
    log(`warning: ${setting.name}: tfjs tensors grew from ${tensorsAfterWarmUp} to ${tf.memory().numTensors} during the timed runs`);
  }
  const timings = contestants.map((c) => ({ engine: c.engine, form: c.form, rates: rates.get(c)! }));
  for (const c of contestants) c.dispose();
  if (tf.memory().numTensors !== tensorsBefore) {
    log(`warning: ${setting.name}: ${tf.memory().numTensors - tensorsBefore} tfjs tensors outlived their contestants`);
  }
  return timings;
}

async function main(): Promise<void> {
  const peer = await initPeer();
  console.log(
    JSON.stringify({
      node: process.version,
      cpu: os.cpus()[0]?.model ?? 'unknown',
      cores: os.cpus().length,
      // Other processes on the machine slow every contestant; a high load makes the figures noisier.
      loadavg_1m: Number(os.loadavg()[0]!.toFixed(2)),
      tfjs: peer.tfjs,
      wasm_simd: peer.wasmSimd,
      wasm_threads: peer.wasmThreads,
      run_seconds: RUN_SECONDS,
      clock: CLOCK,
      runs: RUNS,
    }),
  );
  const only = process.argv.slice(2);
  const wanted = (name: string): boolean => only.length === 0 || only.includes(name) || (only.includes('tiny') && name.startsWith('tiny-'));
  for (const setting of SETTINGS) {
    if (!wanted(setting.name)) continue;
    const lines = engineLines(setting, await benchSetting(setting));
    for (const line of lines) console.log(JSON.stringify(line));
    console.log(JSON.stringify(ratioLine(setting, lines)));
  }
}

await main();
