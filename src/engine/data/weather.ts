// A synthetic multivariate weather series for the forecasting lab: four
// variables sampled every 3 hours (8 steps a day) over a short 48-day "year",
// so that daily and yearly cycles both fit in a few thousand steps.
//
// Beyond the cycles, the weather has delayed responses, which is what makes
// memory beyond a short window worth having, honestly:
//   b_t  a pressure system (smoothed noise, time constant one day); low pressure brings
//        rain at once;
//   temperature follows pressure with a lag of LAG_T steps (fronts arrive
//        after the pressure has moved), plus noise;
//   humidity rises with the water the ground gives back: rain soaks in and
//        returns from LAG_H steps later on, slowly.
// A one-day window sees the pressure and rain of the last day only; what will
// happen over the next few steps was decided one to two days ago.

import type { Rng } from '../api.ts';
import { createRng } from '../random.ts';
import { checkInt } from '../validate.ts';

export const WEATHER_FEATURES = ['temperature', 'pressure', 'humidity', 'precipitation'] as const;
export type WeatherFeature = (typeof WEATHER_FEATURES)[number];
export const WEATHER_UNITS: Record<WeatherFeature, string> = {
  temperature: '°C',
  pressure: 'hPa',
  humidity: '%',
  precipitation: 'mm',
};

export const STEPS_PER_DAY = 8;
export const DAYS_PER_YEAR = 48;
/** temperature follows pressure this many steps later (3 days) */
export const LAG_T = 24;
/** rain comes back as humidity from this many steps later (2 days) */
export const LAG_H = 16;

export interface WeatherOptions {
  /** default 240 (five short years) */
  days?: number;
}

/** A (T, F) block, row-major: values[t * F + f]. */
export interface WeatherSeries {
  readonly steps: number;
  readonly features: number;
  readonly values: Float64Array;
}

export const WEATHER_MAX_DAYS = 400;

/** The series for `seed`: the same seed gives the same numbers everywhere. */
export function generateWeather(seed: number, options: WeatherOptions = {}): WeatherSeries {
  const days = checkInt('days', options.days ?? 240, 2, WEATHER_MAX_DAYS);
  const rng: Rng = createRng(seed);
  const T = days * STEPS_PER_DAY;
  const F = WEATHER_FEATURES.length;
  const values = new Float64Array(T * F);
  // b has stationary standard deviation 1 (the gain of the two smoothings)
  const phiB = Math.exp(-1 / STEPS_PER_DAY);
  const bHistory = new Float64Array(T);
  const rainHistory = new Float64Array(T);
  // b is white noise smoothed twice (two leaky averages), so pressure moves
  // smoothly and its next few steps follow from its recent course
  const gain = Math.sqrt(((1 - phiB * phiB) ** 3) / (1 + phiB * phiB));
  let b1 = 0;
  let b = 0;
  let soil = 0;
  for (let t = -4 * STEPS_PER_DAY; t < 0; t++) {
    b1 = phiB * b1 + rng.normal();
    b = phiB * b + gain * b1;
  }
  for (let t = 0; t < T; t++) {
    b1 = phiB * b1 + rng.normal();
    b = phiB * b + gain * b1;
    bHistory[t] = b;
    const day = (2 * Math.PI * t) / STEPS_PER_DAY;
    const year = (2 * Math.PI * t) / (STEPS_PER_DAY * DAYS_PER_YEAR);
    // warmest mid-afternoon (step 5 of 8), coldest around dawn
    const daily = Math.sin(day - (3 * Math.PI) / 4);
    const seasonal = -Math.cos(year);
    const front = t >= LAG_T ? (bHistory[t - LAG_T] ?? 0) : 0;
    const temperature = 11 + 7 * seasonal + 3 * daily + 4 * front + 0.8 * rng.normal();
    const pressure = 1013 + 7 * b + 1.5 * seasonal + 0.5 * rng.normal();
    const rainDrive = -1.1 * b - 0.6 + 0.3 * rng.normal();
    const precipitation = rainDrive > 0 ? 2.5 * rainDrive : 0;
    rainHistory[t] = precipitation;
    soil = 0.85 * soil + (t >= LAG_H ? (rainHistory[t - LAG_H] ?? 0) : 0);
    const humidity = Math.min(100, Math.max(10, 62 + 2.5 * soil - 8 * daily - 4 * seasonal + 2 * rng.normal()));
    values.set([temperature, pressure, humidity, precipitation], t * F);
  }
  return { steps: T, features: F, values };
}

export interface Standardiser {
  readonly mean: Float64Array;
  readonly std: Float64Array;
}

/** Mean and standard deviation per feature over steps [0, end): fitted on training data only. */
export function fitStandardiser(series: WeatherSeries, end: number): Standardiser {
  const F = series.features;
  const n = Math.max(1, Math.min(end, series.steps));
  const mean = new Float64Array(F);
  const std = new Float64Array(F);
  for (let t = 0; t < n; t++) for (let f = 0; f < F; f++) mean[f] = (mean[f] ?? 0) + (series.values[t * F + f] ?? 0) / n;
  for (let t = 0; t < n; t++) {
    for (let f = 0; f < F; f++) {
      const d = (series.values[t * F + f] ?? 0) - (mean[f] ?? 0);
      std[f] = (std[f] ?? 0) + (d * d) / n;
    }
  }
  for (let f = 0; f < F; f++) std[f] = Math.sqrt(std[f] ?? 0) || 1;
  return { mean, std };
}

/** The series in standard units: (x − mean) / std per feature. */
export function standardise(series: WeatherSeries, s: Standardiser): Float64Array {
  const F = series.features;
  const out = new Float64Array(series.values.length);
  for (let k = 0; k < out.length; k++) {
    const f = k % F;
    out[k] = ((series.values[k] ?? 0) - (s.mean[f] ?? 0)) / (s.std[f] ?? 1);
  }
  return out;
}
