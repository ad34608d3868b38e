// Small dense linear algebra for initialisation and analysis (spectral radius
// of recurrent weights, orthogonal initial weights). Not on the training path.

export { eigenvalues, spectralRadius } from './linalg/eigenvalues.ts';
export { orthogonal } from './linalg/orthogonal.ts';
export { matmul, transpose } from './linalg/matrix.ts';
