/**
 * nodetool.* (nodetool-base): first version, category defaults only.
 */
import { defineCategoryDefault as cat } from '../categoryDefaults';
import type { NodeMetricDefinition } from '../types';

export const NODETOOL_RULES: ReadonlyArray<[string, NodeMetricDefinition]> = [
  ['nodetool.workflows.base_node.Comment', cat('layout', 'layout node: no cost')],
  ['nodetool.workflows.base_node.Preview', cat('layout', 'layout node: no cost')],
  ['nodetool.workflows.base_node.Group', cat('layout', 'layout node: no cost')],
  ['nodetool.agents.*', cat('llm')],
  ['nodetool.llms.*', cat('llm')],
  ['nodetool.generators.*', cat('llm')],
  ['nodetool.input.*', cat('input')],
  ['nodetool.constant.*', cat('input')],
  ['nodetool.output.*', cat('output')],
  ['nodetool.text.*', cat('data')],
  ['nodetool.boolean.*', cat('control')],
  ['nodetool.control.*', cat('control')],
  ['nodetool.image.*', cat('image-op')],
  ['nodetool.audio.*', cat('audio-op')],
  ['nodetool.video.*', cat('video-op')],
];
