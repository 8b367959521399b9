/**
 * Bottlenecks: the engine's bottleneck nodes (critical-path nodes with a large share of time, memory hot
 * spots), each with why it is one. Selecting an item selects the node.
 */
import { labelNode } from '../nodeLabel';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import Button from '@mui/material/Button';
import { useState } from 'react';
import type { NodeProfile, Profile } from '../../../profiling/types';
import { approximately, formatDuration, formatMegabytes, formatShare } from '../format';

export interface BottleneckListProps {
  profile: Profile;
  onSelectNode?: (nodeId: string) => void;
}

function describeBottleneck(node: NodeProfile, profile: Profile): string {
  const details = (profile.summary.bottleneckDetails ?? []).filter((detail) => detail.nodeId === node.id);
  if (details.length > 0) {
    return details
      .map((detail) =>
        detail.kind === 'time'
          ? `${formatShare(detail.share)} of the critical path`
          : `memory hot spot: ${formatShare(detail.share)} of usable device memory (${formatMegabytes(Math.max(node.vramMb, node.memoryMb))})`,
      )
      .join(' · ');
  }
  const parts: string[] = [];
  const { totalRuntimeMs, criticalPathMs, peakVramMb } = profile.summary;
  if (node.onCriticalPath && criticalPathMs > 0) {
    parts.push(`${formatShare(node.runtimeMs / criticalPathMs)} of the critical path`);
  } else if (totalRuntimeMs > 0) {
    parts.push(`${formatShare(node.runtimeMs / totalRuntimeMs)} of total runtime`);
  }
  if (node.vramMb > 0 && peakVramMb > 0) parts.push(`${formatMegabytes(node.vramMb)} VRAM`);
  else if (node.memoryMb > 0) parts.push(`${formatMegabytes(node.memoryMb)} RAM`);
  return parts.join(' · ');
}

/** Bottlenecks shown before "Show all". */
const COLLAPSED_COUNT = 5;

export function BottleneckList({ profile, onSelectNode }: BottleneckListProps) {
  const [expanded, setExpanded] = useState(false);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const all = profile.summary.bottlenecks
    .map((id) => byId.get(id))
    .filter((n): n is NodeProfile => n !== undefined);
  const nodes = expanded ? all : all.slice(0, COLLAPSED_COUNT);
  return (
    <Box component="section" aria-labelledby="profiler-bottlenecks-heading">
      <Typography
        id="profiler-bottlenecks-heading"
        variant="subtitle1"
        component="h3"
        sx={{ fontWeight: 600 }}
      >
        Bottlenecks
      </Typography>
      {nodes.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ py: 1 }}>
          No node dominates the runtime or memory of this workflow.
        </Typography>
      ) : (
        <List dense disablePadding aria-label="Bottlenecks">
          {nodes.map((node) => {
            const text = (
              <ListItemText
                primary={
                  <Box component="span" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                    <span>{labelNode(node)}</span>
                    <Chip size="small" label={approximately(formatDuration(node.runtimeMs))} />
                  </Box>
                }
                secondary={`${describeBottleneck(node, profile)} (estimates)`}
              />
            );
            return (
              <ListItem key={node.id} disablePadding>
                {onSelectNode ? (
                  <ListItemButton onClick={() => onSelectNode(node.id)}>{text}</ListItemButton>
                ) : (
                  text
                )}
              </ListItem>
            );
          })}
        </List>
      )}
      {all.length > COLLAPSED_COUNT && (
        <Button size="small" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded}>
          {expanded ? 'Show fewer' : `Show all ${all.length} bottlenecks`}
        </Button>
      )}
    </Box>
  );
}
