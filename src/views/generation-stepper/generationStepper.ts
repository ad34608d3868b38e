// Generation stepper for the bille lab: one column per generation step with
// the one-hot input, the hidden values, the scores and the softmax, and an
// arrow carrying each step's most likely letter into the next step's input.
import { select, type Selection } from 'd3-selection';
import type { Translate } from '../../i18n/catalogue.ts';
import type { ViewsBilleKey } from '../../i18n/catalogues/views-bille.ts';
import { argmax, type BilleFrame } from '../bille/types.ts';
import { formatValue, maxAbs } from '../scales.ts';
import { createSvgTooltip, isolate, type TipLine } from '../shared/svgText.ts';
import { describeVector, renderBarStrip } from '../vector-bars/barStrip.ts';

export interface GenerationStepperOptions {
  t: Translate<ViewsBilleKey>;
  /** 0-based step shown */
  step: number;
  /** the user asked for another step (arrow keys, click on a column) */
  onStep?: (step: number) => void;
}

export interface GenerationStepper {
  update(frame: BilleFrame | null): void;
  setStep(step: number): void;
  setOptions(o: Partial<Pick<GenerationStepperOptions, 't'>>): void;
  resize(width: number, height: number): void;
  destroy(): void;
}

type RowKey = 'x' | 'h' | 'o' | 'y';
const ROWS: readonly RowKey[] = ['x', 'h', 'o', 'y'];
const ROW_TEXT: Record<RowKey, ViewsBilleKey> = { x: 'rowInput', h: 'rowHidden', o: 'rowLogits', y: 'rowProbs' };
const ROW_MATH: Record<RowKey, string> = { x: 'xₜ', h: 'hₜ', o: 'oₜ', y: 'ŷₜ' };

interface Layout {
  width: number;
  height: number;
  labelW: number;
  colW: number;
  gutter: number;
  stripW: number;
  wide: boolean;
  rows: Record<RowKey, { top: number; height: number }>;
  headerY: number;
}

/** Positions for a width; pure so the numbers can be reasoned about. */
export function stepperLayout(width: number, steps: number, fontScale = 1): Layout {
  const fs = fontScale;
  const narrow = width < 620;
  const labelW = Math.round((narrow ? 30 : 118) * fs);
  const T = Math.max(1, steps);
  const colW = Math.max(56, (width - labelW - 8) / T);
  const gutter = Math.min(34, Math.max(14, colW * 0.2));
  const stripW = Math.min(150, colW - gutter);
  const wide = stripW >= 96;
  let y = Math.round(26 * fs);
  const headerY = Math.round(16 * fs);
  const rows = {} as Layout['rows'];
  const gap = Math.round(26 * fs);
  rows.x = { top: y, height: 22 };
  y += 22 + Math.round(14 * fs) + gap;
  rows.h = { top: y, height: 46 };
  y += 46 + (wide ? Math.round(16 * fs) : 0) + gap;
  rows.o = { top: y, height: 40 };
  y += 40 + Math.round(14 * fs) + gap;
  rows.y = { top: y, height: 46 };
  y += 46 + Math.round(30 * fs);
  return { width: Math.max(width, labelW + 8 + colW * T), height: y, labelW, colW, gutter, stripW, wide, rows, headerY };
}

let instances = 0;

