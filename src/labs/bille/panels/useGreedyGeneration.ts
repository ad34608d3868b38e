import { useEffect, useState } from 'react';
import type { TelemetryBuffer } from '../../../state/telemetry.ts';
import type { BilleFrame } from '../../../views/bille/types.ts';
import { createSource, type DataSource } from '../../../views/gradients/common/source.ts';
import type { EngineClient } from '../../../worker/client-base.ts';
import { billeFrameFrom, corrected, evaluationIds, firstCandidate, firstMismatch } from './greedy.ts';

// Keeps the stepper's greedy generation in step with the network: after
// each new frame, one forward pass is asked of the worker (never more than
// one at a time), corrected until every input is the previous step's argmax,
// then published. A source, not React state: views draw it in animation frames.

export interface Generation {
  /** the greedy pass, or null while there is none for the current network */
  frame: BilleFrame | null;
}

interface Request {
  id: number;
  runId: number;
  candidate: number[];
  tries: number;
}

let lastRequestId = 0;

/**
 * Least time between two generations asked for while frames stream in: the
 * stepper and the trajectory then redraw ten times a second, which reads as
 * live, instead of thirty, which only costs.
 */
export const GENERATION_INTERVAL_MS = 100;

export function useGreedyGeneration(client: EngineClient | null, buffer: TelemetryBuffer, word: string, vocab: readonly string[] | null): DataSource<Generation> {
  const [source] = useState(() => createSource<Generation>({ frame: null }));

  useEffect(() => {
    source.set({ frame: null });
    if (client === null || vocab === null) return;
    let pending: Request | null = null;
    // a frame arrived while a request was out (or too soon after the last): ask again later
    let stale = false;
    let askedAt = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | null = null;

    function ask(candidate: number[], tries: number): void {
      const f = buffer.frame;
      if (client === null || f === null) return;
      pending = { id: ++lastRequestId, runId: f.runId, candidate, tries };
      client.send({ type: 'evaluate', requestId: pending.id, input: { kind: 'ids', ids: evaluationIds(candidate) } });
    }

    function onFrame(): void {
      const f = buffer.frame;
      // A new run drops its predecessor's answers: a request from an older run will never be answered.
      if (pending !== null && (f === null || f.runId !== pending.runId)) pending = null;
      if (f === null) return source.set({ frame: null });
      if (pending !== null || timer !== null) {
        stale = true;
        return;
      }
      const wait = askedAt + GENERATION_INTERVAL_MS - performance.now();
      if (wait > 0) {
        timer = setTimeout(() => {
          timer = null;
          onFrame();
        }, wait);
        return;
      }
      askedAt = performance.now();
      if (vocab !== null) ask(firstCandidate(f.sample, word, vocab), 0);
    }

    const offFrames = buffer.subscribe(onFrame);
    const offEvents = client.subscribe((e) => {
      const req = pending;
      if (req === null || vocab === null) return;
      if (e.type === 'failed' && e.requestId === req.id) {
        pending = null;
        return;
      }
      if (e.type !== 'evaluated' || e.requestId !== req.id) return;
      pending = null;
      const tel = e.telemetry;
      const miss = firstMismatch(req.candidate, tel.probs, tel.outputSize);
      if (miss >= 0 && req.tries < req.candidate.length) return ask(corrected(req.candidate, tel.probs, tel.outputSize, miss), req.tries + 1);
      // The weights of the answer are the latest frame's: the worker answers after the frames it posted before.
      if (miss < 0) {
        const frame = billeFrameFrom(req.candidate, tel, vocab, buffer.frame?.params ?? null);
        if (frame !== null) source.set({ frame });
      }
      if (stale) {
        stale = false;
        onFrame();
      }
    });
    onFrame();
    return () => {
      if (timer !== null) clearTimeout(timer);
      offFrames();
      offEvents();
    };
  }, [client, buffer, word, vocab, source]);

  return source;
}
