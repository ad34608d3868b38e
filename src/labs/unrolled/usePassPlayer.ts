import { useEffect, useRef, useState } from 'react';
import type { RunController } from '../../state/run-controller.ts';
import { selectPhase } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';
import type { TelemetryBuffer } from '../../state/telemetry.ts';
import type { PassMode, UnrolledFrame } from '../../views/unrolled-graph/types.ts';
import type { ShapeExample } from '../../worker/shape-tasks.ts';
import { paceMs } from './config.ts';
import { unrolledFrame } from './frame.ts';
import { initialPosition, lastPosition, passPosition, type PassPosition } from './pass.ts';
import { waitForFrame, type PassTracker } from './tracker.ts';

// The pass animation. It plays over a snapshot: one update's telemetry and
// the weights it was computed with, taken when the animation starts, so the
// numbers stay consistent while the steps go by. Taking one pauses training;
// when the latest frame's weights are unknown, one more update is made (a
// Step) and that update is the one shown. Training again goes back to live.

export interface PassSnapshot {
  runId: number;
  /** the update whose pass this is */
  step: number;
  frame: UnrolledFrame;
}

export interface PassPlayer {
  p: number;
  position: PassPosition;
  playing: boolean;
  /** a snapshot is being taken */
  busy: boolean;
  snapshot: PassSnapshot | null;
  /** the engine can compute a pass now */
  ready: boolean;
  atEnd: boolean;
  play(): void;
  pause(): void;
  forward(): void;
  back(): void;
  restart(): void;
}

export interface PassPlayerOptions {
  controller: RunController | null;
  buffer: TelemetryBuffer;
  tracker: PassTracker | null;
  example: ShapeExample;
  /** the pass the link asks for */
  mode: PassMode;
  pace: number;
  /** the shown pass changed: keep the link in step */
  onMode: (mode: PassMode) => void;
}

/** How long to wait for the engine's update before showing the latest pass as it is. */
const STEP_TIMEOUT_MS = 5000;

export function usePassPlayer(o: PassPlayerOptions): PassPlayer {
  const T = o.example.steps;
  const [p, setP] = useState(() => initialPosition(o.mode, T));
  const [playing, setPlaying] = useState(false);
  const [busy, setBusy] = useState(false);
  const [snapshot, setSnapshot] = useState<PassSnapshot | null>(null);
  const phase = useStore(selectPhase);
  const latest = useRef(o);
  const pRef = useRef(p);
  const alive = useRef(true);
  // A ref as well as state: two quick clicks must not take two snapshots.
  const taking = useRef(false);
  useEffect(() => {
    latest.current = o;
    pRef.current = p;
  });
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  // A new network (other length, shape, cell, seed) or training again: back to live numbers.
  const [shownT, setShownT] = useState(T);
  if (shownT !== T) {
    setShownT(T);
    setP(initialPosition(o.mode, T));
    setSnapshot(null);
    setPlaying(false);
  }
  const [shownPhase, setShownPhase] = useState(phase);
  if (shownPhase !== phase) {
    setShownPhase(phase);
    if (phase === 'training' || phase === 'starting' || phase === 'failed') {
      setSnapshot(null);
      setPlaying(false);
    }
  }

  const position = passPosition(p, T);
  const last = lastPosition(T);
  const { onMode, mode } = o;
  useEffect(() => {
    if (position.mode !== latest.current.mode) onMode(position.mode);
  }, [position.mode, onMode]);
  // A link (or the address bar) asked for the other pass.
  useEffect(() => {
    if (passPosition(pRef.current, latest.current.example.steps).mode !== mode) setP(initialPosition(mode, latest.current.example.steps));
  }, [mode]);

  useEffect(() => {
    if (!playing) return;
    const id = setTimeout(() => {
      const next = Math.min(last, pRef.current + 1);
      setP(next);
      if (next >= last) setPlaying(false);
    }, paceMs(o.pace));
    return () => clearTimeout(id);
  }, [playing, p, o.pace, last]);

  const ready = o.controller !== null && o.tracker !== null && (phase === 'ready' || phase === 'paused' || phase === 'training');

  /** Takes a snapshot: the latest pass when its weights are known (and `fresh` is false), else one more update. */
  async function take(fresh: boolean): Promise<boolean> {
    const { controller, buffer, tracker } = latest.current;
    if (!ready || controller === null || tracker === null || taking.current) return false;
    taking.current = true;
    setBusy(true);
    setPlaying(false);
    if (useStore.getState().run.phase === 'training') controller.pause();
    let f = buffer.frame;
    let weights = f !== null && f.step >= 1 && !fresh ? tracker.weightsFor(f) : null;
    if (f === null || weights === null) {
      const from = f?.step ?? 0;
      controller.step();
      f = await waitForFrame(buffer, (g) => g.step > from && tracker.weightsFor(g) !== null, STEP_TIMEOUT_MS);
      weights = f === null ? null : tracker.weightsFor(f);
      f ??= buffer.frame;
    }
    taking.current = false;
    if (!alive.current) return false;
    setBusy(false);
    const frame = f === null ? null : unrolledFrame(f.telemetry, latest.current.example, weights);
    if (f === null || frame === null) return false;
    setSnapshot({ runId: f.runId, step: f.step, frame });
    return true;
  }

  function startAt(pos: (p: number) => number, fresh: boolean, thenPlay: boolean): void {
    void take(fresh).then((ok) => {
      if (!ok || !alive.current) return;
      setP(pos(pRef.current));
      if (thenPlay) setPlaying(true);
    });
  }

  return {
    p,
    position,
    playing,
    busy,
    snapshot,
    ready,
    atEnd: p >= last,
    play() {
      if (snapshot !== null && p < last) setPlaying(true);
      else startAt(() => 0, snapshot !== null, true);
    },
    pause() {
      setPlaying(false);
    },
    forward() {
      setPlaying(false);
      if (snapshot !== null && p < last) setP(p + 1);
      else startAt(() => 0, snapshot !== null, false);
    },
    back() {
      setPlaying(false);
      if (snapshot !== null) setP(Math.max(0, p - 1));
      else startAt((q) => Math.max(0, q - 1), false, false);
    },
    restart() {
      setPlaying(false);
      if (snapshot !== null) setP(0);
      else startAt(() => 0, false, false);
    },
  };
}
