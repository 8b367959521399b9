/**
 * @jest-environment node
 *
 * The CLI and the panel give the same numbers for the same assumptions: the CLI's own argument parsing and
 * option building on one side, the profiler store with the same values set through its actions (what the
 * panel's Assumptions section and "Define metrics" form call) on the other.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CustomMetric, Profile } from '../../web/src/profiling';
import { writeCustomMetricsFile } from '../../web/src/profiling';
import { createPerformanceProfileStore } from '../../web/src/stores/PerformanceProfileStore';
import { toEditorWorkflow } from '../../web/src/workflow/convertWorkflow';
import type { EditorEdge, EditorNode } from '../../web/src/workflow/nodetoolTypes';
import { runCliCapture } from './runCliCapture';

const root = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'parity-'));

async function profileInStore(
  file: string,
  set: (store: ReturnType<typeof createPerformanceProfileStore>) => void,
): Promise<Profile> {
  const workflow = toEditorWorkflow(JSON.parse(readFileSync(join(root, file), 'utf8')));
  const store = createPerformanceProfileStore();
  set(store);
  const profile = await store
    .getState()
    .analyzeWorkflow(
      'wf',
      workflow.nodes as unknown as EditorNode[],
      workflow.edges as unknown as EditorEdge[],
    );
  if (!profile) throw new Error('no profile');
  return profile;
}

async function profileInCli(argv: string[]): Promise<Profile> {
  const out = await runCliCapture([...argv, '--format', 'json'], root);
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as Profile;
}

/**
 * Everything but the time of the analysis and the workflow name (the editor keeps it apart); the CLI's JSON
 * adds `actual: null` (no measured runs) to the summary and each node.
 */
function comparable(profile: Profile) {
  const strip = <T extends object>(value: T) => {
    const { actual: _actual, ...rest } = value as T & { actual?: unknown };
    return rest;
  };
  return {
    options: profile.options,
    summary: strip(profile.summary),
    nodes: profile.nodes.map(strip),
    schedule: profile.schedule,
    suggestions: profile.suggestions,
  };
}

describe('CLI and panel agree for the same assumptions', () => {
  it('Poster series with 6 items, 2 workers, 2 GPU lanes and assumption overrides', async () => {
    const file = 'web/src/examples/sd-list-pipeline.json';
    const cli = await profileInCli([
      file,
      '--items',
      '6',
      '--workers=2',
      '--gpu-lanes',
      '2',
      '--assume',
      'outputTokens=300,diskGBs=4',
    ]);
    const panel = await profileInStore(file, (store) => {
      const s = store.getState();
      s.setAssumption('wf', 'defaultItemCount', 6);
      s.setAssumption('wf', 'workers', 2);
      s.setAssumption('wf', 'gpuLanes', 2);
      s.setAssumption('wf', 'outputTokens', 300);
      s.setAssumption('wf', 'diskGBs', 4);
    });
    expect(comparable(panel)).toEqual(comparable(cli));
    // The values took effect: six SDXL runs, the assumptions recorded on the nodes.
    const sdxl = cli.nodes.find((n) => n.id === 'sdxl');
    expect(sdxl?.details.itemCount).toBe(6);
    expect(cli.options).toEqual({ workers: 2, gpuLanes: 2, defaultItemCount: 6 });
    const writer = cli.nodes.find((n) => n.id === 'prompts');
    expect(writer?.details.assumptions).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: 'outputTokens', value: 300, editable: true })]),
    );
  });

  it('differs from the defaults (the test would catch options that are ignored)', async () => {
    const file = 'web/src/examples/sd-list-pipeline.json';
    const plain = await profileInCli([file]);
    const six = await profileInStore(file, (store) =>
      store.getState().setAssumption('wf', 'defaultItemCount', 6),
    );
    expect(six.summary.totalRuntimeMs).toBeGreaterThan(plain.summary.totalRuntimeMs);
  });

  it('Meeting notes with a 10-minute recording on an Apple M3 Pro', async () => {
    const file = 'web/src/examples/speech-summary.json';
    const cli = await profileInCli([file, '--hardware', 'apple-m3-pro', '--assume', 'audioSeconds=600']);
    const panel = await profileInStore(file, (store) => {
      store.getState().setHardware('apple-m3-pro');
      store.getState().setAssumption('wf', 'audioSeconds', 600);
    });
    expect(comparable(panel)).toEqual(comparable(cli));
    expect(cli.nodes.some((n) => n.details.audioSeconds === 600)).toBe(true);
  });

  it('custom metric definitions: --metrics file and the form give the same profile', async () => {
    const file = 'web/src/runs/__fixtures__/nodetool-runs/02-diamond.workflow.json';
    const metric: CustomMetric = {
      type: 'study.Sleep',
      category: 'control',
      runtimeMs: 500,
      memoryMb: 10,
      vramMb: 0,
      device: 'cpu',
      note: 'designed sleep',
    };
    const metricsFile = join(dir, 'metrics.json');
    writeFileSync(metricsFile, writeCustomMetricsFile([metric]));
    const cli = await profileInCli([file, '--metrics', metricsFile]);
    const panel = await profileInStore(file, (store) => store.getState().setCustomMetric('wf', metric));
    expect(comparable(panel)).toEqual(comparable(cli));
    expect(cli.summary.unknownTypes).toEqual([]);
    const sleep = cli.nodes.find((n) => n.type === 'study.Sleep');
    expect(sleep).toMatchObject({ known: true, runtimeMs: 500 });
    expect(sleep?.details.source).toContain('designed sleep');
  });
});
