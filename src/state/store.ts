import { create } from 'zustand';
import { createConfigSlice, type ConfigSlice } from './config-slice.ts';
import { createRunSlice, type RunSlice } from './run-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';

// One store in three slices; each slice keeps its actions next to its state.
// High-rate telemetry is not here: it lives in the telemetry buffer and views
// read it in their own animation frames.
export type AppState = ConfigSlice & RunSlice & UiSlice;

export const useStore = create<AppState>()((...a) => ({
  ...createConfigSlice(...a),
  ...createRunSlice(...a),
  ...createUiSlice(...a),
}));

/** Back to the initial state (between tests, or when the app is mounted again). */
export function resetStore(): void {
  useStore.setState(useStore.getInitialState(), true);
}
