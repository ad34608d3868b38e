import type { StateCreator } from 'zustand';
import type { AppState } from './store.ts';

export type ParamValue = number | string;
export type ParamValues = Readonly<Record<string, ParamValue>>;

/** The open lab's configuration, as read from (and written back to) the URL. */
export interface ConfigSlice {
  config: {
    /** name of the open lab; null elsewhere */
    lab: string | null;
    values: ParamValues;
    /** controls the link asked to hide */
    hidden: readonly string[];
    /** replaces the whole configuration (opening a lab or following a link) */
    load(lab: string | null, values: ParamValues, hidden: readonly string[]): void;
    setParam(key: string, value: ParamValue): void;
  };
}

export const createConfigSlice: StateCreator<AppState, [], [], ConfigSlice> = (set) => ({
  config: {
    lab: null,
    values: {},
    hidden: [],
    load: (lab, values, hidden) => set((s) => ({ config: { ...s.config, lab, values, hidden } })),
    setParam: (key, value) =>
      set((s) =>
        s.config.values[key] === value ? s : { config: { ...s.config, values: { ...s.config.values, [key]: value } } },
      ),
  },
});
