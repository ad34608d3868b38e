// The engine against the PyTorch reference cases, and the checker against
// corrupted copies of them (a checker that cannot fail proves nothing).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReferenceText } from '../../src/engine/reference/run.ts';
import { withinTolerance } from '../../src/engine/reference/compare.ts';

const DIR = join('tests', 'fixtures', 'reference');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json')).sort();

function read(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Record<string, unknown>;
}

describe('PyTorch reference cases', () => {
  it('finds the cases', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(14);
  });

  for (const file of FILES) {
    it(file, () => {
      const r = runReferenceText(file, readFileSync(join(DIR, file), 'utf8'));
      expect(r.line).toBe(`PASS ${file.replace(/\.json$/, '')}`);
      expect(r.ok).toBe(true);
    });
  }
});

describe('the reference checker', () => {
  it('applies FORMAT.md tolerance, relative below 1e-5', () => {
    expect(withinTolerance(1 + 0.5e-4, 1)).toBe(true);
    expect(withinTolerance(1 + 2e-4, 1)).toBe(false);
    expect(withinTolerance(1.0005e-12, 1e-12)).toBe(true);
    expect(withinTolerance(1.01e-12, 1e-12)).toBe(false);
    expect(withinTolerance(0, 1e-12)).toBe(false);
    expect(withinTolerance(NaN, 1)).toBe(false);
  });

  it('fails a layer case whose gradient was altered, naming the field and index', () => {
    const c = read('layer-lstm-h4-t5.json');
    const grads = c.grads as Record<string, number[][]>;
    grads.weight_hh_l0![2]![1]! += 1e-3;
    const r = runReferenceText('corrupt', JSON.stringify(c));
    expect(r.ok).toBe(false);
    expect(r.line).toMatch(/^FAIL layer-lstm-h4-t5: grads\.weight_hh_l0\[9\] got \S+ want \S+$/);
  });

  it('fails a train case whose final weights were altered', () => {
    const c = read('train-onehot-rnn_tanh-sgd-bill.json');
    const after = (c.expected as { params_after: Record<string, number[]> }).params_after;
    after['head.bias']![3]! *= 1.01;
    const r = runReferenceText('corrupt', JSON.stringify(c));
    expect(r.line).toMatch(/^FAIL train-onehot-rnn_tanh-sgd-bill: params_after\.head\.bias\[3\]/);
  });

  it('reports a malformed case instead of crashing', () => {
    const r = runReferenceText('broken.json', '{"kind": "layer", "name": "x", "cell": "lstm_fancy"}');
    expect(r.ok).toBe(false);
    expect(r.line).toMatch(/^ERROR broken\.json: .*cell: expected one of .*got "lstm_fancy"/);
    expect(runReferenceText('notjson.json', '{').line).toMatch(/^ERROR notjson\.json: /);
  });

  it('the script prints PASS/FAIL lines and a summary, and exits non-zero on a failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reference-'));
    writeFileSync(join(dir, 'a-good.json'), readFileSync(join(DIR, 'layer-gru-reset_before-h4-t5.json')));
    const bad = read('layer-rnn_relu-h4-t5.json');
    (bad.output as number[][])[1]![2]! += 0.5;
    writeFileSync(join(dir, 'b-bad.json'), JSON.stringify(bad));
    writeFileSync(join(dir, 'c-broken.json'), '{ not json');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'reference.ts'), dir], { encoding: 'utf8' });
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe('PASS layer-gru-reset_before-h4-t5');
    expect(lines[1]).toMatch(/^FAIL layer-rnn_relu-h4-t5: output\[6\] got \S+ want \S+$/);
    expect(lines[2]).toMatch(/^ERROR .*c-broken\.json: /);
    expect(lines[3]).toBe('1 passed, 2 failed');
    expect(run.status).toBe(1);

    const ok = spawnSync(process.execPath, ['--import', 'tsx', join('scripts', 'reference.ts'), join(dir, 'a-good.json')], { encoding: 'utf8' });
    expect(ok.stdout.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
    expect(ok.status).toBe(0);
  });
});
