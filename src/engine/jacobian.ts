// ‖∂h_T/∂h_t‖ (and ‖∂c_T/∂c_t‖) along the top layer's forward stream: the
// exact product of the step Jacobians J_t = ∂s_t/∂s_{t-1}, where the state s
// is h_t, or (h_t, c_t) for the LSTM and the simple LSTM. Row by row: each
// row of P_t = ∂s_T/∂s_t is an adjoint vector, and P_{t-1} = P_t J_t is one
// step back of the cell for every row, the same step training uses.
// O(T · rows · G·H²) = O(T H³).

import type { RecurrentStack } from './stack.ts';

export class JacobianWorkspace {
  private readonly rows: number;
  private readonly H: number;
  private readonly withC: boolean;
  private ah: Float64Array[];
  private ac: Float64Array[];
  private bh: Float64Array[];
  private bc: Float64Array[];
  private readonly dA: Float64Array;
  private readonly dAh: Float64Array;

  constructor(private readonly stack: RecurrentStack) {
    const s = stack.top;
    this.H = s.H;
    this.withC = s.c.length > 0;
    this.rows = this.withC ? 2 * s.H : s.H;
    const block = (): Float64Array[] => Array.from({ length: this.rows }, () => new Float64Array(s.H));
    this.ah = block();
    this.ac = block();
    this.bh = block();
    this.bc = block();
    this.dA = new Float64Array(s.GH);
    this.dAh = new Float64Array(s.GH);
  }

  /**
   * dhTdh[t] = ‖∂h_{T-1}/∂h_t‖_F and dcTdc[t] = ‖∂c_{T-1}/∂c_t‖_F for t < T
   * (0-based steps of the latest forward pass; t = T-1 gives ‖I‖ = √H).
   */
  compute(T: number, dhTdh: Float64Array, dcTdc: Float64Array | null): void {
    const H = this.H;
    const s = this.stack.top;
    const stepBack = this.stack.ops.stepBack;
    // P_{T-1} = I: row ρ < H is ∂h_{T-1}[ρ]; row ρ >= H is ∂c_{T-1}[ρ - H]
    for (let r = 0; r < this.rows; r++) {
      this.ah[r]!.fill(0);
      this.ac[r]!.fill(0);
      if (r < H) this.ah[r]![r] = 1;
      else this.ac[r]![r - H] = 1;
    }
    this.record(T - 1, dhTdh, dcTdc);
    for (let t = T - 1; t >= 1; t--) {
      for (let r = 0; r < this.rows; r++) {
        stepBack(s, t, this.ah[r]!, this.ac[r]!, this.bh[r]!, this.bc[r]!, this.dA, this.dAh, 0);
      }
      [this.ah, this.bh] = [this.bh, this.ah];
      [this.ac, this.bc] = [this.bc, this.ac];
      this.record(t - 1, dhTdh, dcTdc);
    }
  }

  /** Frobenius norms of the h-block (h rows, h columns) and c-block (c rows, c columns). */
  private record(t: number, dhTdh: Float64Array, dcTdc: Float64Array | null): void {
    const H = this.H;
    let sh = 0;
    for (let r = 0; r < H; r++) {
      const v = this.ah[r]!;
      for (let j = 0; j < H; j++) sh += v[j]! * v[j]!;
    }
    dhTdh[t] = Math.sqrt(sh);
    if (dcTdc === null || !this.withC) return;
    let sc = 0;
    for (let r = H; r < this.rows; r++) {
      const v = this.ac[r]!;
      for (let j = 0; j < H; j++) sc += v[j]! * v[j]!;
    }
    dcTdc[t] = Math.sqrt(sc);
  }
}
