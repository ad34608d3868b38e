import { useEffect, useMemo, useState } from 'react';
import { MEMORY_CELLS, MEMORY_DEFAULTS, type MemoryConfig, type MemoryProgress } from '../../engine/index.ts';
import { formatNumber } from '../../i18n/catalogue.ts';
import { useLang } from '../../i18n/useT.ts';
import { createSource } from '../../views/gradients/common/source.ts';
import { AccuracyView, CellPathView } from '../../views/gradients/memory/MemoryViews.tsx';
import type { MemoryData } from '../../views/gradients/memory/memory-data.ts';
import { RangeField } from '../shared/fields.tsx';
import { useSetParam } from '../shared/useLabParams.ts';
import { createMemoryClient } from './memory/memory-client.ts';
import type { GradientParams } from './config.ts';
import { Section } from './Section.tsx';
import { useLabT } from '../../views/gradients/common/useLabT.ts';

// Long-range memory: the experiment runs in a worker of its own; results
// arrive one network at a time and fill the accuracy chart from the left.

function emptyData(c: MemoryConfig): MemoryData {
  const nan = () => c.ks.map(() => Number.NaN);
  return { ks: c.ks, countries: c.countries, accuracy: { rnn: nan(), lstm: nan(), gru: nan() }, paths: null };
}

// Adam's learning rates a slider can reach, a factor of about 3 apart.
const MEM_LRS = [0.0003, 0.001, 0.003, 0.01, 0.03];
const nearestLr = (v: number): number =>
  MEM_LRS.reduce((b, s, i) => (Math.abs(Math.log(s / v)) < Math.abs(Math.log((MEM_LRS[b] ?? 1) / v)) ? i : b), 0);

type Phase = { kind: 'idle' } | { kind: 'running'; progress: MemoryProgress } | { kind: 'done' } | { kind: 'failed'; message: string };

export function MemorySection({ p }: { p: GradientParams }) {
  const t = useLabT();
  const lang = useLang();
  const setParam = useSetParam();
  const config = useMemo<MemoryConfig>(
    () => ({ ...MEMORY_DEFAULTS, seed: p.seed, steps: p.budget, optimizer: { name: 'adam', lr: p.memlr } }),
    [p.seed, p.budget, p.memlr],
  );
  // Filled from the start (every K, no accuracy yet) so the chart is built with its K axis.
  const [source] = useState(() => createSource<MemoryData>(emptyData(MEMORY_DEFAULTS)));
  const [client, setClient] = useState<ReturnType<typeof createMemoryClient> | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    const c = createMemoryClient();
    setClient(c);
    return () => c.terminate();
  }, []);

  useEffect(() => {
    if (client === null) return;
    source.set(emptyData(config));
    setPhase({ kind: 'idle' });
    return client.subscribe((e) => {
      const cur = source.read() ?? emptyData(config);
      switch (e.type) {
        case 'progress':
          if (e.progress.current) setPhase({ kind: 'running', progress: e.progress });
          return;
        case 'result': {
          const i = cur.ks.indexOf(e.result.k);
          const row = [...cur.accuracy[e.result.cell]];
          row[i] = e.result.accuracy;
          return source.set({ ...cur, accuracy: { ...cur.accuracy, [e.result.cell]: row } });
        }
        case 'paths':
          return source.set({ ...cur, paths: e.paths });
        case 'done':
          return setPhase({ kind: 'done' });
        case 'failed':
          return setPhase({ kind: 'failed', message: e.message });
      }
    });
  }, [client, config, source]);

  const running = phase.kind === 'running';
  const total = config.ks.length * MEMORY_CELLS.length;
  let status = t('mem.idle', { total });
  if (phase.kind === 'running' && phase.progress.current) {
    const c = phase.progress.current;
    // The text names the network only: it changes 18 times, not on every progress report (the bar shows those).
    status = t('mem.progress', { cell: t(`cell.${c.cell}`), k: c.k, n: phase.progress.done + 1, total });
  } else if (phase.kind === 'done') status = t('mem.done', { total });
  else if (phase.kind === 'failed') status = t('mem.failed', { message: phase.message });

  return (
    <Section id="gr-memory" title={t('s.memory.title')} look={t('s.memory.look')} tryIt={t('s.memory.try')} notice={t('s.memory.notice')}>
      <p className="field__help">
        {t('mem.setup', {
          h: config.hiddenSize,
          lr: formatNumber(config.optimizer.lr, lang),
          tau: config.maxNorm,
          ks: `{${config.ks.join(', ')}}`,
          bias: config.gateBias,
        })}
      </p>
      <div className="gr-controls-row">
        <div className="gr-grow">
          <RangeField
            label={t('mem.budget')}
            min={1}
            max={20}
            step={1}
            value={Math.max(1, Math.round(p.budget / 1000))}
            display={formatNumber(p.budget, lang)}
            numeric
            help={t('mem.budgetHelp')}
            onChange={(v) => setParam('budget', v * 1000)}
          />
        </div>
        <div className="gr-grow">
          <RangeField
            label={t('mem.lr')}
            min={0}
            max={MEM_LRS.length - 1}
            step={1}
            value={nearestLr(p.memlr)}
            display={formatNumber(p.memlr, lang)}
            numeric
            help={t('mem.lrHelp')}
            onChange={(i) => setParam('memlr', MEM_LRS[i] ?? MEMORY_DEFAULTS.optimizer.lr)}
          />
        </div>
        <button
          type="button"
          className="btn btn--primary"
          disabled={client === null}
          onClick={() => {
            if (running) {
              client?.stop();
              setPhase({ kind: 'idle' });
            } else {
              source.set(emptyData(config));
              client?.start(config);
            }
          }}
        >
          {running ? t('mem.stop') : t('mem.run')}
        </button>
      </div>
      <p role="status" className="gr-run-state" data-testid="memory-status">
        {status}
      </p>
      {running && phase.kind === 'running' && (
        <progress
          className="gr-progress"
          max={total * config.steps}
          value={phase.progress.done * config.steps + (phase.progress.current?.step ?? 0)}
          aria-label={t('mem.progressLabel')}
        />
      )}
      <div className="gr-pair">
        <AccuracyView source={source} />
        <CellPathView source={source} />
      </div>
    </Section>
  );
}
