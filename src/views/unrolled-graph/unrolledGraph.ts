// The unrolled graph: one recurrent network drawn rolled (a cell and its
// loop) or unrolled (a copy per time step), forward values as bar strips,
// the backward pass as gradient arrows whose width and colour follow
// ‖∂L/∂h_t‖, and each step's share of ∂L/∂W_hh.
//
// Structure (columns, nodes, edges) is rebuilt only when the configuration
// or the frame's sizes change; update(frame) then only rewrites attributes,
// so it can run every animation frame.
import { select, type BaseType, type Selection } from 'd3-selection';
import type { Translate } from '../../i18n/catalogue.ts';
import type { ViewsUnrolledKey } from '../../i18n/catalogues/views-unrolled.ts';
import { formatValue, gradientStrength, gradientStroke, gradientWidth, maxAbs } from '../scales.ts';
import { animate, MOTION_MS, moveX, transitionDuration } from '../shared/motion.ts';
import { createSvgTooltip, isolate, setMathText, type SvgTooltip, type TipLine } from '../shared/svgText.ts';
import { describeVector, renderBarStrip } from '../vector-bars/barStrip.ts';
import {
  arrowPaths,
  cellRows,
  computeGeometry,
  fitLabel,
  stepSpecs,
  weightLabel,
  type Geometry,
  type StepSpec,
} from './layout.ts';
import type { GateKey, UnrolledConfig, UnrolledFrame, WeightKey } from './types.ts';

export type RowKey = 'loss' | 'yhat' | 'o' | 'h' | 'x';
const ROW_ORDER: readonly RowKey[] = ['loss', 'yhat', 'o', 'h', 'x'];

export interface UnrolledGraphOptions {
  config: UnrolledConfig;
  t: Translate<ViewsUnrolledKey>;
  reducedMotion?: boolean;
  /** the weight under the pointer or focus in the graph, or null when none */
  onWeightHover?: (key: WeightKey | null) => void;
}

export interface UnrolledGraph {
  update(frame: UnrolledFrame | null): void;
  setConfig(config: UnrolledConfig): void;
  setOptions(options: Partial<Pick<UnrolledGraphOptions, 't' | 'reducedMotion'>>): void;
  /** light every copy of a weight (null: none); `pinned` survives pointer moves */
  highlightWeight(key: WeightKey | null, pinned?: boolean): void;
  /** horizontal extent of a step's column in SVG px, so the shell can scroll it into view */
  stepExtent(step: number): { left: number; right: number } | null;
  resize(width: number, height: number): void;
  destroy(): void;
}

type G = Selection<SVGGElement, unknown, null, undefined>;
type ColSel = Selection<SVGGElement, StepSpec, SVGGElement, unknown>;

interface NodeDatum {
  row: RowKey;
  t: number;
}

interface CellRowDatum {
  key: GateKey | 'c' | 'h';
  signed: boolean;
  index: number;
}

const GATE_TEXT: Record<GateKey | 'c' | 'h', ViewsUnrolledKey> = {
  c: 'rowCell',
  h: 'rowHidden',
  f: 'gateF',
  i: 'gateI',
  g: 'gateG',
  o: 'gateO',
  r: 'gateR',
  z: 'gateZ',
  n: 'gateN',
};

function rowsFor(spec: StepSpec): RowKey[] {
  const rows: RowKey[] = [];
  if (spec.outputRow >= 0) rows.push('loss', 'yhat', 'o');
  rows.push('h');
  rows.push('x');
  return rows;
}

let instances = 0;

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';

/** 12 → "₁₂": step numbers written as subscripts, as in x₁₂. */
export function subscript(n: number): string {
  return String(n).replace(/\d/g, (d) => SUBSCRIPT_DIGITS[Number(d)] ?? d);
}

