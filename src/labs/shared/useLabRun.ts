import { useEffect, useRef, useState } from 'react';
import { useClientFactory } from '../../app/engine-context.ts';
import { createRunController, type RunController } from '../../state/run-controller.ts';
import type { SpeedLevel } from '../../state/speed.ts';
import { createTelemetryBuffer, type TelemetryBuffer } from '../../state/telemetry.ts';
import type { RunConfig } from '../../worker/protocol.ts';

export interface LabRun {
  /** null until the engine client exists (the first effect) */
  controller: RunController | null;
  /** this lab's frames, for its views to read in their animation frames */
  buffer: TelemetryBuffer;
}

/**
 * One engine and one telemetry buffer for the lab's lifetime. A buffer per
 * mount (not one per page) means a lab opened again never sees a previous
 * engine's run ids or curve, and its memory goes when the lab closes.
 * A change in the network's shape, task or seed builds a new run; a new
 * learning rate, clipping or speed applies live, keeping the progress made.
 */
export function useLabRun(config: RunConfig, target: string | null, speed: SpeedLevel): LabRun {
  const factory = useClientFactory();
  const [buffer] = useState(() => createTelemetryBuffer());
  const [controller, setController] = useState<RunController | null>(null);

  useEffect(() => {
    const client = factory();
    const c = createRunController({ client, buffer });
    setController(c);
    return () => {
      c.dispose();
      client.terminate();
    };
  }, [factory, buffer]);

  const live = JSON.stringify({ lr: config.optimizer.lr, clip: config.clip });
  const shape = JSON.stringify({ ...config, optimizer: { ...config.optimizer, lr: null }, clip: null });
  const latest = useRef({ config, target });
  useEffect(() => {
    latest.current = { config, target };
  });
  // The live settings the engine has now, so a rebuild does not also send them again.
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (controller === null) return;
    const { config: c, target: t } = latest.current;
    sent.current = JSON.stringify({ lr: c.optimizer.lr, clip: c.clip });
    controller.configure(c, t);
  }, [controller, shape]);

  useEffect(() => {
    if (controller === null || sent.current === live) return;
    sent.current = live;
    const { config: c } = latest.current;
    controller.setLive({ lr: c.optimizer.lr, clip: c.clip });
  }, [controller, live]);

  useEffect(() => {
    controller?.setSpeed(speed);
  }, [controller, speed]);

  return { controller, buffer };
}
