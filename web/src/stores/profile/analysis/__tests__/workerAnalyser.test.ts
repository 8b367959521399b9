/**
 * @jest-environment node
 *
 * The analysis worker's protocol and queue, over a real MessageChannel (structured clone, as between a page
 * and its worker): the same profile as this thread's analysis, coded errors kept, superseded passes dropped
 * or stopped, rules with functions and crashed workers falling back to this thread.
 */
import {
  createBuiltinMetricTable,
  DEFAULT_HARDWARE_ID,
  isProfileError,
  registerMetricRule,
  resolveHardware,
  type NodeMetricDefinition,
  type Profile,
} from '../../../../profiling';
import {
  duplicateIds,
  loadAgentChain,
  loadLargeBatch,
  smallChain,
} from '../../../__tests__/workflowFixtures';
import type { EditorEdge, EditorNode } from '../../../../workflow/nodetoolTypes';
import type { AnalysisService } from '../analysisService';
import { createAnalysisService } from '../analysisService';
import { buildAnalysisJob } from '../buildAnalysisJob';
import { createMainThreadAnalyser, type AnalysisJob, type ProfileAnalyser } from '../profileAnalyser';
import { NODES_PER_PART, ROWS_PER_PART } from '../runInParts';
import { createWorkerAnalyser } from '../workerAnalyser';
import { createChannelWorker, type ChannelWorker } from './channelWorker';

const slowHttp: NodeMetricDefinition = {
  category: 'http',
  baseComplexity: 4,
  defaults: { runtimeMs: 45_000, memoryMb: 30, vramMb: 0, device: 'remote' },
  source: 'test: measured on the acme API',
};

function jobFor(
  graph: { nodes: EditorNode[]; edges: EditorEdge[] },
  { suggestions = true, rules = [] as Array<{ pattern: string; definition: NodeMetricDefinition }> } = {},
  isWanted: () => boolean = () => true,
): AnalysisJob {
  const metrics = rules.reduce(
    (table, rule) => registerMetricRule(table, rule.pattern, rule.definition),
    createBuiltinMetricTable(),
  );
  return {
    request: {
      graph,
      options: { hardware: resolveHardware(DEFAULT_HARDWARE_ID), suggestions },
      metricRules: rules,
    },
    metrics,
    postable: rules.every((rule) => rule.definition.estimate === undefined),
    isWanted,
  };
}

/** Profiles carry the time they were generated; everything else must be equal. */
function withoutTime(profile: Profile | null): unknown {
  expect(profile).not.toBeNull();
  return { ...profile!, generatedAt: 'same' };
}

const analysers: ProfileAnalyser[] = [];
afterEach(() => {
  for (const analyser of analysers.splice(0)) analyser.dispose();
});

function workerAnalyser(
  createWorker: () => ChannelWorker,
  options: {
    abandonAfterMs?: number;
    fallback?: ProfileAnalyser;
    onWorkerFailure?: (reason: string) => void;
  } = {},
) {
  const analyser = createWorkerAnalyser({ createWorker, ...options });
  analysers.push(analyser);
  return analyser;
}

