import { useMemo } from 'react';
import { createModel, createRng } from '../../engine/index.ts';
import type { Model, ModelSpec } from '../../engine/index.ts';
import type { ParamSnapshot } from '../../worker/protocol.ts';

// A copy of a worker's network on the page: the same spec, with the weights of
// the latest frame. Forward passes on a few short inputs cost well under a
// millisecond, so the page reads the student's own sentence with it directly.

export interface LocalModel {
  readonly model: Model;
  /** the weight set it holds: the params array of one frame */
  readonly weights: ParamSnapshot[];
}

/** A model for `spec` holding `params`; null until both are known. */
export function useLocalModel(spec: ModelSpec | null, params: ParamSnapshot[] | null, maxSteps: number): LocalModel | null {
  const shell = useMemo(() => (spec === null ? null : createModel(spec, { kind: 'pytorch' }, createRng(0), { maxSteps })), [spec, maxSteps]);
  return useMemo(() => {
    if (shell === null || params === null) return null;
    for (const p of params) {
      const target = shell.params.find((q) => q.name === p.name);
      if (target === undefined || target.w.length !== p.w.length) return null;
      target.w.set(p.w);
    }
    // a fresh object per weight set, so readings memoised on it recompute
    return { model: shell, weights: params };
  }, [shell, params]);
}
