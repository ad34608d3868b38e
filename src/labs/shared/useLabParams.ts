import { useMemo } from 'react';
import { defaults, type Schema, type Values } from '../../app/url-state.ts';
import { selectValues } from '../../state/selectors.ts';
import { useStore } from '../../state/store.ts';

/**
 * The open lab's parameters, typed by its schema. The store only ever holds
 * values the schema accepted (url-state checks them), so anything missing or of
 * the wrong type can only mean another lab's values are still there: the
 * default is used.
 */
export function useLabParams<S extends Schema>(schema: S): Values<S> {
  const values = useStore(selectValues);
  return useMemo(() => {
    const out: Record<string, number | string> = { ...defaults(schema) };
    for (const [key, def] of Object.entries(out)) {
      const v = values[key];
      if (typeof v === typeof def && v !== undefined) out[key] = v;
    }
    return out as Values<S>;
  }, [schema, values]);
}

export function useSetParam(): (key: string, value: number | string) => void {
  return useStore((s) => s.config.setParam);
}
