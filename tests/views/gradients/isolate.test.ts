import { describe, expect, it } from 'vitest';
import { isolateNotation } from '../../../src/views/gradients/common/isolate.ts';

const L = '\u2066';
const P = '\u2069';

describe('notation inside Arabic sentences', () => {
  it('isolates each formula and number as one left-to-right unit', () => {
    expect(isolateNotation('ينتقل ‖∂h_T/∂h_t‖ من 4 إلى 10⁻¹⁵.')).toBe(`ينتقل ${L}‖∂h_T/∂h_t‖${P} من ${L}4${P} إلى ${L}10⁻¹⁵${P}.`);
    expect(isolateNotation('عند ρ = 0.5 يصل')).toBe(`عند ${L}ρ = 0.5${P} يصل`);
    expect(isolateNotation('(ρ s̄)ⁿ، ρ = 1.5')).toBe(`${L}(ρ s̄)ⁿ${P}، ${L}ρ = 1.5${P}`);
  });

  it('leaves brackets and punctuation that belong to the sentence outside', () => {
    expect(isolateNotation('تقريبًا (تلاشٍ)؛ ρ^49 = 4.25 × 10⁸. وينتقل')).toBe(`تقريبًا (تلاشٍ)؛ ${L}ρ^49 = 4.25 × 10⁸${P}. وينتقل`);
    expect(isolateNotation('بلدًا (من A إلى D)')).toBe(`بلدًا (من ${L}A${P} إلى ${L}D${P})`);
    expect(isolateNotation('(اضغط «خطوة»).')).toBe('(اضغط «خطوة»).');
    expect(isolateNotation('تدريب: ‖∂L/∂h_t‖، أي')).toBe(`تدريب: ${L}‖∂L/∂h_t‖${P}، أي`);
    expect(isolateNotation('المسافة T − t (خطوات إلى الوراء)')).toBe(`المسافة ${L}T − t${P} (خطوات إلى الوراء)`);
  });

  it('isolates a label with no Arabic as a whole, so a legend reads ‖∂L/∂h_t‖ on an Arabic page', () => {
    expect(isolateNotation('‖∂L/∂h_t‖')).toBe(`${L}‖∂L/∂h_t‖${P}`);
    expect(isolateNotation('…')).toBe('…');
  });
});
