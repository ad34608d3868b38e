// The interface every timed trainer implements, whatever engine is behind it.

export type EngineName = 'unrolled' | 'tfjs-cpu' | 'tfjs-wasm';

export interface Contestant {
  readonly engine: EngineName;
  /** how the model is written, e.g. "plain-gather" or "layers" for the peer */
  readonly form: string;
  /** makes this contestant's backend the active one (a no-op for the engine) */
  activate(): Promise<void>;
  /** one optimizer update on the next training sequence, finished when it returns */
  step(): void;
  /** the latest loss, to check that training is real and stays finite */
  lastLoss(): number;
  dispose(): void;
}
