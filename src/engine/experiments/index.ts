// The gradients lab's numerics: derivative chains, gradient profiles by
// distance, matrix powers, clipping geometry and the LSTM's cell path.
export * from './chain.ts';
export * from './profile.ts';
export * from './powering.ts';
export * from './clip.ts';
export * from './cell-path.ts';
export * from './memory.ts';
