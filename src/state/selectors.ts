import type { AppState } from './store.ts';

// Narrow selectors: a component re-renders only when the value it shows changes.
export const selectLang = (s: AppState) => s.ui.lang;
export const selectTheme = (s: AppState) => s.ui.theme;
export const selectRoute = (s: AppState) => s.ui.route;
export const selectIgnored = (s: AppState) => s.ui.ignored;

export const selectPhase = (s: AppState) => s.run.phase;
export const selectStep = (s: AppState) => s.run.step;
export const selectLoss = (s: AppState) => s.run.loss;
export const selectStepsPerSecond = (s: AppState) => s.run.stepsPerSecond;
export const selectSample = (s: AppState) => s.run.sample;
export const selectMessage = (s: AppState) => s.run.message;
export const selectError = (s: AppState) => s.run.error;

export const selectLab = (s: AppState) => s.config.lab;
export const selectValues = (s: AppState) => s.config.values;
export const selectHidden = (s: AppState) => s.config.hidden;
export const selectParam = (key: string) => (s: AppState) => s.config.values[key];
export const selectIsHidden = (name: string) => (s: AppState) => s.config.hidden.includes(name);
