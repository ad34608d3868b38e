import { describe, expect, it } from 'vitest';
import { cubeEdges, DEFAULT_VIEW, distance, project, rotateView } from '../../src/views/trajectory/projection.ts';

describe('3-D projection', () => {
  it('without rotation maps h₁ right and h₂ up', () => {
    const v = { yaw: 0, pitch: 0 };
    const right = project([1, 0, 0], v, 100, 200, 200);
    const up = project([0, 1, 0], v, 100, 200, 200);
    expect(right.x).toBeCloseTo(300);
    expect(right.y).toBeCloseTo(200);
    expect(up.y).toBeCloseTo(100);
  });

  it('a quarter turn of yaw brings h₃ to the right', () => {
    const p = project([0, 0, 1], { yaw: Math.PI / 2, pitch: 0 }, 100, 0, 0);
    expect(p.x).toBeGreaterThan(90);
  });

  it('clamps the pitch so the view never flips over', () => {
    let v = DEFAULT_VIEW;
    for (let i = 0; i < 50; i++) v = rotateView(v, 0, 0.3);
    expect(v.pitch).toBeLessThan(Math.PI / 2);
  });

  it('has the 12 cube edges and Euclidean distances', () => {
    expect(cubeEdges()).toHaveLength(12);
    expect(distance([0, 0, 0, 1, 2, 2], 0, 1, 3)).toBeCloseTo(3);
  });

  it('the default view keeps opposite cube corners far apart on screen', () => {
    const a = project([-1, -1, -1], DEFAULT_VIEW, 100, 0, 0);
    const b = project([1, 1, 1], DEFAULT_VIEW, 100, 0, 0);
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(150);
  });
});
