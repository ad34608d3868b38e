// TensorFlow.js backends for the peer: the pure JavaScript 'cpu' backend and
// the WebAssembly one. In Node the wasm binaries are read from the npm
// package's dist/ folder by file path.

import { createRequire } from 'node:module';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

export type TfBackend = 'cpu' | 'wasm';

export interface PeerInfo {
  tfjs: string;
  wasmSimd: boolean;
  /** tfjs-backend-wasm turns threads off in Node (tensorflow/tfjs#3830), so this reports false there */
  wasmThreads: boolean;
}

let ready: Promise<PeerInfo> | null = null;

/** Registers the wasm binaries' location once and checks that both backends start. */
export function initPeer(): Promise<PeerInfo> {
  ready ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmFile = require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm');
    setWasmPaths(path.dirname(wasmFile) + path.sep);
    // Production mode skips tfjs's debug checks of every op's inputs: the peer's fastest setting.
    tf.enableProdMode();
    for (const backend of ['wasm', 'cpu'] as const) {
      if (!(await tf.setBackend(backend))) throw new Error(`tfjs: the ${backend} backend failed to start`);
    }
    return {
      tfjs: tf.version.tfjs,
      wasmSimd: Boolean(await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')),
      wasmThreads: Boolean(await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')),
    };
  })();
  return ready;
}

export async function useBackend(backend: TfBackend): Promise<void> {
  if (tf.getBackend() === backend) return;
  if (!(await tf.setBackend(backend))) throw new Error(`tfjs: could not switch to the ${backend} backend`);
}
