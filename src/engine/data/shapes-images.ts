// Tiny synthetic images for captioning: a 3×3 grid of cells, each cell 3×3
// pixels in three colour channels (a 9×9 RGB image). The subject shape sits in
// the centre cell, the object in one of its four neighbours, so every image
// has exactly one caption: "a red square above a blue circle".
//
// Shapes are pixel patterns (square: all 9 pixels, circle: the 8-pixel ring,
// triangle: the 6 pixels on and below the diagonal) and each colour is one
// channel, so what sits in a cell can be read linearly from its pixels: a
// linear encoder is enough.

import type { Rng } from '../api.ts';
import { createRng } from '../random.ts';

export const SHAPES = ['square', 'circle', 'triangle'] as const;
export const COLOURS = ['red', 'green', 'blue'] as const;
/** where the subject (centre) is relative to the object */
export const RELATIONS = ['above', 'below', 'left', 'right'] as const;
export type ShapeKind = (typeof SHAPES)[number];
export type ColourKind = (typeof COLOURS)[number];
export type RelationKind = (typeof RELATIONS)[number];

export interface Thing {
  shape: ShapeKind;
  colour: ColourKind;
}

export interface Scene {
  subject: Thing;
  relation: RelationKind;
  object: Thing;
}

export const CELL = 3;
export const GRID = 3;
export const IMAGE_SIDE = CELL * GRID;
/** pixels × channels: the encoder's input width */
export const IMAGE_FEATURES = IMAGE_SIDE * IMAGE_SIDE * 3;

const PATTERNS: Record<ShapeKind, readonly number[]> = {
  square: [1, 1, 1, 1, 1, 1, 1, 1, 1],
  circle: [1, 1, 1, 1, 0, 1, 1, 1, 1],
  triangle: [1, 0, 0, 1, 1, 0, 1, 1, 1],
};

/** the object's cell (row, column) for each relation of the subject at the centre */
const OBJECT_CELL: Record<RelationKind, readonly [number, number]> = {
  above: [2, 1],
  below: [0, 1],
  left: [1, 2],
  right: [1, 0],
};

/** Every scene with two different things: 9 × 8 × 4 = 288. */
export function allScenes(): Scene[] {
  const things: Thing[] = COLOURS.flatMap((colour) => SHAPES.map((shape) => ({ shape, colour })));
  const out: Scene[] = [];
  for (const subject of things) {
    for (const object of things) {
      if (subject === object) continue;
      for (const relation of RELATIONS) out.push({ subject, relation, object });
    }
  }
  return out;
}

function paint(img: Float64Array, thing: Thing, row: number, col: number): void {
  const c = COLOURS.indexOf(thing.colour);
  const pattern = PATTERNS[thing.shape];
  for (let y = 0; y < CELL; y++) {
    for (let x = 0; x < CELL; x++) {
      if (pattern[y * CELL + x] !== 1) continue;
      const py = row * CELL + y;
      const px = col * CELL + x;
      img[(py * IMAGE_SIDE + px) * 3 + c] = 1;
    }
  }
}

/** The image, [y][x][channel] row-major, values in [0, 1] (plus noise when an rng is given). */
export function renderScene(scene: Scene, rng?: Rng, noise = 0.1): Float64Array {
  const img = new Float64Array(IMAGE_FEATURES);
  paint(img, scene.subject, 1, 1);
  const [row, col] = OBJECT_CELL[scene.relation];
  paint(img, scene.object, row, col);
  if (rng !== undefined) {
    for (let k = 0; k < img.length; k++) img[k] = Math.min(1, Math.max(0, (img[k] ?? 0) + noise * rng.normal()));
  }
  return img;
}

/** A seeded split: `heldOut` scenes never seen in training (at least one), the rest to learn from. */
export function splitScenes(seed: number, heldOut = 0.2): { train: Scene[]; test: Scene[] } {
  const scenes = allScenes();
  const rng = createRng(seed);
  // Fisher–Yates with the seeded stream
  for (let i = scenes.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const a = scenes[i] as Scene;
    scenes[i] = scenes[j] as Scene;
    scenes[j] = a;
  }
  const n = Math.max(1, Math.min(scenes.length - 1, Math.round(scenes.length * heldOut)));
  return { test: scenes.slice(0, n), train: scenes.slice(n) };
}
