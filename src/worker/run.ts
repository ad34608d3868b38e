// What the worker core drives: one configured run (model, trainer, task and
// their random stream) plus the task-specific extras (sampling, scoring,
// spectrum). The core knows nothing about the engine beyond this and api.ts,
// which keeps it testable with small fakes.

import type { Model, Sample, Trainer } from '../engine/api.ts';
import type { ModelInfo, OwnedFloats, ParamSnapshot, RunConfig, SequenceInput, SpectrumSnapshot, TaskReadout } from './protocol.ts';

export interface Generation {
  text: string;
  ids: number[];
  /** [i][k]: the distribution token i was drawn from */
  probs: OwnedFloats;
}

export interface Evaluation {
  stepLogProbs: OwnedFloats;
  logProb: number;
  /** copies of the weights the pass used */
  params?: ParamSnapshot[];
}

export interface Run {
  readonly info: ModelInfo;
  readonly model: Model;
  readonly trainer: Trainer;
  /** the next training sample; draws from the run's seeded stream */
  nextSample(): Sample;
  /** what the model generates now from the task's start (greedy), or null; overwrites the telemetry */
  preview(): string | null;
  /** the task's own numbers (the Teddy taggers' answers), computed with the preview; overwrites the telemetry */
  readout?(): TaskReadout | null;
  /** overwrites the telemetry; throws on tokens outside the vocabulary */
  generate(prefix: string, length: number, temperature: number, seed: number): Generation;
  /** forward pass on the sequence: leaves its telemetry in model.telemetry */
  evaluate(input: SequenceInput): Evaluation;
  /** spectrum of the first recurrent block, or null when the task has none to show */
  spectrum(): SpectrumSnapshot | null;
}

/** Builds a run from its config; throws the engine's message on a bad config. */
export type BuildRun = (config: RunConfig) => Run;
