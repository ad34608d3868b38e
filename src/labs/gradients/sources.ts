// Data sources over the lab's telemetry buffer: the buffer's frames, and what
// each view derives from them (computed once per frame, when first read).

import type { TelemetryBuffer } from '../../state/telemetry.ts';
import { deriveSource, type DataSource } from '../../views/gradients/common/source.ts';
import type { FrameEvent } from '../../worker/protocol.ts';
import type { ProfileData } from '../../views/gradients/grad-profile/profile-data.ts';
import type { ChainData } from '../../views/gradients/chain/chain-data.ts';
import type { EigenData } from '../../views/gradients/eigen/eigen-data.ts';
import { asActivation, asCell } from './config.ts';
import { chainFrom, eigenFrom, profileFrom } from './derive.ts';

export function frameSource(buffer: TelemetryBuffer): DataSource<FrameEvent> {
  return {
    get version() {
      return buffer.version;
    },
    read: () => buffer.frame,
    subscribe: (l) => buffer.subscribe(l),
  };
}

export interface LabSources {
  profile: DataSource<ProfileData>;
  chain: DataSource<ChainData>;
  eigen: DataSource<EigenData>;
}

/**
 * `ghost` returns the profile to compare with (from before the latest
 * remedy switch), read on every frame so a new one shows without a rebuild.
 */
export function labSources(buffer: TelemetryBuffer, cell: string, act: string, ghost: () => Float64Array | null): LabSources {
  const frames = frameSource(buffer);
  return {
    profile: deriveSource(frames, (f) => ({ ...profileFrom(f), ghost: ghost() })),
    chain: deriveSource(frames, (f) => chainFrom(f, asCell(cell), asActivation(act))),
    eigen: deriveSource(frames, eigenFrom),
  };
}
