/**
 * Each node's change against the previous estimate or the baseline, for the node table. A context rather
 * than a prop through the report: when only the deltas change, the table re-renders and the charts do not.
 */
import { createContext } from 'react';
import type { NodeDiff } from '../../../compare/types';

export const NodeDeltasContext = createContext<ReadonlyMap<string, NodeDiff> | null>(null);
