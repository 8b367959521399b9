import { parseCsv } from '../csv';
import { compareGgufSizes, compareLlmThroughput, type Skipped } from '../llm';
import { errorFactor, summarize } from '../stats';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and CRLF', () => {
    const rows = parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\r\n2,,z\n');
    expect(rows).toEqual([
      { a: '1', b: 'x, y', c: 'say "hi"' },
      { a: '2', b: '', c: 'z' },
    ]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

describe('summarize', () => {
  it('computes error factors symmetrically', () => {
    expect(errorFactor(2, 1)).toBe(2);
    expect(errorFactor(1, 2)).toBe(2);
    expect(errorFactor(0, 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('reports shares within 1.5× / 2×, the median factor and the worst rows', () => {
    const s = summarize(
      'q',
      'u',
      [
        { label: 'a', predicted: 1, observed: 1 },
        { label: 'b', predicted: 1.4, observed: 1 },
        { label: 'c', predicted: 1, observed: 1.8 },
        { label: 'd', predicted: 3, observed: 1 },
      ],
      { describe: '≥ 50 % within 1.5×', check: (x) => x.within15 >= 0.5 },
    );
    expect(s.within15).toBe(0.5);
    expect(s.within2).toBe(0.75);
    expect(s.medianFactor).toBeCloseTo(1.6, 6);
    expect(s.worst[0]?.label).toBe('d');
    expect(s.met).toBe(true);
  });

  it('never meets a target with no rows', () => {
    expect(summarize('q', 'u', [], { describe: 'x', check: () => true }).met).toBe(false);
  });
});

describe('calibration comparisons', () => {
  it('compares llama-bench rows through the estimator formulas', () => {
    const skipped: Skipped[] = [];
    const { decode, prefill } = compareLlmThroughput(
      [
        {
          device: 'NVIDIA RTX 4090 24GB',
          model: 'LLaMA-2 7B',
          model_params_b: '6.74',
          quant: 'Q4_0',
          test: 'tg',
          tokens_per_s: '149.37',
        },
        {
          device: 'NVIDIA RTX 4090 24GB',
          model: 'LLaMA-2 7B',
          model_params_b: '6.74',
          quant: 'Q4_0',
          test: 'pp',
          tokens_per_s: '5531.19',
        },
        {
          device: 'Some Unknown Board',
          model: 'LLaMA-2 7B',
          model_params_b: '6.74',
          quant: 'Q4_0',
          test: 'tg',
          tokens_per_s: '1',
        },
      ],
      skipped,
    );
    expect(decode).toHaveLength(1);
    expect(prefill).toHaveLength(1);
    expect(errorFactor(decode[0]!.predicted, decode[0]!.observed)).toBeLessThan(1.5);
    expect(skipped[0]?.reason).toBe('device not mapped');
  });

  it('compares GGUF sizes in GiB and bits per weight', () => {
    const rows = compareGgufSizes(
      [
        {
          model: 'Llama-3.1-8B',
          model_params_b: '8.03',
          quant: 'Q4_K_M',
          size: '4.58',
          unit: 'GiB',
          bits_per_weight_reported: '',
        },
        {
          model: 'Llama-2-13B',
          model_params_b: '13.02',
          quant: 'Q5_K_M',
          size: '',
          unit: '',
          bits_per_weight_reported: '5.67',
        },
      ],
      [],
    );
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(errorFactor(r.predicted, r.observed)).toBeLessThan(1.02);
  });
});
