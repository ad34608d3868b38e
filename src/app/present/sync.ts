import { useEffect, useRef } from 'react';

// The presenter and the notes window (a second window of the same site) keep
// the same slide and black screen through a BroadcastChannel, both ways: what
// one receives it applies without sending it back, so they never echo.

export interface PresentState {
  slide: number;
  black: boolean;
}

type Message = { type: 'state'; slug: string; state: PresentState } | { type: 'hello'; slug: string };

export const CHANNEL = 'unrolled-present';

function isMessage(x: unknown): x is Message {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (typeof m['slug'] !== 'string') return false;
  if (m['type'] === 'hello') return true;
  const s = m['state'] as Record<string, unknown> | undefined;
  return m['type'] === 'state' && typeof s?.['slide'] === 'number' && typeof s['black'] === 'boolean';
}

export function usePresentSync(slug: string, state: PresentState, apply: (s: PresentState) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const received = useRef<PresentState | null>(null);
  const current = useRef(state);
  current.current = state;
  const applyRef = useRef(apply);
  applyRef.current = apply;

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<unknown>) => {
      const m = e.data;
      if (!isMessage(m) || m.slug !== slug) return;
      if (m.type === 'hello') ch.postMessage({ type: 'state', slug, state: current.current } satisfies Message);
      else {
        received.current = m.state;
        applyRef.current(m.state);
      }
    };
    // A window that opens later asks where the presentation is.
    ch.postMessage({ type: 'hello', slug } satisfies Message);
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [slug]);

  const { slide, black } = state;
  useEffect(() => {
    const r = received.current;
    if (r && r.slide === slide && r.black === black) return;
    received.current = null;
    channel.current?.postMessage({ type: 'state', slug, state: { slide, black } } satisfies Message);
  }, [slug, slide, black]);
}