export function createGenerationStepper(svgEl: SVGSVGElement, options: GenerationStepperOptions): GenerationStepper {
  instances += 1;
  const uid = `gs${instances}`;
  let t = options.t;
  let step = options.step;
  let frame: BilleFrame | null = null;
  let width = 720;
  let fontScale = 1;
  let L = stepperLayout(width, 5, fontScale);
  let shapeKey = '';

  const svg = select(svgEl)
    .attr('class', 'view-svg generation-stepper')
    .attr('role', 'group')
    .attr('tabindex', 0)
    .attr('aria-labelledby', `${uid}-title`)
    .attr('aria-describedby', `${uid}-desc`);
  svg.selectAll('*').remove();
  const title = svg.append('title').attr('id', `${uid}-title`);
  const desc = svg.append('desc').attr('id', `${uid}-desc`);
  const root = svg.append('g');
  const labels = root.append('g').attr('class', 'gs-rowlabels').attr('aria-hidden', 'true');
  const cols = root.append('g').attr('class', 'gs-cols');
  const tipLayer = root.append('g');
  const tip = createSvgTooltip(tipLayer as unknown as Selection<SVGGElement, unknown, null, undefined>, () => fontScale);

  const steps = (): number => frame?.steps ?? 0;
  const colX = (s: number): number => L.labelW + s * L.colW;

  function layout(): void {
    const T = Math.max(1, steps() || 5);
    L = stepperLayout(width, T, fontScale);
    svg.attr('width', L.width).attr('height', L.height).attr('viewBox', `0 0 ${L.width} ${L.height}`);
    labels
      .selectAll<SVGTextElement, RowKey>('text')
      .data(ROWS)
      .join('text')
      .attr('class', 'gs-rowlabel')
      .attr('x', 4)
      .attr('y', (r) => L.rows[r].top + L.rows[r].height / 2)
      .attr('dy', '0.35em')
      .text((r) => (L.labelW > 60 ? isolate(t(ROW_TEXT[r])) : ROW_MATH[r]));

    const data = Array.from({ length: steps() }, (_, i) => i);
    const colSel = cols
      .selectAll<SVGGElement, number>('g.gs-col')
      .data(data, (d) => String(d))
      .join((enter) => {
        const g = enter.append('g').attr('class', 'gs-col');
        g.append('rect').attr('class', 'gs-band');
        g.append('text').attr('class', 'gs-head num').attr('text-anchor', 'middle');
        for (const r of ROWS) g.append('g').attr('class', `gs-strip gs-strip-${r}`).attr('data-row', r);
        g.append('g').attr('class', 'gs-hnums');
        g.append('text').attr('class', 'gs-prob num').attr('text-anchor', 'middle');
        g.append('g').attr('class', 'gs-flow');
        g.append('path').attr('class', 'gs-feedback');
        g.append('path').attr('class', 'gs-feedback-head');
        return g;
      });
    colSel.attr('transform', (d) => `translate(${colX(d)},0)`).attr('data-step', (d) => d);
    colSel.each(function (d) {
      const c = select(this);
      const left = L.gutter / 2;
      c.select('rect.gs-band')
        .attr('x', 2)
        .attr('y', 2)
        .attr('width', L.colW - 4)
        .attr('height', L.height - 4)
        .attr('rx', 8);
      c.select('text.gs-head').attr('x', left + L.stripW / 2).attr('y', L.headerY).text(`t = ${d + 1}`);
      for (const r of ROWS) {
        c.select(`g.gs-strip-${r}`).attr('transform', `translate(${left},${L.rows[r].top})`);
      }
      // Small arrows between rows: x → h → o → ŷ.
      const flows = [
        [L.rows.x.top + L.rows.x.height + 14 * fontScale, L.rows.h.top - 3],
        [L.rows.h.top + L.rows.h.height + (L.wide ? 16 * fontScale : 2), L.rows.o.top - 3],
        [L.rows.o.top + L.rows.o.height + 14 * fontScale, L.rows.y.top - 3],
      ];
      c.select('g.gs-flow')
        .selectAll<SVGPathElement, number[]>('path')
        .data(flows)
        .join('path')
        .attr('d', ([a, b]) => {
          const x = left + L.stripW / 2;
          return `M${x},${(a ?? 0) + 2}V${(b ?? 0) - 5}M${x - 4},${(b ?? 0) - 7}L${x},${(b ?? 0) - 1}L${x + 4},${(b ?? 0) - 7}`;
        });
      // Feedback: from this column's softmax into the next column's input, through the gutter.
      const hasNext = d < steps() - 1;
      const x0 = left + L.stripW + 3;
      const gx = L.colW - 1;
      const yS = L.rows.y.top + L.rows.y.height / 2;
      const yI = L.rows.x.top + L.rows.x.height / 2;
      const x1 = L.colW + left - 4;
      const r = Math.min(10, (gx - x0) / 2);
      c.select('path.gs-feedback')
        .style('display', hasNext ? '' : 'none')
        .attr('d', `M${x0},${yS}H${gx - r}Q${gx},${yS} ${gx},${yS - r}V${yI + r}Q${gx},${yI} ${gx + r},${yI}H${x1 - 2}`);
      c.select('path.gs-feedback-head')
        .style('display', hasNext ? '' : 'none')
        .attr('d', `M${x1 + 2},${yI}L${x1 - 6},${yI - 4.5}L${x1 - 6},${yI + 4.5}Z`);
    });
    shapeKey = `${steps()}|${width}|${fontScale}|${frame?.vocab.join('') ?? ''}|${frame?.hiddenSize ?? 0}`;
  }

  function paint(): void {
    const f = frame;
    const V = f?.vocab.length ?? 0;
    const H = f?.hiddenSize ?? 0;
    const oExt = f ? Math.max(1, maxAbs(f.logits, f.steps * V)) : 1;
    cols.selectAll<SVGGElement, number>('g.gs-col').each(function (d) {
      const c = select(this);
      const shown = !!f && d <= step;
      c.classed('is-current', d === step).classed('is-future', d > step);
      c.attr('aria-hidden', d > step ? 'true' : null);
      const strip = (r: RowKey) => c.select<SVGGElement>(`g.gs-strip-${r}`) as unknown as Selection<SVGGElement, unknown, null, undefined>;
      const xi = f ? (f.inputs[d] ?? -1) : -1;
      const onehot = new Float64Array(V);
      if (xi >= 0 && xi < V) onehot[xi] = 1;
      renderBarStrip(strip('x'), shown ? onehot : null, 0, V, { kind: 'unit', width: L.stripW, height: L.rows.x.height, labels: f?.vocab ?? null, highlight: shown ? xi : -1 });
      renderBarStrip(strip('h'), shown && f ? f.h : null, d * H, H, { kind: 'signed', width: L.stripW, height: L.rows.h.height });
      renderBarStrip(strip('o'), shown && f ? f.logits : null, d * V, V, { kind: 'signed', width: L.stripW, height: L.rows.o.height, extent: oExt, labels: f?.vocab ?? null });
      const best = f ? argmax(f.probs, d * V, V) : -1;
      renderBarStrip(strip('y'), shown && f ? f.probs : null, d * V, V, { kind: 'unit', width: L.stripW, height: L.rows.y.height, labels: f?.vocab ?? null, highlight: shown ? best : -1 });
      // The three hidden values as numbers when the column is wide enough.
      const cw = H > 0 ? L.stripW / H : 0;
      c.select('g.gs-hnums')
        .attr('transform', `translate(${L.gutter / 2},${L.rows.h.top + L.rows.h.height + 12 * fontScale})`)
        .selectAll<SVGTextElement, number>('text')
        .data(L.wide && shown && f ? Array.from({ length: H }, (_, j) => j) : [])
        .join('text')
        .attr('class', 'gs-hnum num')
        .attr('text-anchor', 'middle')
        .attr('x', (j) => j * cw + cw / 2)
        .text((j) => formatValue(f?.h[d * H + j] ?? Number.NaN));
      const p = shown && f && best >= 0 ? (f.probs[d * V + best] ?? Number.NaN) : Number.NaN;
      c.select('text.gs-prob')
        .attr('x', L.gutter / 2 + (best + 0.5) * (V > 0 ? L.stripW / V : 0))
        .attr('y', L.rows.y.top + L.rows.y.height + 26 * fontScale)
        .text(Number.isFinite(p) ? formatValue(p) : '');
      c.select('path.gs-feedback').classed('is-active', shown && d < step);
      c.select('path.gs-feedback-head').classed('is-active', shown && d < step);
    });
    describe();
  }

  function describe(): void {
    title.text(t('stepperTitle', { first: frame ? (frame.vocab[frame.inputs[0] ?? 0] ?? '') : '' }));
    const f = frame;
    if (!f || f.steps === 0) {
      desc.text(t('stepperEmpty'));
      return;
    }
    const V = f.vocab.length;
    const H = f.hiddenSize;
    const s = Math.max(0, Math.min(f.steps - 1, step));
    const best = argmax(f.probs, s * V, V);
    desc.text(
      t('stepperDesc', {
        step: s + 1,
        steps: f.steps,
        input: f.vocab[f.inputs[s] ?? 0] ?? '?',
        h: describeVector(f.h, s * H, H),
        pred: f.vocab[best] ?? '?',
        p: formatValue(f.probs[s * V + best] ?? Number.NaN),
      }),
    );
  }

  function refresh(): void {
    const key = `${steps()}|${width}|${fontScale}|${frame?.vocab.join('') ?? ''}|${frame?.hiddenSize ?? 0}`;
    if (key !== shapeKey) layout();
    paint();
  }

  // Keyboard: arrows step through the generation.
  svg.on('keydown.step', (event: KeyboardEvent) => {
    const n = steps();
    if (n === 0) return;
    let next: number;
    if (event.key === 'ArrowRight') next = Math.min(n - 1, step + 1);
    else if (event.key === 'ArrowLeft') next = Math.max(0, step - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = n - 1;
    else return;
    event.preventDefault();
    if (next !== step) options.onStep?.(next);
  });
  svg.on('click.step', (event: MouseEvent) => {
    const col = (event.target as Element | null)?.closest?.('g.gs-col');
    const s = col ? Number(col.getAttribute('data-step')) : NaN;
    if (Number.isFinite(s) && s !== step) options.onStep?.(s);
  });
  svg.on('pointermove.tip', (event: PointerEvent) => {
    const target = event.target as Element | null;
    const bar = target?.closest?.('rect.vb-bar, rect.vb-cell');
    const stripEl = target?.closest?.('g.gs-strip');
    const col = target?.closest?.('g.gs-col');
    const f = frame;
    if (!bar || !stripEl || !col || !f) {
      tip.hide();
      return;
    }
    const s = Number(col.getAttribute('data-step'));
    if (s > step) {
      tip.hide();
      return;
    }
    const row = stripEl.getAttribute('data-row') as RowKey;
    const index = Number(bar.getAttribute('data-index') ?? -1);
    const V = f.vocab.length;
    const H = f.hiddenSize;
    const lines: TipLine[] = [];
    if (row === 'h') for (let j = 0; j < H; j++) lines.push({ label: `h${j + 1}`, value: formatValue(f.h[s * H + j] ?? Number.NaN), active: j === index });
    else {
      const src = row === 'o' ? f.logits : row === 'y' ? f.probs : null;
      for (let k = 0; k < V; k++) {
        const v = src ? (src[s * V + k] ?? Number.NaN) : k === f.inputs[s] ? 1 : 0;
        lines.push({ label: f.vocab[k] ?? '', value: formatValue(v), active: k === index });
      }
    }
    tip.show(colX(s) + L.gutter / 2 + L.stripW / 2, L.rows[row].top, `${t(ROW_TEXT[row])}, t = ${s + 1}`, lines, { width: L.width, height: L.height });
  });
  svg.on('pointerleave.tip', () => tip.hide());

  refresh();

  return {
    update(next) {
      frame = next;
      if (frame && step > frame.steps - 1) step = Math.max(0, frame.steps - 1);
      refresh();
    },
    setStep(s) {
      step = Math.max(0, s);
      paint();
    },
    setOptions(o) {
      if (o.t) t = o.t;
      shapeKey = '';
      refresh();
    },
    resize(w) {
      const fsRaw = typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(svgEl).getPropertyValue('--font-scale')) : NaN;
      fontScale = Number.isFinite(fsRaw) && fsRaw > 0 ? fsRaw : 1;
      width = Math.max(280, Math.floor(w));
      refresh();
    },
    destroy() {
      svg.on('.step', null).on('.tip', null);
      svg.selectAll('*').remove();
    },
  };
}
