import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSource } from '../../../src/views/gradients/common/source.ts';
import { useThrottledValue } from '../../../src/views/gradients/common/useSource.ts';

// The text alternatives follow their source a few times a second, never at frame rate.
describe('useThrottledValue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the first value at once, then at most one update per interval, ending on the latest', () => {
    const source = createSource<number>();
    const { result } = renderHook(() => useThrottledValue(source, 700));
    expect(result.current).toBeNull();
    act(() => source.set(1));
    expect(result.current).toBe(1);
    act(() => {
      source.set(2);
      source.set(3);
    });
    // within the interval: still the first value
    expect(result.current).toBe(1);
    act(() => {
      vi.advanceTimersByTime(700);
    });
    expect(result.current).toBe(3);
  });

  it('shows a new run’s first value at once after it was cleared', () => {
    const source = createSource<number>(5);
    const { result } = renderHook(() => useThrottledValue(source, 700));
    expect(result.current).toBe(5);
    act(() => {
      vi.advanceTimersByTime(1000);
      source.set(null);
    });
    expect(result.current).toBeNull();
    act(() => source.set(7));
    expect(result.current).toBe(7);
  });
});
