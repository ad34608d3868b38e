import { describe, expect, it } from 'vitest';
import { parseParams } from '../../src/app/url-state.ts';
import { LABS, findLab } from '../../src/labs/registry.ts';
import { parseWidget, presetIssues, widgetHash } from '../../src/lessons/widget-spec.ts';

const codes = (content: string) => parseWidget(content).issues.map((i) => i.code);

describe('widget blocks', () => {
  it('reads every field, with a default height', () => {
    expect(parseWidget('lab: gates\ncaption: The LSTM cell.\n').widget).toEqual({ lab: 'gates', preset: '', hide: [], caption: 'The LSTM cell.', height: 560 });
    expect(parseWidget('lab: bille\npreset: ?seed=2\nhide: seed , lr\ncaption: c\nheight: 240').widget).toEqual({
      lab: 'bille', preset: 'seed=2', hide: ['seed', 'lr'], caption: 'c', height: 240,
    });
  });

  it('requires a lab and a caption', () => {
    expect(codes('preset: seed=1')).toEqual(['widget-required', 'widget-required']);
    expect(parseWidget('lab: bille').widget).toBeNull();
  });

  it('refuses unknown keys, repeated keys, lines that are not key: value, and heights out of 240..900', () => {
    expect(codes('lab: bille\ncaption: c\ncolor: red')).toEqual(['widget-key']);
    expect(codes('lab: bille\nlab: gates\ncaption: c')).toEqual(['widget-repeated']);
    expect(codes('lab: bille\ncaption: c\njust words')).toEqual(['widget-line']);
    for (const h of ['239', '901', '5e2', '500px', '-300']) expect(codes(`lab: bille\ncaption: c\nheight: ${h}`), h).toEqual(['widget-height']);
    expect(codes('lab: bille\ncaption: c\nheight: 900')).toEqual([]);
  });

  it('refuses a lab the registry does not have', () => {
    expect(parseWidget('lab: transformer\ncaption: c').issues).toEqual([{ code: 'widget-lab', params: { lab: 'transformer' } }]);
  });
});

describe('preset validation against the lab schemas', () => {
  it('accepts each lab\'s defaults, written as a share link', () => {
    for (const lab of LABS) {
      const defaults = parseParams(lab.schema, '').values;
      const preset = new URLSearchParams(Object.entries(defaults).map(([k, v]) => [k, String(v)])).toString();
      expect(presetIssues(lab.name, preset, []), lab.name).toEqual([]);
    }
  });

  it('refuses an unknown key, a bad value, an out-of-range value and a repeated key, as the lab would', () => {
    const issues = presetIssues('bille', 'seed=1&colour=red&lr=fast&hidden=99&seed=2', []);
    expect(issues.map((i) => [i.params['key'], i.params['reason']])).toEqual([
      ['colour', 'unknown'], ['lr', 'not-a-number'], ['hidden', 'above-max'], ['seed', 'repeated'],
    ]);
  });

  it('refuses the reserved keys in a preset (hidden controls and language have their own lines)', () => {
    expect(presetIssues('bille', 'seed=1&lang=fr&embed=1&hide=seed', []).map((i) => `${i.code}:${i.params['key']}`)).toEqual([
      'widget-reserved:lang', 'widget-reserved:embed', 'widget-reserved:hide',
    ]);
  });

  it('only hides what the lab lets a link hide', () => {
    const bille = findLab('bille');
    expect(bille?.hideable).toContain('step');
    expect(presetIssues('bille', '', ['step', 'seed'])).toEqual([]);
    expect(presetIssues('bille', '', ['everything']).map((i) => i.code)).toEqual(['widget-hide']);
  });
});

describe('the widget address', () => {
  it('carries the preset, the hidden controls, the lesson language and embed=1', () => {
    const w = { lab: 'bille', preset: 'seed=1&lr=0.1', hide: ['seed', 'lr'], caption: 'c', height: 560 };
    expect(widgetHash(w, 'ar', true)).toBe('#/lab/bille?seed=1&lr=0.1&hide=seed,lr&lang=ar&embed=1');
    expect(widgetHash({ ...w, preset: '', hide: [] }, 'fr', false)).toBe('#/lab/bille?lang=fr');
  });
});
