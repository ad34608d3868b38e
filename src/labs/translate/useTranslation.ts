import { useEffect, useState } from 'react';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import type { EngineClient } from '../../worker/client-base.ts';
import type { TelemetrySnapshot } from '../../worker/protocol.ts';

// Translates the student's sentence on the network that trains: a 'generate'
// request (the decoder's greedy steps, each with its whole distribution) and
// an 'evaluate' request (the encoder's states, whose last one starts the
// decoder). Redone when the network has moved on, at most once a second, one
// pair of requests at a time.

export interface Translation {
  /** the sentence it is for */
  text: string;
  /** the update whose weights produced it */
  step: number;
  ids: number[];
  /** [i][k]: step i's distribution over the target vocabulary */
  probs: Float64Array;
  /** the encoder's final h, and c for the LSTM */
  h: number[];
  c: number[] | null;
}

export const TRANSLATE_INTERVAL_MS = 1000;

// ids unique in this page's client, away from other panels' counters
let lastRequestId = 1 << 20;

/** The encoder's final state in an evaluated telemetry: layer 0, forward stream, last step. */
export function finalState(t: TelemetrySnapshot): { h: number[]; c: number[] | null } {
  const H = t.hiddenSize;
  const at = (t.steps - 1) * H;
  return { h: Array.from(t.h.subarray(at, at + H)), c: t.c === null ? null : Array.from(t.c.subarray(at, at + H)) };
}

export function useTranslation(client: EngineClient | null, buffer: TelemetryBuffer, text: string | null, maxWords: number): Translation | null {
  const [result, setResult] = useState<Translation | null>(null);

  useEffect(() => {
    setResult(null);
    if (client === null || text === null) return;
    const sentence = text;
    let pending: { gen: number; ev: number; runId: number; step: number } | null = null;
    let got: { ids: number[]; probs: Float64Array } | null = null;
    let askedStep = -1;
    let askedAt = Number.NEGATIVE_INFINITY;
    let timer: ReturnType<typeof setTimeout> | null = null;

    function ask(): void {
      const f = buffer.frame;
      if (client === null || f === null) return;
      // a new run never answers the old one's requests
      if (pending !== null && pending.runId !== f.runId) pending = null;
      if (pending !== null || timer !== null || f.step === askedStep) return;
      const wait = askedAt + TRANSLATE_INTERVAL_MS - performance.now();
      if (wait > 0) {
        timer = setTimeout(() => {
          timer = null;
          ask();
        }, wait);
        return;
      }
      askedAt = performance.now();
      askedStep = f.step;
      pending = { gen: ++lastRequestId, ev: ++lastRequestId, runId: f.runId, step: f.step };
      got = null;
      client.send({ type: 'generate', requestId: pending.gen, prefix: sentence, length: maxWords, temperature: 0 });
      client.send({ type: 'evaluate', requestId: pending.ev, input: { kind: 'text', text: sentence } });
    }

    const offEvents = client.subscribe((e) => {
      const req = pending;
      if (req === null) return;
      if (e.type === 'failed' && (e.requestId === req.gen || e.requestId === req.ev)) {
        pending = null;
        return;
      }
      if (e.type === 'generated' && e.requestId === req.gen) got = { ids: e.ids, probs: e.probs };
      if (e.type !== 'evaluated' || e.requestId !== req.ev) return;
      pending = null;
      // the worker answers in order: the translation came first
      if (got !== null) setResult({ text: sentence, step: req.step, ...got, ...finalState(e.telemetry) });
      ask();
    });
    const offFrames = buffer.subscribe(ask);
    ask();
    return () => {
      if (timer !== null) clearTimeout(timer);
      offEvents();
      offFrames();
    };
  }, [client, buffer, text, maxWords]);

  return result;
}
