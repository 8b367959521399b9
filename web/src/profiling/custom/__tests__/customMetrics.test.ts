/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { profileWorkflow } from '../../profile/profileWorkflow';
import { listAssumptions } from '../../profile/listAssumptions';
import type { CustomMetric } from '../../types';
import { readCustomMetric, readCustomMetricsFile, writeCustomMetricsFile } from '../customMetrics';

const metric: CustomMetric = {
  type: 'acme.Resize',
  category: 'image-op',
  runtimeMs: 120,
  memoryMb: 50,
  vramMb: 0,
  device: 'cpu',
};

describe('custom metric definitions', () => {
  it.each([
    [{ ...metric, type: '' }, /metric\.type/],
    [{ ...metric, type: 'a*b' }, /metric\.type.*one "\*"/],
    [{ ...metric, category: 'gpu-stuff' }, /metric\.category.*one of/],
    [{ ...metric, device: 'tpu' }, /metric\.device.*gpu, cpu, remote or none/],
    [{ ...metric, runtimeMs: -1 }, /metric\.runtimeMs.*from 0 to 2,592,000,000 \(got -1\)/],
    [{ ...metric, memoryMb: Number.NaN }, /metric\.memoryMb/],
    [{ ...metric, vramMb: '8' }, /metric\.vramMb.*\(got "8"\)/],
    [{ ...metric, note: 3 }, /metric\.note/],
  ])('rejects %p naming the field', (value, message) => {
    expect(() => readCustomMetric(value, 'metric')).toThrow(message);
  });

  it('round-trips through the file format; other versions and kinds are refused', () => {
    const text = writeCustomMetricsFile([metric, { ...metric, type: 'acme.*', note: 'measured' }]);
    expect(readCustomMetricsFile(text)).toEqual([metric, { ...metric, type: 'acme.*', note: 'measured' }]);
    expect(() => readCustomMetricsFile('{"version":2,"metrics":[]}')).toThrow(/metrics\.version/);
    expect(() => readCustomMetricsFile('{"kind":"calibration","version":1,"metrics":[]}')).toThrow(
      /metrics\.kind/,
    );
    expect(() => readCustomMetricsFile('not json')).toThrow(/not valid JSON/);
  });

  it('a definition makes its type known, with its figures and its note as the source', () => {
    const workflow = {
      graph: {
        nodes: [
          { id: 'a', type: 'acme.Resize', data: {} },
          { id: 'b', type: 'acme.Other', data: {} },
        ],
        edges: [{ source: 'a', target: 'b' }],
      },
    };
    const plain = profileWorkflow(workflow, { suggestions: false });
    expect(plain.summary.unknownTypes).toEqual(['acme.Other', 'acme.Resize']);
    const defined = profileWorkflow(workflow, {
      suggestions: false,
      customMetrics: [{ ...metric, note: 'timed by hand' }],
    });
    expect(defined.summary.unknownTypes).toEqual(['acme.Other']);
    expect(defined.nodes[0]).toMatchObject({ known: true, runtimeMs: 120, memoryMb: 50, device: 'cpu' });
    expect(defined.nodes[0]?.details.source).toBe('custom metric definition (timed by hand)');
    expect(() => profileWorkflow(workflow, { customMetrics: [{ ...metric, runtimeMs: -5 }] })).toThrow(
      /customMetrics\[0\]\.runtimeMs/,
    );
  });
});

describe('listAssumptions', () => {
  it('gathers each key with its nodes, values and whether it can be changed', () => {
    const json = JSON.parse(
      readFileSync(resolve(__dirname, '../../../examples/speech-summary.json'), 'utf8'),
    );
    const profile = profileWorkflow(json, { suggestions: false, assumptions: { audioSeconds: 600 } });
    const entries = listAssumptions(profile, { assumptions: { audioSeconds: 600 } });
    expect(entries.slice(0, 3).map((e) => e.key)).toEqual(['workers', 'gpuLanes', 'defaultItemCount']);
    const audio = entries.find((e) => e.key === 'audioSeconds');
    expect(audio).toMatchObject({
      editable: true,
      values: [600],
      override: 600,
      nodeIds: ['whisper'],
      scope: 'nodes',
    });
    const tokens = entries.find((e) => e.key === 'outputTokens');
    expect(tokens?.values).toEqual([512, 800]);
    expect(tokens?.nodeIds).toEqual(['summarizer', 'action_items']);
    // Chosen by the estimator from the model, not an input the user can override.
    const fixed = entries.filter((e) => !e.editable).map((e) => e.key);
    expect(fixed).toContain('quantization');
    // Every editable key actually changes the profile when set (none is listed but ignored).
    for (const entry of entries.filter((e) => e.editable && e.scope === 'nodes')) {
      const base = typeof entry.values[0] === 'number' ? entry.values[0] : 1;
      const changed = Math.min(entry.max, Math.max(entry.min, base * 3 + 1));
      const next = profileWorkflow(json, {
        suggestions: false,
        assumptions: { audioSeconds: 600, [entry.key]: changed },
      });
      const used = next.nodes.flatMap((n) => n.details.assumptions).filter((a) => a.key === entry.key);
      expect(
        used.some((a) => a.value === changed || (typeof a.value === 'number' && a.value !== entry.values[0])),
      ).toBe(true);
    }
  });
});