describe('analysis in a worker', () => {
  it('gives the profile this thread gives, with and without suggestions, with a registered rule', async () => {
    const analyser = workerAnalyser(() => createChannelWorker());
    const main = createMainThreadAnalyser();
    const rules = [{ pattern: 'nodetool.agents.*', definition: slowHttp }];
    for (const graph of [loadAgentChain(), smallChain()])
      for (const suggestions of [false, true]) {
        const inWorker = await analyser.analyse(jobFor(graph, { suggestions, rules }));
        const here = await main.analyse(jobFor(graph, { suggestions, rules }));
        expect(withoutTime(inWorker)).toEqual(withoutTime(here));
      }
    expect(analyser.thread).toBe('worker');
  });

  it('carries a workflow’s own options (lanes, items, assumptions, custom metrics) to the worker', async () => {
    const analyser = workerAnalyser(() => createChannelWorker());
    const graph = loadAgentChain();
    const settings = {
      metrics: createBuiltinMetricTable(),
      registeredMetrics: [],
      hardwareSpec: resolveHardware(DEFAULT_HARDWARE_ID),
    };
    const workflowOptions = {
      workers: 2,
      gpuLanes: 2,
      defaultItemCount: 6,
      assumptions: { outputTokens: 900 },
      customMetrics: [
        {
          type: 'nodetool.agents.*',
          category: 'llm' as const,
          runtimeMs: 12_345,
          memoryMb: 10,
          vramMb: 0,
          device: 'remote' as const,
        },
      ],
    };
    const job = (options?: typeof workflowOptions) =>
      buildAnalysisJob(
        graph.nodes,
        graph.edges,
        { ...settings, workflowOptions: options },
        false,
        () => true,
      );
    const inWorker = await analyser.analyse(job(workflowOptions));
    const here = await createMainThreadAnalyser().analyse(job(workflowOptions));
    const plain = await createMainThreadAnalyser().analyse(job());
    expect(withoutTime(inWorker)).toEqual(withoutTime(here));
    expect(inWorker!.options).toMatchObject({ workers: 2, gpuLanes: 2, defaultItemCount: 6 });
    expect(inWorker!.nodes.some((n) => n.runtimeMs === 12_345)).toBe(true);
    expect(withoutTime(inWorker)).not.toEqual(withoutTime(plain));
  });

  it('the 1,000-node example survives the structured clone both ways and equals this thread’s profile', async () => {
    const analyser = workerAnalyser(() => createChannelWorker());
    const graph = loadLargeBatch();
    const inWorker = await analyser.analyse(jobFor(graph));
    const here = await createMainThreadAnalyser().analyse(jobFor(graph));
    expect(inWorker!.nodes).toHaveLength(1000);
    expect(withoutTime(inWorker)).toEqual(withoutTime(here));
  });

  it('posts a large graph in slices, once per graph, and fetches the profile in slices', async () => {
    const service = createAnalysisService();
    const nodeParts: number[] = [];
    const rowParts: number[] = [];
    const spying: AnalysisService = {
      ...service,
      receiveGraphPart: (graphId, part, items) => {
        if (part === 'nodes') nodeParts.push(items.length);
        service.receiveGraphPart(graphId, part, items);
      },
      takeResultPart: (field, from, to) => {
        const part = service.takeResultPart(field, from, to);
        if (field === 'nodes') rowParts.push(part.length);
        return part;
      },
    };
    const analyser = workerAnalyser(() => createChannelWorker(spying));
    const graph = loadLargeBatch();
    const quick = await analyser.analyse(jobFor(graph, { suggestions: false }));
    expect(nodeParts.reduce((sum, n) => sum + n, 0)).toBe(1000);
    expect(Math.max(...nodeParts)).toBeLessThanOrEqual(NODES_PER_PART);
    expect(Math.max(...rowParts)).toBeLessThanOrEqual(ROWS_PER_PART);
    expect(quick!.nodes).toHaveLength(1000);
    // The second pass of the same arrays does not post the graph again.
    const before = nodeParts.length;
    await analyser.analyse(jobFor(graph, { suggestions: true }));
    expect(nodeParts.length).toBe(before);
    // An edit: new arrays, one node object replaced — only that node is sent, and the profile is right.
    const patches: number[] = [];
    spying.patchGraph = (fromId, toId, changes) => {
      patches.push(changes.nodes.length + changes.edges.length);
      return service.patchGraph(fromId, toId, changes);
    };
    const edited = graph.nodes.map((node, index) =>
      index === 3 ? { ...node, data: { ...node.data, title: 'Edited title' } } : node,
    );
    const editedProfile = await analyser.analyse(
      jobFor({ nodes: edited, edges: graph.edges }, { suggestions: false }),
    );
    expect(patches).toEqual([1]);
    expect(nodeParts.length).toBe(before);
    const here = await createMainThreadAnalyser().analyse(
      jobFor({ nodes: edited, edges: graph.edges }, { suggestions: false }),
    );
    expect(withoutTime(editedProfile)).toEqual(withoutTime(here));
    // An edit after React Flow measured and selected many cards (new objects, same analysis): one entry sent.
    const viewed = edited.map((node, index) =>
      index === 7
        ? { ...node, data: { ...node.data, properties: { ...node.data.properties, extra: 1 } } }
        : { ...node, measured: { width: 200, height: 80 }, selected: index === 9 },
    );
    const viewedProfile = await analyser.analyse(
      jobFor({ nodes: viewed, edges: graph.edges.map((edge) => ({ ...edge, selected: false })) }),
    );
    expect(patches).toEqual([1, 1]);
    expect(nodeParts.length).toBe(before);
    const viewedHere = await createMainThreadAnalyser().analyse(
      jobFor({ nodes: viewed, edges: graph.edges }),
    );
    expect(withoutTime(viewedProfile)).toEqual(withoutTime(viewedHere));
    // A node added (another length): posted whole again.
    await analyser.analyse(
      jobFor({ nodes: [...edited, { ...edited[0]!, id: 'extra' }], edges: graph.edges }),
    );
    expect(nodeParts.length).toBeGreaterThan(before);
  });

  it('keeps a coded, located ProfileError across the thread boundary', async () => {
    const analyser = workerAnalyser(() => createChannelWorker());
    const thrown = await analyser.analyse(jobFor(duplicateIds())).catch((error: unknown) => error);
    const local = await createMainThreadAnalyser()
      .analyse(jobFor(duplicateIds()))
      .catch((error: unknown) => error);
    expect(isProfileError(thrown)).toBe(true);
    expect(isProfileError(local)).toBe(true);
    if (!isProfileError(thrown) || !isProfileError(local)) return;
    expect(thrown.code).toBe(local.code);
    expect(thrown.message).toBe(local.message);
    expect(thrown.nodeId).toBe(local.nodeId);
    expect(thrown.issues).toEqual(local.issues);
  });

  it('drops a queued pass superseded before the worker was free, without running it', async () => {
    const service = createAnalysisService();
    const seen: number[] = [];
    const received = new Map<number, number>();
    const counting: AnalysisService = {
      ...service,
      receiveGraphPart: (graphId, part, items) => {
        if (part === 'nodes') received.set(graphId, (received.get(graphId) ?? 0) + items.length);
        service.receiveGraphPart(graphId, part, items);
      },
      analyseGraph: (graphId, options, rules) => {
        seen.push(received.get(graphId) ?? 0);
        return service.analyseGraph(graphId, options, rules);
      },
    };
    const analyser = workerAnalyser(() => createChannelWorker(counting));
    let secondWanted = true;
    const first = analyser.analyse(jobFor(loadAgentChain()));
    const second = analyser.analyse(jobFor(smallChain(), {}, () => secondWanted));
    const third = analyser.analyse(jobFor(smallChain()));
    secondWanted = false; // a newer analysis superseded it while the first was running
    expect(await first).not.toBeNull();
    expect(await second).toBeNull();
    expect(await third).not.toBeNull();
    expect(seen).toEqual([loadAgentChain().nodes.length, smallChain().nodes.length]);
  });

  it('stops a superseded pass that runs too long: the worker is terminated and a fresh one takes the next', async () => {
    const workers: ChannelWorker[] = [];
    let inEngine!: () => void;
    const engineStarted = new Promise<void>((resolve) => (inEngine = resolve));
    const never: AnalysisService = {
      ...createAnalysisService(),
      analyseGraph: () => {
        inEngine();
        return new Promise(() => undefined) as never;
      },
    };
    const analyser = workerAnalyser(
      () => {
        const worker = createChannelWorker(workers.length === 0 ? never : createAnalysisService());
        workers.push(worker);
        return worker;
      },
      { abandonAfterMs: 20 },
    );
    let firstWanted = true;
    const first = analyser.analyse(jobFor(loadAgentChain(), {}, () => firstWanted));
    // Superseded once it is inside the engine (earlier, it would stop at the next part of its graph).
    await engineStarted;
    firstWanted = false;
    const next = analyser.analyse(jobFor(smallChain()));
    expect(await first).toBeNull();
    expect((await next)!.nodes).toHaveLength(smallChain().nodes.length);
    expect(workers).toHaveLength(2);
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.terminated).toBe(false);
  });

  it('a superseded pass stops at the next part without restarting the worker', async () => {
    let created = 0;
    const analyser = workerAnalyser(
      () => {
        created += 1;
        return createChannelWorker();
      },
      { abandonAfterMs: 0 },
    );
    let wanted = true;
    const pass = analyser.analyse(jobFor(loadAgentChain(), {}, () => wanted));
    wanted = false;
    expect(await pass).toBeNull();
    expect(created).toBe(1);
    expect(await analyser.analyse(jobFor(loadAgentChain()))).not.toBeNull();
    expect(created).toBe(1);
  });

  it('runs a pass whose metric rules hold functions on this thread (they cannot be posted)', async () => {
    const fallbackJobs: AnalysisJob[] = [];
    const main = createMainThreadAnalyser();
    const fallback: ProfileAnalyser = {
      thread: 'main',
      analyse: (job) => {
        fallbackJobs.push(job);
        return main.analyse(job);
      },
      dispose: () => undefined,
    };
    let created = 0;
    const analyser = workerAnalyser(
      () => {
        created += 1;
        return createChannelWorker();
      },
      { fallback },
    );
    const withFunction: NodeMetricDefinition = {
      ...slowHttp,
      estimate: () => {
        throw new Error('not reached: the default is used when the estimator throws');
      },
    };
    const job = jobFor(smallChain(), {
      rules: [{ pattern: 'nodetool.agents.Agent', definition: withFunction }],
    });
    expect(job.postable).toBe(false);
    await analyser.analyse(job).catch(() => undefined);
    expect(fallbackJobs).toEqual([job]);
    expect(created).toBe(0);
  });

  it('a crashed worker: the pass it ran and every later one run on this thread, and the failure is told once', async () => {
    const reasons: string[] = [];
    const hanging: AnalysisService = {
      ...createAnalysisService(),
      analyseGraph: () => new Promise(() => undefined) as never,
    };
    let worker: ChannelWorker | null = null;
    const analyser = workerAnalyser(
      () => {
        worker = createChannelWorker(hanging);
        return worker;
      },
      { onWorkerFailure: (reason) => reasons.push(reason) },
    );
    const pass = analyser.analyse(jobFor(smallChain()));
    await new Promise((resolve) => setTimeout(resolve, 5));
    worker!.crash('out of memory');
    expect((await pass)!.nodes).toHaveLength(smallChain().nodes.length);
    expect(analyser.thread).toBe('main');
    expect((await analyser.analyse(jobFor(loadAgentChain())))!.nodes.length).toBeGreaterThan(0);
    expect(reasons).toEqual(['the analysis worker failed: out of memory']);
  });

  it('a worker that cannot start: passes run on this thread', async () => {
    const reasons: string[] = [];
    const analyser = workerAnalyser(
      () => {
        throw new Error('module workers are not supported');
      },
      { onWorkerFailure: (reason) => reasons.push(reason) },
    );
    expect((await analyser.analyse(jobFor(smallChain())))!.nodes).toHaveLength(smallChain().nodes.length);
    expect(analyser.thread).toBe('main');
    expect(reasons).toEqual(['the analysis worker could not start: module workers are not supported']);
  });
});