export function createUnrolledGraph(svgEl: SVGSVGElement, options: UnrolledGraphOptions): UnrolledGraph {
  instances += 1;
  const uid = `ug${instances}`;
  let config = options.config;
  let t = options.t;
  let reduced = options.reducedMotion ?? false;
  let frame: UnrolledFrame | null = null;
  let availW = 720;
  let fontScale = 1;
  let geo: Geometry = computeGeometry(config, availW, fontScale);
  let specs: StepSpec[] = stepSpecs(config.shape, config.steps, config.encoderSteps);
  let layoutKey = '';
  let hoveredWeight: WeightKey | null = null;
  let pinnedWeight: WeightKey | null = null;
  let activeNode: NodeDatum | null = null;
  let tipFor: { t: number; row: RowKey; index: number } | null = null;
  let lastDescAt = -Infinity;
  let descPending = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const svg = select(svgEl)
    .attr('class', 'view-svg unrolled-graph')
    // The nodes inside are the tab stop (one roving tabindex), not the drawing itself.
    .attr('tabindex', -1)
    .attr('role', 'group')
    .attr('aria-labelledby', `${uid}-title`)
    .attr('aria-describedby', `${uid}-desc`);
  svg.selectAll('*').remove();
  const titleEl = svg.append('title').attr('id', `${uid}-title`);
  const descEl = svg.append('desc').attr('id', `${uid}-desc`);
  const root: G = svg.append('g').attr('class', 'ug-root');
  const bandLayer: G = root.append('g').attr('class', 'ug-bands');
  const labelLayer: G = root.append('g').attr('class', 'ug-rowlabels').attr('aria-hidden', 'true');
  const h0: G = root.append('g').attr('class', 'ug-h0');
  const sumG: G = root.append('g').attr('class', 'ug-sum');
  const contribHead: G = root.append('g').attr('class', 'ug-contrib-head');
  const colLayer: G = root.append('g').attr('class', 'ug-columns');
  const loopG: G = root.append('g').attr('class', 'ug-loop').style('opacity', 0);
  const tipLayer: G = root.append('g').attr('class', 'ug-tip-layer');
  const tip: SvgTooltip = createSvgTooltip(tipLayer, () => fontScale);

  // --- static pieces ---------------------------------------------------------
  h0.append('circle').attr('class', 'ug-h0-dot').attr('r', 8);
  h0.append('text').attr('class', 'ug-h0-label math').attr('text-anchor', 'middle');
  h0.attr('tabindex', -1).attr('role', 'img');

  sumG.append('path').attr('class', 'ug-sum-line');
  const sumNode = sumG.append('g').attr('class', 'ug-sum-node');
  sumNode.append('rect').attr('class', 'ug-pill');
  sumNode.append('text').attr('class', 'ug-sum-sigma math').attr('text-anchor', 'middle');
  sumNode.append('text').attr('class', 'ug-sum-value num').attr('text-anchor', 'middle');
  sumNode.append('text').attr('class', 'ug-sum-caption').attr('text-anchor', 'middle');

  loopG.append('path').attr('class', 'ug-loop-path');
  loopG.append('path').attr('class', 'ug-loop-head');
  const loopLabel = loopG.append('g').attr('class', 'ug-wlabel').attr('data-weight', 'Whh');
  loopLabel.append('rect').attr('class', 'ug-wlabel-bg');
  loopLabel.append('text').attr('class', 'math');
  loopG.append('path').attr('class', 'ug-loop-feedback');
  loopG.append('path').attr('class', 'ug-loop-feedback-head');
  loopG.append('text').attr('class', 'ug-loop-step').attr('text-anchor', 'middle');

  contribHead.append('text').attr('class', 'ug-contrib-title');
  contribHead.append('path').attr('class', 'ug-contrib-bracket');
  const contribSink = contribHead.append('g').attr('class', 'ug-wlabel').attr('data-weight', 'Whh');
  contribSink.append('rect').attr('class', 'ug-wlabel-bg');
  contribSink.append('text').attr('class', 'math');

  // --- weight highlighting and small utilities --------------------------------
  const effectiveWeight = (): WeightKey | null => hoveredWeight ?? pinnedWeight;
  const applyWeightHighlight = (): void => {
    const w = effectiveWeight();
    svg.classed('has-weight-highlight', w !== null);
    svg.selectAll<SVGElement, unknown>('[data-weight]').classed('is-highlighted', function () {
      return w !== null && this.getAttribute('data-weight') === w;
    });
  };

  const stepsUsed = (): number => specs.length;
  const visibleSteps = (): StepSpec[] => {
    if (!config.rolled) return specs;
    const cur = Math.max(0, Math.min(specs.length - 1, config.currentStep));
    const s = specs[cur];
    return s ? [s] : [];
  };
  const colCenter = (s: StepSpec): number => (config.rolled ? geo.rolledX : (geo.colX[s.t] ?? geo.rolledX));
  const nodeW = (): number => (config.rolled ? Math.max(geo.nodeW, Math.min(120 * fontScale, 0.3 * availW)) : geo.nodeW);

  /** Whether step t has values to show under the current mode and step. */
  const computed = (tStep: number): boolean => {
    if (!frame || tStep >= frame.steps) return false;
    return config.mode === 'backward' || tStep <= config.currentStep;
  };
  const gradShown = (tStep: number): boolean => config.mode === 'backward' && tStep >= config.currentStep;

  // --- structure ---------------------------------------------------------------
  function weightLabelJoin<D, P extends BaseType, PD>(parent: Selection<SVGGElement, D, P, PD>, cls: string, key: WeightKey | null): void {
    parent
      .selectAll<SVGGElement, WeightKey>(`g.ug-wlabel.${cls}`)
      .data(key ? [key] : [])
      .join((enter) => {
        const g = enter.append('g').attr('class', `ug-wlabel ${cls}`);
        g.append('rect').attr('class', 'ug-wlabel-bg');
        g.append('text').attr('class', 'math');
        return g;
      })
      .attr('data-weight', (d) => d);
  }

  function buildColumnContent(col: ColSel): void {
    col.each(function (spec) {
      const c = select<SVGGElement, StepSpec>(this);
      // Edges first, so nodes paint over their ends.
      c.selectAll<SVGGElement, StepSpec>('g.ug-edge-rec')
        .data(spec.recurrentIn ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-edge ug-edge-rec');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          return g;
        })
        .attr('data-weight', spec.wh);
      weightLabelJoin(c, 'ug-wl-rec', spec.wh);
      c.selectAll<SVGGElement, StepSpec>('g.ug-edge-cline')
        .data(config.cell === 'lstm' && spec.recurrentIn ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-edge ug-edge-cline');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          return g;
        });
      c.selectAll<SVGGElement, StepSpec>('g.ug-edge-x')
        .data([spec])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-edge ug-edge-x');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          return g;
        })
        .attr('data-weight', spec.wx);
      weightLabelJoin(c, 'ug-wl-x', spec.wx);
      c.selectAll<SVGGElement, StepSpec>('g.ug-edge-y')
        .data(spec.outputRow >= 0 ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-edge ug-edge-y');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          return g;
        })
        .attr('data-weight', spec.wy);
      weightLabelJoin(c, 'ug-wl-y', spec.wy);
      c.selectAll<SVGGElement, StepSpec>('g.ug-edge-l')
        .data(spec.outputRow >= 0 ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-edge ug-edge-l');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          return g;
        });
      c.selectAll<SVGGElement, StepSpec>('g.ug-feedback')
        .data(spec.input === 'fed-back' ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-feedback');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          return g;
        });
      c.selectAll<SVGGElement, StepSpec>('g.ug-grad-rec')
        .data(spec.recurrentIn ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-grad ug-grad-rec');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          g.append('text').attr('class', 'ug-grad-value num').attr('text-anchor', 'middle');
          return g;
        });
      c.selectAll<SVGGElement, StepSpec>('g.ug-grad-down')
        .data(spec.outputRow >= 0 ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-grad ug-grad-down');
          g.append('path').attr('class', 'ug-shaft');
          g.append('path').attr('class', 'ug-head');
          return g;
        });

      const nodes = c
        .selectAll<SVGGElement, NodeDatum>('g.ug-node')
        .data(
          rowsFor(spec).map((row) => ({ row, t: spec.t })),
          (d) => d.row,
        )
        .join((e) => {
          const g = e
            .append('g')
            .attr('class', (d) => `ug-node ug-node-${d.row}`)
            .attr('data-row', (d) => d.row)
            .attr('role', 'img')
            .attr('tabindex', -1);
          g.append('rect').attr('class', 'ug-focus-ring');
          return g;
        });
      nodes.each(function (d) {
        const n = select<SVGGElement, NodeDatum>(this);
        n.attr('data-t', d.t);
        if (d.row === 'loss') {
          n.selectAll('rect.ug-pill').data([null]).join('rect').attr('class', 'ug-pill');
          n.selectAll('text.ug-loss-value').data([null]).join('text').attr('class', 'ug-loss-value num').attr('text-anchor', 'middle');
        } else if (d.row === 'h') {
          n.selectAll('rect.ug-cellbox').data([null]).join('rect').attr('class', 'ug-cellbox');
          n.selectAll<SVGGElement, CellRowDatum>('g.ug-cellrow')
            .data(
              cellRows(config.cell).map((r, index) => ({ ...r, index })),
              (r) => r.key,
            )
            .join((e) => {
              const g = e.append('g').attr('class', 'ug-cellrow');
              g.append('text').attr('class', 'ug-gate-letter math').attr('text-anchor', 'middle');
              g.append('g').attr('class', 'ug-strip');
              return g;
            })
            .attr('data-key', (r) => r.key);
        } else {
          n.selectAll('g.ug-strip').data([null]).join('g').attr('class', 'ug-strip');
        }
      });

      c.selectAll('text.ug-token').data([null]).join('text').attr('class', 'ug-token').attr('text-anchor', 'middle');
      c.selectAll('text.ug-step').data([null]).join('text').attr('class', 'ug-step num').attr('text-anchor', 'middle');
      c.selectAll<SVGGElement, StepSpec>('g.ug-contrib')
        .data(geo.contrib ? [spec] : [])
        .join((e) => {
          const g = e.append('g').attr('class', 'ug-contrib');
          g.append('rect').attr('class', 'ug-contrib-bar');
          g.append('text').attr('class', 'ug-contrib-value num').attr('text-anchor', 'middle');
          return g;
        });
    });
  }

  /** Positions everything inside the columns (no animation: only the columns themselves move). */
  function layoutColumnContent(col: ColSel): void {
    const nw = nodeW();
    const half = nw / 2;
    const showWeights = !geo.compact || config.rolled;
    col.each(function (spec) {
      const c = select<SVGGElement, StepSpec>(this);
      const cx = colCenter(spec);
      const prev = specs[spec.t - 1];
      // x of the previous column's right edge, in this column's coordinates.
      const prevRight = prev ? (geo.colX[prev.t] ?? cx) - cx + half : geo.marginLeft - 16 * fontScale + 8 - cx;

      c.select<SVGGElement>('g.ug-edge-rec').each(function () {
        const a = arrowPaths(prevRight + 1, geo.hArrowY, -half - 1, geo.hArrowY, 7);
        select(this).select('.ug-shaft').attr('d', a.shaft);
        select(this).select('.ug-head').attr('d', a.head);
      });
      c.selectAll<SVGGElement, WeightKey>('g.ug-wl-rec')
        .attr('transform', `translate(${(prevRight - half) / 2},${geo.hArrowY - 9})`)
        .style('display', showWeights ? '' : 'none');
      if (geo.cLineY !== null) {
        const cy = geo.cLineY;
        c.select<SVGGElement>('g.ug-edge-cline').each(function () {
          const a = arrowPaths(prevRight + 1, cy, -half - 1, cy, 6);
          select(this).select('.ug-shaft').attr('d', a.shaft);
          select(this).select('.ug-head').attr('d', a.head);
        });
      }
      const xTop = geo.x.top;
      c.select<SVGGElement>('g.ug-edge-x').each(function () {
        const a = arrowPaths(0, xTop - 2, 0, geo.h.top + geo.h.height + 1, 7);
        select(this).select('.ug-shaft').attr('d', a.shaft);
        select(this).select('.ug-head').attr('d', a.head);
      });
      c.selectAll<SVGGElement, WeightKey>('g.ug-wl-x')
        .attr('transform', `translate(${Math.min(half, 24)},${(xTop + geo.h.top + geo.h.height) / 2 + 4})`)
        .style('display', showWeights ? '' : 'none');
      const oBottom = geo.o.top + geo.o.height;
      c.select<SVGGElement>('g.ug-edge-y').each(function () {
        const a = arrowPaths(0, geo.h.top - 1, 0, oBottom + 2, 7);
        select(this).select('.ug-shaft').attr('d', a.shaft);
        select(this).select('.ug-head').attr('d', a.head);
      });
      c.selectAll<SVGGElement, WeightKey>('g.ug-wl-y')
        .attr('transform', `translate(${Math.min(half, 24)},${(geo.h.top + oBottom) / 2 + 4})`)
        .style('display', showWeights ? '' : 'none');
      c.select<SVGGElement>('g.ug-edge-l').each(function () {
        const a = arrowPaths(0, geo.yhat.top - 1, 0, geo.loss.top + geo.loss.height + 1, 5);
        select(this).select('.ug-shaft').attr('d', a.shaft);
        select(this).select('.ug-head').attr('d', a.head);
      });
      c.select<SVGGElement>('g.ug-feedback').each(function () {
        const sx = prevRight;
        const sy = geo.yhat.top + geo.yhat.height / 2;
        const ex = -half - 2;
        const ey = geo.x.top + geo.x.height / 2;
        const mid = (sx + ex) / 2;
        const head = arrowPaths(ex - 6, ey, ex, ey, 6);
        select(this)
          .select('.ug-shaft')
          .attr('d', `M${sx + 2},${sy}C${mid + 10},${sy} ${mid - 10},${ey} ${ex - 5},${ey}`);
        select(this).select('.ug-head').attr('d', head.head);
      });
      c.select<SVGGElement>('g.ug-grad-rec').each(function () {
        const y = geo.hArrowY + 11;
        const a = arrowPaths(-half - 1, y, prevRight + 1, y, 8);
        select(this).select('.ug-shaft').attr('d', a.shaft);
        select(this).select('.ug-head').attr('d', a.head);
        select(this)
          .select('.ug-grad-value')
          .attr('x', (prevRight - half) / 2)
          .attr('y', y + 20 * fontScale)
          .style('display', geo.compact && !config.rolled ? 'none' : '');
      });
      c.select<SVGGElement>('g.ug-grad-down').each(function () {
        const gx = half + 6;
        const a = arrowPaths(gx, geo.loss.top + geo.loss.height, gx, geo.h.top - 2, 7);
        select(this).select('.ug-shaft').attr('d', a.shaft);
        select(this).select('.ug-head').attr('d', a.head);
      });

      c.selectAll<SVGGElement, NodeDatum>('g.ug-node').each(function (d) {
        const n = select<SVGGElement, NodeDatum>(this);
        let band = geo.h;
        if (d.row === 'loss') band = geo.loss;
        else if (d.row === 'yhat') band = { top: geo.yhat.top, height: geo.yhat.height + geo.letters.height };
        else if (d.row === 'o') band = geo.o;
        else if (d.row === 'x') band = geo.x;
        n.attr('transform', `translate(${-half},${band.top})`);
        n.select('rect.ug-focus-ring')
          .attr('x', -4)
          .attr('y', -4)
          .attr('width', nw + 8)
          .attr('height', band.height + 8)
          .attr('rx', 6);
        if (d.row === 'loss') {
          // The pill may be wider than the node so that the number always fits.
          const pw = config.rolled ? nw : Math.min(geo.colW - 6, Math.max(nw, 40 * fontScale));
          n.select('rect.ug-pill')
            .attr('x', (nw - pw) / 2)
            .attr('width', pw)
            .attr('height', band.height)
            .attr('rx', band.height / 2);
          n.select('text.ug-loss-value')
            .attr('x', nw / 2)
            .attr('y', band.height / 2)
            .attr('dy', '0.35em');
        } else if (d.row === 'h') {
          n.select('rect.ug-cellbox').attr('width', nw).attr('height', band.height).attr('rx', 8);
          const gated = config.cell !== 'vanilla';
          const letterW = gated && nw >= 46 ? 14 : 0;
          n.selectAll<SVGGElement, CellRowDatum>('g.ug-cellrow').each(function (r) {
            const rg = select<SVGGElement, CellRowDatum>(this);
            const y = gated ? geo.cellPad + r.index * (geo.cellRowH + geo.cellRowGap) : 10;
            const hgt = gated ? geo.cellRowH : band.height - 20;
            rg.attr('transform', `translate(0,${y})`).attr('data-height', hgt).attr('data-x', letterW + 5).attr('data-width', nw - letterW - 10);
            rg.select('text.ug-gate-letter')
              .attr('x', 4 + letterW / 2)
              .attr('y', hgt / 2)
              .attr('dy', '0.35em')
              .style('display', letterW > 0 ? '' : 'none')
              .text(r.key === 'g' ? 'g' : r.key);
            rg.select('g.ug-strip').attr('transform', `translate(${letterW + 5},0)`);
          });
        } else {
          n.select('g.ug-strip').attr('transform', 'translate(0,0)');
        }
      });

      const maxChars = Math.max(2, Math.floor((config.rolled ? 160 : geo.colW - 4) / (8.4 * fontScale)));
      c.select('text.ug-token')
        .attr('x', 0)
        .attr('y', geo.token.top + geo.token.height * 0.62)
        .attr('data-max-chars', maxChars);
      c.select('text.ug-step')
        .attr('x', 0)
        .attr('y', geo.loss.top - 2)
        .text('');
      if (geo.contrib) {
        const cb = geo.contrib;
        c.select('rect.ug-contrib-bar').attr('x', -Math.min(half, 16)).attr('width', Math.min(nw, 32));
        c.select('text.ug-contrib-value').attr('y', cb.top + cb.height - 4);
      }
      c.selectAll<SVGGElement, WeightKey>('g.ug-wlabel').each(function (key) {
        const l = weightLabel(key);
        const g = select<SVGGElement, WeightKey>(this);
        setMathText(g.select<SVGTextElement>('text') as unknown as Selection<SVGTextElement, unknown, null, undefined>, l);
        const w = 9 * fontScale * (1 + 0.62 * (l.sub.length + (l.sup?.length ?? 0) * 0.8)) + 6;
        g.select('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
        g.select('rect.ug-wlabel-bg')
          .attr('x', -w / 2)
          .attr('y', -8 * fontScale)
          .attr('width', w)
          .attr('height', 16 * fontScale)
          .attr('rx', 4);
        g.attr('aria-hidden', 'true');
      });
    });
  }

  function layoutStatic(): void {
    const nw = nodeW();
    const fs = fontScale;
    svg.attr('width', geo.width).attr('height', geo.height).attr('viewBox', `0 0 ${geo.width} ${geo.height}`);

    // Row labels in the left margin.
    const rows: { key: string; label: string; y: number; show: boolean }[] = [
      { key: 'loss', label: 'L_t', y: geo.loss.top + geo.loss.height / 2, show: specs.some((s) => s.outputRow >= 0) },
      { key: 'yhat', label: 'ŷ_t', y: geo.yhat.top + geo.yhat.height / 2, show: specs.some((s) => s.outputRow >= 0) },
      { key: 'o', label: 'o_t', y: geo.o.top + geo.o.height / 2, show: specs.some((s) => s.outputRow >= 0) },
      { key: 'h', label: 'h_t', y: geo.h.top + 12 * fs, show: true },
      { key: 'x', label: 'x_t', y: geo.x.top + geo.x.height / 2, show: true },
    ];
    labelLayer
      .selectAll<SVGTextElement, (typeof rows)[number]>('text.ug-rowlabel')
      .data(rows.filter((r) => r.show), (d) => d.key)
      .join('text')
      .attr('class', 'ug-rowlabel math')
      .attr('x', 6)
      .attr('y', (d) => d.y)
      .attr('dy', '0.35em')
      .each(function (d) {
        setMathText(select(this) as unknown as Selection<SVGTextElement, unknown, null, undefined>, d.label);
      });

    // h0 feeding the first step (unrolled only).
    const h0x = geo.marginLeft - 16 * fs;
    h0.attr('transform', `translate(${h0x},${geo.hArrowY})`);
    setMathText(h0.select<SVGTextElement>('text') as unknown as Selection<SVGTextElement, unknown, null, undefined>, 'h_0');
    h0.select('text').attr('y', 24 * fs);
    h0.attr('aria-label', t('nodeInitial'));
    const hasRec = specs.some((s) => s.recurrentIn);
    animate(h0, transitionDuration(MOTION_MS.fade, reduced)).style('opacity', !config.rolled && hasRec ? 1 : 0);

    // Current-step band behind the columns.
    const band = bandLayer.selectAll<SVGRectElement, null>('rect.ug-band').data([null]).join('rect').attr('class', 'ug-band');
    band.attr('y', 0).attr('height', geo.height).attr('rx', 8);

    // Loss sum.
    const outs = specs.filter((s) => s.outputRow >= 0);
    const sumX = config.rolled ? geo.rolledX + nw / 2 + 90 * fs : geo.contentRight + geo.marginRight / 2;
    const ly = geo.loss.top + geo.loss.height / 2;
    const first = outs[0];
    const firstX = first ? (geo.colX[first.t] ?? sumX) : sumX;
    sumG.select('path.ug-sum-line').attr('d', config.rolled || !first ? null : `M${firstX},${ly}H${sumX}`);
    const sw = Math.max(44, geo.marginRight - 6);
    sumNode.attr('transform', `translate(${sumX},${geo.loss.top})`).attr('role', 'img').attr('tabindex', -1).attr('data-row', 'sum');
    sumNode.select('rect.ug-pill').attr('x', -sw / 2).attr('width', sw).attr('height', geo.loss.height).attr('rx', geo.loss.height / 2);
    sumNode.select('text.ug-sum-sigma').attr('y', geo.loss.height + 14 * fs).text('L = ΣL');
    sumNode.select('text.ug-sum-value').attr('y', geo.loss.height / 2).attr('dy', '0.35em');
    sumNode.select('text.ug-sum-caption').text('');
    sumG.style('display', outs.length > 0 ? '' : 'none');

    // Rolled loop.
    const lx = geo.rolledX + nw / 2;
    const hy = geo.hArrowY;
    const r = 34 * fs;
    loopG.select('path.ug-loop-path').attr('d', `M${lx + 1},${hy - 8}C${lx + r * 1.6},${hy - r * 1.5} ${lx + r * 1.6},${hy + r * 1.5} ${lx + 8},${hy + 10}`);
    loopG.select('path.ug-loop-head').attr('d', arrowPaths(lx + 14, hy + 13, lx + 2, hy + 9, 8).head);
    loopLabel.attr('transform', `translate(${lx + r * 1.35},${hy - r * 0.9})`);
    setMathText(loopLabel.select<SVGTextElement>('text') as unknown as Selection<SVGTextElement, unknown, null, undefined>, weightLabel('Whh'));
    loopLabel.select('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
    loopLabel.select('rect').attr('x', -20).attr('y', -8 * fs).attr('width', 40).attr('height', 16 * fs).attr('rx', 4);
    loopLabel.style('display', hasRec ? '' : 'none');
    loopG.select('path.ug-loop-path').style('display', hasRec ? '' : 'none');
    loopG.select('path.ug-loop-head').style('display', hasRec ? '' : 'none');
    const fb = specs.some((s) => s.input === 'fed-back');
    const fx = geo.rolledX - nw / 2;
    const fy1 = geo.yhat.top + geo.yhat.height / 2;
    const fy2 = geo.x.top + geo.x.height / 2;
    loopG
      .select('path.ug-loop-feedback')
      .style('display', fb ? '' : 'none')
      .attr('d', `M${fx - 2},${fy1}C${fx - 60 * fs},${fy1} ${fx - 60 * fs},${fy2} ${fx - 8},${fy2}`);
    loopG.select('path.ug-loop-feedback-head').style('display', fb ? '' : 'none').attr('d', arrowPaths(fx - 10, fy2, fx - 2, fy2, 7).head);
    loopG.select('text.ug-loop-step').attr('x', geo.rolledX).attr('y', geo.token.top + geo.token.height + 12 * fs);

    // Contribution row title and the arrow into W_hh.
    contribHead.style('display', geo.contrib ? '' : 'none');
    if (geo.contrib) {
      const cb = geo.contrib;
      contribHead.select('text.ug-contrib-title').attr('x', geo.marginLeft).attr('y', cb.top - 2).text(isolate(t('contribTitle')));
      const lastX = geo.colX[geo.colX.length - 1] ?? geo.marginLeft;
      const bx = geo.contentRight + geo.marginRight / 2;
      const by = cb.top + cb.height - 18;
      // Every step's share flows along one line into the single shared W_hh.
      const sinkY = by + 4;
      const a = arrowPaths(lastX + geo.colW / 2, sinkY, bx - 22, sinkY, 8);
      contribHead.select('path.ug-contrib-bracket').attr('d', `M${geo.marginLeft},${sinkY}H${lastX + geo.colW / 2}${a.shaft.replace(/^M[^L]+/, '')}`);
      contribHead.selectAll('path.ug-contrib-head').data([null]).join('path').attr('class', 'ug-contrib-head').attr('d', a.head);
      contribSink.attr('transform', `translate(${bx},${sinkY})`);
      setMathText(contribSink.select<SVGTextElement>('text') as unknown as Selection<SVGTextElement, unknown, null, undefined>, weightLabel('Whh'));
      contribSink.select('text').attr('text-anchor', 'middle').attr('dy', '0.35em');
      contribSink.select('rect').attr('x', -20).attr('y', -8 * fs).attr('width', 40).attr('height', 16 * fs).attr('rx', 4);
    }
  }

  function relayout(animated: boolean): void {
    specs = stepSpecs(config.shape, config.steps, config.encoderSteps);
    geo = computeGeometry(config, availW, fontScale);
    const ms = animated ? transitionDuration(MOTION_MS.layout, reduced) : 0;
    // Links between neighbouring copies only make sense once the copies are in
    // place: hide them while columns travel, then let CSS fade them in.
    clearTimeout(settleTimer);
    svg.classed('is-moving', ms > 0);
    if (ms > 0) settleTimer = setTimeout(() => svg.classed('is-moving', false), ms);
    svg.classed('is-rolled', config.rolled).classed('is-backward', config.mode === 'backward').classed('is-compact', geo.compact && !config.rolled);
    svg.attr('data-cell', config.cell).attr('data-shape', config.shape);

    const vis = visibleSteps();
    const cols = colLayer
      .selectAll<SVGGElement, StepSpec>('g.ug-col')
      .data(vis, (d) => String(d.t))
      .join(
        (enter) => {
          const g = enter.append('g').attr('class', 'ug-col');
          // New columns grow out of the rolled cell (or appear in place when nothing moves).
          g.each(function (d) {
            const x0 = ms > 0 ? geo.rolledX : colCenter(d);
            this.setAttribute('data-tx', String(x0));
            this.setAttribute('transform', `translate(${x0},0)`);
            this.style.opacity = ms > 0 ? '0' : '1';
          });
          return g;
        },
        (update) => update,
        (exit) => {
          // Leaving copies fold into the rolled cell, then disappear.
          moveX(exit, ms, () => geo.rolledX, { opacity: 0, remove: true });
          return exit;
        },
      )
      .attr('data-t', (d) => d.t)
      .classed('is-encoder', (d) => d.segment === 'encoder')
      .classed('is-decoder', (d) => d.segment === 'decoder');
    buildColumnContent(cols);
    layoutColumnContent(cols);
    collectRefs();
    moveX(cols, ms, colCenter, { opacity: 1 });
    animate(loopG, transitionDuration(MOTION_MS.fade, reduced || !animated)).style('opacity', config.rolled ? 1 : 0);
    loopG.style('pointer-events', config.rolled ? '' : 'none');
    layoutStatic();
    ensureActiveNode();
    applyWeightHighlight();
    paint(true);
  }

  function structureKey(): string {
    // The pass mode changes the geometry only through the contribution row; otherwise
    // switching from forward to backward restyles (paint) instead of rebuilding.
    const contribRow = config.mode === 'backward' && config.contrib !== false;
    return [config.shape, config.cell, config.steps, config.rolled, contribRow, config.encoderSteps ?? '', config.rolled ? config.currentStep : '', availW, fontScale].join('|');
  }

  // --- painting (every frame) ------------------------------------------------------
  /** Elements a frame writes to, gathered once per layout so that paint() does no DOM queries. */
  interface ColumnRefs {
    spec: StepSpec;
    el: SVGGElement;
    loss: { text: SVGTextElement; pill: SVGRectElement } | null;
    yhat: SVGGElement | null;
    o: SVGGElement | null;
    x: SVGGElement | null;
    cellRows: { key: GateKey | 'c' | 'h'; signed: boolean; g: SVGGElement; width: number; height: number }[];
    token: SVGTextElement | null;
    maxChars: number;
    gradRec: { g: SVGGElement; shaft: SVGPathElement; head: SVGPathElement; text: SVGTextElement } | null;
    gradDown: { g: SVGGElement; shaft: SVGPathElement; head: SVGPathElement } | null;
    contribBar: SVGRectElement | null;
    contribText: SVGTextElement | null;
  }
  let refs: ColumnRefs[] = [];

  function collectRefs(): void {
    refs = [];
    colLayer.selectAll<SVGGElement, StepSpec>('g.ug-col').each((spec, i, group) => {
      const el = group[i];
      if (!el) return;
      const q = <T extends Element>(sel: string): T | null => el.querySelector<T>(sel);
      const lossText = q<SVGTextElement>('.ug-node-loss text.ug-loss-value');
      const lossPill = q<SVGRectElement>('.ug-node-loss rect.ug-pill');
      const gr = q<SVGGElement>('g.ug-grad-rec');
      const gd = q<SVGGElement>('g.ug-grad-down');
      const token = q<SVGTextElement>('text.ug-token');
      refs.push({
        spec,
        el,
        loss: lossText && lossPill ? { text: lossText, pill: lossPill } : null,
        yhat: q<SVGGElement>('.ug-node-yhat g.ug-strip'),
        o: q<SVGGElement>('.ug-node-o g.ug-strip'),
        x: q<SVGGElement>('.ug-node-x g.ug-strip'),
        cellRows: Array.from(el.querySelectorAll<SVGGElement>('.ug-node-h g.ug-cellrow')).flatMap((rg) => {
          const strip = rg.querySelector<SVGGElement>('g.ug-strip');
          const r = select<SVGGElement, CellRowDatum>(rg).datum();
          return strip ? [{ key: r.key, signed: r.signed, g: strip, width: Number(rg.getAttribute('data-width')), height: Number(rg.getAttribute('data-height')) }] : [];
        }),
        token,
        maxChars: Number(token?.getAttribute('data-max-chars')) || 8,
        gradRec: gr
          ? { g: gr, shaft: gr.querySelector('.ug-shaft') as SVGPathElement, head: gr.querySelector('.ug-head') as SVGPathElement, text: gr.querySelector('.ug-grad-value') as SVGTextElement }
          : null,
        gradDown: gd ? { g: gd, shaft: gd.querySelector('.ug-shaft') as SVGPathElement, head: gd.querySelector('.ug-head') as SVGPathElement } : null,
        contribBar: q<SVGRectElement>('rect.ug-contrib-bar'),
        contribText: q<SVGTextElement>('text.ug-contrib-value'),
      });
    });
  }

  // Writes that skip unchanged values: most of a frame is the same as the last one.
  const lastWrite = new WeakMap<Element, Map<string, string>>();
  function put(el: Element | null, name: string, value: string): void {
    if (!el) return;
    let m = lastWrite.get(el);
    if (!m) {
      m = new Map();
      lastWrite.set(el, m);
    }
    if (m.get(name) === value) return;
    m.set(name, value);
    if (name === 'text') el.textContent = value;
    else if (name.startsWith('style:')) (el as SVGElement).style.setProperty(name.slice(6), value);
    else if (name.startsWith('class:')) el.classList.toggle(name.slice(6), value === '1');
    else el.setAttribute(name, value);
  }

  function paint(forceDescription = false): void {
    const f = frame;
    const H = f?.hiddenSize ?? 0;
    const K = f?.outputSize ?? 0;
    const I = f?.inputSize ?? 0;
    const nw = nodeW();
    const logitExtent = f ? Math.max(1, maxAbs(f.logits, f.logits.length)) : 1;
    let maxGrad = 0;
    if (f?.dLdh) for (let i = 0; i < Math.min(f.dLdh.length, stepsUsed()); i++) maxGrad = Math.max(maxGrad, f.dLdh[i] ?? 0);
    let maxContrib = 0;
    if (f?.whhContrib) for (let i = 0; i < Math.min(f.whhContrib.length, stepsUsed()); i++) maxContrib = Math.max(maxContrib, f.whhContrib[i] ?? 0);
    let maxLoss = 0;
    if (f) for (let i = 0; i < f.stepLoss.length; i++) maxLoss = Math.max(maxLoss, f.stepLoss[i] ?? 0);

    // The pass shown: set here too, since a change of mode alone does not re-lay out.
    put(svgEl, 'class:is-backward', config.mode === 'backward' ? '1' : '0');

    // Current-step band.
    const cur = Math.max(0, Math.min(stepsUsed() - 1, config.currentStep));
    const curSpec = specs[cur];
    const band = bandLayer.select<SVGRectElement>('rect.ug-band').node();
    put(band, 'x', String(curSpec ? colCenter(curSpec) - (config.rolled ? nw / 2 + 14 : geo.colW / 2) + 2 : 0));
    put(band, 'width', String(config.rolled ? nw + 28 : Math.max(0, geo.colW - 4)));
    put(band, 'style:display', curSpec ? 'inline' : 'none');

    for (const c of refs) {
      const spec = c.spec;
      const ok = computed(spec.t) && !!f;
      put(c.el, 'class:is-current', spec.t === cur ? '1' : '0');
      put(c.el, 'class:is-future', config.mode === 'forward' && spec.t > config.currentStep ? '1' : '0');
      if (c.loss) {
        const v = ok && f ? (f.stepLoss[spec.outputRow] ?? Number.NaN) : Number.NaN;
        put(c.loss.text, 'text', Number.isFinite(v) ? formatValue(v) : '–');
        put(c.loss.pill, 'class:has-value', Number.isFinite(v) ? '1' : '0');
      }
      if (c.yhat) {
        const target = f?.targets ? (f.targets[spec.outputRow] ?? -1) : -1;
        renderBarStrip(c.yhat, ok && f ? f.probs : null, spec.outputRow * K, K, {
          kind: 'unit',
          width: nw,
          height: geo.yhat.height,
          labels: f?.outputLabels ?? null,
          highlight: target,
        });
      }
      if (c.o) renderBarStrip(c.o, ok && f ? f.logits : null, spec.outputRow * K, K, { kind: 'signed', width: nw, height: geo.o.height, extent: logitExtent });
      if (c.x) {
        const hasX = !!f?.x && I > 0;
        const lit = hasX && f?.x ? argmaxOf(f.x, spec.t * I, I) : -1;
        renderBarStrip(c.x, ok && hasX && f ? f.x : null, spec.t * I, I, { kind: 'unit', width: nw, height: geo.x.height, highlight: ok ? lit : -1 });
      }
      for (const r of c.cellRows) {
        renderBarStrip(r.g, ok ? sourceFor(f, r.key) : null, spec.t * H, H, { kind: r.signed ? 'signed' : 'unit', width: r.width, height: r.height });
      }

      // Input token under the column.
      const label = f?.inputLabels[spec.t] ?? '';
      put(c.token, 'text', label ? fitLabel(label, c.maxChars) : '');
      put(c.token, 'class:is-fed', spec.input === 'fed-back' ? '1' : '0');

      // Backward: gradient arrows and contributions.
      const gOn = gradShown(spec.t) && !!f?.dLdh;
      if (c.gradRec) {
        const gv = gOn && f?.dLdh ? (f.dLdh[spec.t] ?? 0) : 0;
        const s = Math.round(gradientStrength(gv, maxGrad) * 100) / 100;
        put(c.gradRec.g, 'style:display', gOn ? 'inline' : 'none');
        if (gOn) {
          put(c.gradRec.shaft, 'style:stroke', gradientStroke(s));
          put(c.gradRec.shaft, 'style:stroke-width', `${gradientWidth(s, 8)}px`);
          put(c.gradRec.head, 'style:fill', gradientStroke(s));
          put(c.gradRec.text, 'text', formatValue(gv));
        }
      }
      if (c.gradDown) {
        const on = gradShown(spec.t) && !!f;
        put(c.gradDown.g, 'style:display', on ? 'inline' : 'none');
        if (on && f) {
          const ls = Math.round(gradientStrength(f.stepLoss[spec.outputRow] ?? 0, maxLoss) * 100) / 100;
          put(c.gradDown.shaft, 'style:stroke', gradientStroke(ls));
          put(c.gradDown.shaft, 'style:stroke-width', `${gradientWidth(ls, 5)}px`);
          put(c.gradDown.head, 'style:fill', gradientStroke(ls));
        }
      }
      if (geo.contrib && c.contribBar && c.contribText) {
        const cb = geo.contrib;
        const v = gOn && f?.whhContrib ? (f.whhContrib[spec.t] ?? 0) : Number.NaN;
        const barMax = cb.height - 30 * fontScale;
        const hgt = Number.isFinite(v) && maxContrib > 0 ? Math.max(1, (v / maxContrib) * barMax) : 0;
        const base = cb.top + cb.height - 22 * fontScale;
        put(c.contribBar, 'y', (base - hgt).toFixed(1));
        put(c.contribBar, 'height', hgt.toFixed(1));
        put(c.contribText, 'y', (base - hgt - 4).toFixed(1));
        put(c.contribText, 'text', Number.isFinite(v) && !geo.compact ? formatValue(v) : '');
      }
    }

    // Loss sum: the steps computed so far.
    let total = 0;
    let any = false;
    if (f) {
      for (const spec of specs) {
        if (spec.outputRow < 0 || !computed(spec.t)) continue;
        const v = f.stepLoss[spec.outputRow];
        if (v !== undefined && Number.isFinite(v)) {
          total += v;
          any = true;
        }
      }
    }
    put(sumNode.select<SVGTextElement>('text.ug-sum-value').node(), 'text', any ? formatValue(total) : '–');
    put(sumNode.node(), 'aria-label', `${t('nodeSum')}: ${any ? formatValue(total) : t('notComputed')}`);
    put(loopG.select<SVGTextElement>('text.ug-loop-step').node(), 'text', config.rolled ? isolate(t('stepShort', { t: cur + 1 })) : '');

    // Node names carry their numbers; only the focused one is kept current every frame.
    const focused = document.activeElement?.closest?.('g.ug-node');
    if (focused && svgEl.contains(focused)) {
      const d = select<Element, NodeDatum>(focused).datum();
      const spec = specs[d.t];
      if (spec) put(focused, 'aria-label', nodeLabel(spec, d.row));
    }
    if (tip.visible && tipFor) showTip(tipFor.t, tipFor.row, tipFor.index);
    if (forceDescription) describe();
    else scheduleDescription();
  }

  /** Full names with numbers on every node; done with the (throttled) description, not per frame. */
  function labelAllNodes(): void {
    colLayer.selectAll<SVGGElement, NodeDatum>('g.ug-node').each(function (d) {
      const spec = specs[d.t];
      if (spec) put(this, 'aria-label', nodeLabel(spec, d.row));
    });
  }

  function sourceFor(f: UnrolledFrame | null, key: GateKey | 'c' | 'h'): Float64Array | null {
    if (!f) return null;
    if (key === 'h') return f.h;
    if (key === 'c') return f.c ?? null;
    return f.gates?.[key] ?? null;
  }

  function argmaxOf(a: ArrayLike<number>, offset: number, n: number): number {
    let best = -1;
    let bv = -Infinity;
    for (let i = 0; i < n; i++) {
      const v = a[offset + i] ?? -Infinity;
      if (v > bv) {
        bv = v;
        best = i;
      }
    }
    return best;
  }

  function nodeTitle(spec: StepSpec, row: RowKey): string {
    const n = subscript(spec.t + 1);
    switch (row) {
      case 'loss':
        return t('nodeLoss', { t: n });
      case 'yhat':
        return t('nodeProbs', { t: n });
      case 'o':
        return t('nodeLogits', { t: n });
      case 'h':
        return t('nodeHidden', { t: n });
      case 'x':
        return spec.input === 'fed-back' ? t('nodeFedBack', { t: n, prev: spec.t }) : t('nodeInput', { t: n });
    }
  }

  function nodeLines(spec: StepSpec, row: RowKey, active: number): TipLine[] {
    const f = frame;
    if (!f || !computed(spec.t)) return [{ label: t('notComputed') }];
    const H = f.hiddenSize;
    const K = f.outputSize;
    const lines: TipLine[] = [];
    const vec = (src: ArrayLike<number> | null | undefined, off: number, len: number, labels: readonly string[] | null, prefix: string): void => {
      if (!src) return;
      const max = 10;
      for (let i = 0; i < Math.min(len, max); i++) {
        lines.push({ label: labels?.[i] ?? `${prefix}[${i + 1}]`, value: formatValue(src[off + i] ?? Number.NaN), active: i === active });
      }
      if (len > max) lines.push({ label: '…' });
    };
    switch (row) {
      case 'loss': {
        const v = f.stepLoss[spec.outputRow];
        lines.push({ label: `L${subscript(spec.t + 1)}`, value: formatValue(v ?? Number.NaN, 3) });
        const tg = f.targets ? f.targets[spec.outputRow] : undefined;
        if (tg !== undefined && tg >= 0) lines.push({ label: t('target'), value: f.outputLabels?.[tg] ?? String(tg + 1) });
        break;
      }
      case 'yhat':
        vec(f.probs, spec.outputRow * K, K, f.outputLabels, 'ŷ');
        break;
      case 'o':
        vec(f.logits, spec.outputRow * K, K, f.outputLabels, 'o');
        break;
      case 'x': {
        const label = f.inputLabels[spec.t];
        if (label) lines.push({ label: label });
        vec(f.x, spec.t * f.inputSize, f.inputSize, null, 'x');
        break;
      }
      case 'h': {
        for (const r of cellRows(config.cell)) {
          const src = sourceFor(f, r.key);
          if (!src) continue;
          if (config.cell === 'vanilla') vec(src, spec.t * H, H, null, 'h');
          else lines.push({ label: t(GATE_TEXT[r.key]), value: describeVector(src, spec.t * H, H, null, 4) });
        }
        if (gradShown(spec.t) && f.dLdh) lines.push({ label: t('gradNorm'), value: formatValue(f.dLdh[spec.t] ?? Number.NaN, 3) });
        break;
      }
    }
    return lines;
  }

  function nodeLabel(spec: StepSpec, row: RowKey): string {
    const lines = nodeLines(spec, row, -1);
    return `${nodeTitle(spec, row)}: ${lines.map((l) => (l.value ? `${l.label} ${l.value}` : l.label)).join(', ')}`;
  }

  function nodeElement(tStep: number, row: RowKey): SVGGElement | null {
    return colLayer.select<SVGGElement>(`g.ug-col[data-t="${tStep}"] g.ug-node[data-row="${row}"]`).node();
  }

  function showTip(tStep: number, row: RowKey, index: number): void {
    const spec = specs[tStep];
    const el = nodeElement(tStep, row);
    if (!spec || !el) return;
    tipFor = { t: tStep, row, index };
    const cx = colCenter(spec);
    let top = geo.h.top;
    if (row === 'loss') top = geo.loss.top;
    else if (row === 'yhat') top = geo.yhat.top;
    else if (row === 'o') top = geo.o.top;
    else if (row === 'x') top = geo.x.top;
    const lines = nodeLines(spec, row, index);
    // Inputs are at the bottom: show their tip below would leave the chart, so above it is.
    tip.show(cx, top, nodeTitle(spec, row), lines, { width: geo.width, height: geo.height });
  }

  function hideTip(): void {
    tipFor = null;
    tip.hide();
  }

  // --- keyboard: one tab stop, arrows move between nodes -----------------------------
  function ensureActiveNode(): void {
    const nodes = colLayer.selectAll<SVGGElement, NodeDatum>('g.ug-node');
    nodes.attr('tabindex', -1);
    const exists = activeNode ? nodeElement(activeNode.t, activeNode.row) : null;
    if (!exists) {
      const cur = Math.max(0, Math.min(stepsUsed() - 1, config.currentStep));
      activeNode = nodeElement(cur, 'h') ? { t: cur, row: 'h' } : null;
      if (!activeNode) {
        const firstNode = nodes.node();
        const d = firstNode ? select<SVGGElement, NodeDatum>(firstNode).datum() : null;
        activeNode = d ? { t: d.t, row: d.row } : null;
      }
    }
    if (activeNode) nodeElement(activeNode.t, activeNode.row)?.setAttribute('tabindex', '0');
  }

  function moveFocus(tStep: number, row: RowKey): void {
    const el = nodeElement(tStep, row);
    if (!el) return;
    colLayer.selectAll('g.ug-node').attr('tabindex', -1);
    el.setAttribute('tabindex', '0');
    activeNode = { t: tStep, row };
    el.focus();
  }

  function rowsAt(tStep: number): RowKey[] {
    const spec = specs[tStep];
    return spec ? ROW_ORDER.filter((r) => rowsFor(spec).includes(r)) : [];
  }

  svg.on('keydown.nav', (event: KeyboardEvent) => {
    const target = event.target as Element | null;
    const node = target?.closest?.('g.ug-node');
    if (!node || !activeNode) return;
    const visible = visibleSteps().map((s) => s.t);
    const idx = visible.indexOf(activeNode.t);
    let nextT = activeNode.t;
    let nextRow = activeNode.row;
    const rows = rowsAt(activeNode.t);
    const ri = rows.indexOf(activeNode.row);
    switch (event.key) {
      case 'ArrowRight':
        nextT = visible[Math.min(visible.length - 1, idx + 1)] ?? nextT;
        break;
      case 'ArrowLeft':
        nextT = visible[Math.max(0, idx - 1)] ?? nextT;
        break;
      case 'ArrowUp':
        nextRow = rows[Math.max(0, ri - 1)] ?? nextRow;
        break;
      case 'ArrowDown':
        nextRow = rows[Math.min(rows.length - 1, ri + 1)] ?? nextRow;
        break;
      case 'Home':
        nextT = visible[0] ?? nextT;
        break;
      case 'End':
        nextT = visible[visible.length - 1] ?? nextT;
        break;
      case 'Escape':
        hideTip();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (!rowsAt(nextT).includes(nextRow)) nextRow = rowsAt(nextT).includes('h') ? 'h' : (rowsAt(nextT)[0] ?? nextRow);
    moveFocus(nextT, nextRow);
  });

  svg.on('focusin.nav', (event: FocusEvent) => {
    const target = event.target as Element | null;
    const node = target?.closest?.('g.ug-node');
    if (!node) return;
    const d = select<Element, NodeDatum>(node).datum();
    activeNode = { t: d.t, row: d.row };
    colLayer.selectAll('g.ug-node').attr('tabindex', -1);
    node.setAttribute('tabindex', '0');
    const spec = specs[d.t];
    if (spec) put(node, 'aria-label', nodeLabel(spec, d.row));
    showTip(d.t, d.row, -1);
  });
  svg.on('focusout.nav', () => hideTip());

  // --- pointer: values on hover, weight highlighting -----------------------------------------
  svg.on('pointermove.tip', (event: PointerEvent) => {
    const target = event.target as Element | null;
    const node = target?.closest?.('g.ug-node');
    if (!node) {
      if (tipFor && !svgEl.contains(document.activeElement)) hideTip();
      return;
    }
    const d = select<Element, NodeDatum>(node).datum();
    let index = -1;
    const bar = target?.closest?.('g.ug-strip rect.vb-bar, g.ug-strip rect.vb-cell');
    if (bar) index = Number(bar.getAttribute('data-index') ?? -1);
    showTip(d.t, d.row, index);
  });
  svg.on('pointerleave.tip', () => {
    if (!svgEl.contains(document.activeElement)) hideTip();
  });
  const weightOf = (target: EventTarget | null): WeightKey | null => {
    const el = (target as Element | null)?.closest?.('[data-weight]');
    const w = el?.getAttribute('data-weight');
    return (w as WeightKey | null | undefined) ?? null;
  };
  svg.on('pointerover.weight', (event: PointerEvent) => {
    const w = weightOf(event.target);
    if (w === hoveredWeight) return;
    hoveredWeight = w;
    applyWeightHighlight();
    options.onWeightHover?.(w);
  });
  svg.on('pointerleave.weight', () => {
    if (hoveredWeight === null) return;
    hoveredWeight = null;
    applyWeightHighlight();
    options.onWeightHover?.(null);
  });

  // --- text alternative --------------------------------------------------------------------
  function describe(): void {
    descPending = false;
    lastDescAt = now();
    labelAllNodes();
    const f = frame;
    const cur = Math.max(0, Math.min(stepsUsed() - 1, config.currentStep));
    titleEl.text(config.rolled ? t('titleRolled', { step: cur + 1 }) : t('titleUnrolled', { steps: stepsUsed() }));
    if (!f) {
      descEl.text(t('descEmpty'));
      return;
    }
    const parts: string[] = [];
    let total = 0;
    for (const s of specs) {
      if (s.outputRow < 0 || !computed(s.t)) continue;
      const v = f.stepLoss[s.outputRow] ?? Number.NaN;
      if (Number.isFinite(v)) total += v;
      parts.push(`L${s.t + 1} ${formatValue(v)}`);
    }
    if (config.mode === 'forward') {
      descEl.text(t('descForward', { step: cur + 1, steps: stepsUsed(), losses: parts.join(', ') || '–', total: formatValue(total) }));
    } else {
      const norms = specs.filter((s) => gradShown(s.t)).map((s) => `h${s.t + 1} ${formatValue(f.dLdh?.[s.t] ?? Number.NaN)}`);
      const contribs = specs.filter((s) => gradShown(s.t)).map((s) => `${s.t + 1}: ${formatValue(f.whhContrib?.[s.t] ?? Number.NaN)}`);
      descEl.text(t('descBackward', { step: cur + 1, norms: norms.join(', ') || '–', contribs: contribs.join(', ') || '–' }));
    }
  }

  function now(): number {
    return typeof performance !== 'undefined' ? performance.now() : Date.now();
  }

  /** The description changes with every frame during training; rewrite it at most twice a second. */
  function scheduleDescription(): void {
    const elapsed = now() - lastDescAt;
    if (elapsed >= 500) {
      describe();
      return;
    }
    if (descPending) return;
    descPending = true;
    setTimeout(() => {
      if (descPending) describe();
    }, 500 - elapsed);
  }

  // --- public API ----------------------------------------------------------------------------
  function maybeRelayout(animated: boolean): void {
    const key = structureKey();
    if (key === layoutKey) {
      // Same structure (say, the next step of an animation): the text alternative follows at its own pace.
      paint(false);
      return;
    }
    layoutKey = key;
    relayout(animated);
  }

  maybeRelayout(false);

  return {
    update(next) {
      // The first numbers (or their loss) are described at once; later frames at most twice a second.
      const first = (frame === null) !== (next === null);
      frame = next;
      paint(first);
    },
    setConfig(next) {
      const rolledChanged = next.rolled !== config.rolled || next.shape !== config.shape || next.steps !== config.steps;
      config = next;
      maybeRelayout(rolledChanged);
      ensureActiveNode();
    },
    setOptions(o) {
      if (o.t) t = o.t;
      if (o.reducedMotion !== undefined) reduced = o.reducedMotion;
      layoutKey = '';
      maybeRelayout(false);
    },
    highlightWeight(key, pinned = false) {
      if (pinned) pinnedWeight = key;
      else hoveredWeight = key;
      applyWeightHighlight();
    },
    stepExtent(step) {
      const s = specs[step];
      if (!s) return null;
      const cx = colCenter(s);
      const half = config.rolled ? nodeW() / 2 + 20 : geo.colW / 2;
      return { left: cx - half, right: cx + half };
    },
    resize(width) {
      const fsRaw = typeof getComputedStyle === 'function' ? parseFloat(getComputedStyle(svgEl).getPropertyValue('--font-scale')) : NaN;
      fontScale = Number.isFinite(fsRaw) && fsRaw > 0 ? fsRaw : 1;
      availW = Math.max(240, Math.floor(width));
      maybeRelayout(false);
    },
    destroy() {
      descPending = false;
      clearTimeout(settleTimer);
      svg.on('.nav', null).on('.tip', null).on('.weight', null);
      svg.selectAll('*').interrupt('layout');
      svg.selectAll('*').remove();
    },
  };
}

/** The label of a weight for chips and ARIA names: "W_hh", "W_xh^dec". */
export function weightTex(key: WeightKey): string {
  const l = weightLabel(key);
  return `${l.base === 'W′' ? "W'" : 'W'}_{${l.sub}}`;
}
