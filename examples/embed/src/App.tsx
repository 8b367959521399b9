/**
 * A host editor in miniature: a React Flow canvas of the workflow, the profiler panel beside it, and a status
 * line fed by the hook. Everything comes from the installed package; the page loads no base CSS of its own.
 */
import { useState } from 'react';
import { Position, ReactFlow, type Edge, type Node } from '@xyflow/react';
import {
  PerformanceProfiler,
  usePerformanceProfiler,
  type EditorEdge,
  type EditorNode,
} from 'workflow-performance-profiler';
import workflow from './workflow.json';

const nodes = workflow.nodes as EditorNode[];
const edges = workflow.edges as EditorEdge[];

/** React Flow's view of the same nodes: default node cards labelled with the node titles. */
const canvasNodes: Node[] = nodes.map((node) => ({
  id: node.id,
  position: node.position,
  data: { label: node.data.title ?? node.id },
  sourcePosition: Position.Right,
  targetPosition: Position.Left,
}));
const canvasEdges: Edge[] = edges.map(({ id, source, target }) => ({ id, source, target }));

/** Reads the panel's profile through the hook (the panel analyses under the default workflow id). */
function HookStatus() {
  const { profile, isAnalyzing } = usePerformanceProfiler();
  if (!profile) return <p data-testid="hook-status">{isAnalyzing ? 'Analysing…' : 'No profile yet'}</p>;
  const { grade, score } = profile.summary;
  return (
    <p data-testid="hook-status">
      From the hook: grade {grade ?? 'none'} (score {score ?? 'none'}), {profile.nodes.length} nodes estimated
    </p>
  );
}

export function App() {
  const [selected, setSelected] = useState<string | null>(null);
  return (
    <main style={{ position: 'fixed', inset: 0, display: 'flex' }}>
      <div style={{ flex: 1, display: 'flex', flexDirection: 'column' }}>
        <HookStatus />
        <div style={{ flex: 1 }}>
          <ReactFlow
            nodes={canvasNodes.map((node) => ({ ...node, selected: node.id === selected }))}
            edges={canvasEdges}
            fitView
          />
        </div>
      </div>
      <div style={{ width: 560, height: '100%' }}>
        <PerformanceProfiler
          nodes={nodes}
          edges={edges}
          selectedNodeId={selected}
          onSelectNode={setSelected}
        />
      </div>
    </main>
  );
}
