import { describe, expect, it } from 'vitest';
import { fitStandardiser, generateWeather, standardise, STEPS_PER_DAY, WEATHER_FEATURES } from '../../../src/engine/index.ts';

describe('synthetic weather', () => {
  it('is a (T, F) block of finite numbers, the same for the same seed and different for another', () => {
    const a = generateWeather(7, { days: 30 });
    const b = generateWeather(7, { days: 30 });
    const c = generateWeather(8, { days: 30 });
    expect(a.steps).toBe(30 * STEPS_PER_DAY);
    expect(a.features).toBe(WEATHER_FEATURES.length);
    expect(a.values).toHaveLength(a.steps * a.features);
    expect(a.values.every(Number.isFinite)).toBe(true);
    expect(Array.from(b.values)).toEqual(Array.from(a.values));
    expect(Array.from(c.values)).not.toEqual(Array.from(a.values));
  });

  it('has a daily temperature cycle, bounded humidity and no negative rain', () => {
    const s = generateWeather(1, { days: 240 });
    const F = s.features;
    const byHour = new Float64Array(STEPS_PER_DAY);
    for (let t = 0; t < s.steps; t++) byHour[t % STEPS_PER_DAY]! += (s.values[t * F] ?? 0) / (s.steps / STEPS_PER_DAY);
    // afternoon (step 5) warmer than dawn (step 1) by about twice the cycle's amplitude
    expect((byHour[5] ?? 0) - (byHour[1] ?? 0)).toBeGreaterThan(4);
    for (let t = 0; t < s.steps; t++) {
      expect(s.values[t * F + 2]).toBeGreaterThanOrEqual(10);
      expect(s.values[t * F + 2]).toBeLessThanOrEqual(100);
      expect(s.values[t * F + 3]).toBeGreaterThanOrEqual(0);
    }
  });

  it('standardises with the training span only: mean 0 and sd 1 there', () => {
    const s = generateWeather(2, { days: 40 });
    const end = 100;
    const z = standardise(s, fitStandardiser(s, end));
    for (let f = 0; f < s.features; f++) {
      let m = 0;
      let v = 0;
      for (let t = 0; t < end; t++) m += (z[t * s.features + f] ?? 0) / end;
      for (let t = 0; t < end; t++) v += ((z[t * s.features + f] ?? 0) - m) ** 2 / end;
      expect(m).toBeCloseTo(0, 10);
      expect(v).toBeCloseTo(1, 10);
    }
  });
});
