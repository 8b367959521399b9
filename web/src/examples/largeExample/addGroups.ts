/**
 * Channel batches: Group nodes on a grid, each holding LANES_PER_GROUP lanes (copy, image, speech, retrieval,
 * video in turn) below a header strip with the group's brief relay. The brief reaches each row of groups
 * through a row relay, then passes from group to group along the row.
 */
import { addCopyLane } from './copyLane';
import type { GraphBuilder } from './graphBuilder';
import { addImageLane } from './imageLane';
import { COL, LANE_HEIGHT, type LaneBuilder, type LaneContext } from './laneKit';
import { addRetrievalLane } from './retrievalLane';
import { addSpeechLane } from './speechLane';
import { addVideoLane } from './videoLane';

const LANES: readonly LaneBuilder[] = [
  addCopyLane,
  addImageLane,
  addSpeechLane,
  addRetrievalLane,
  addVideoLane,
];
/** Upper bound of nodes per lane (the copy lane has 5). */
const LANE_NODES = 6;
const LANES_PER_GROUP = 4;
// Every group holds LANES_PER_GROUP lanes plus the Group node and its brief relay (and maybe a row relay).
const GROUP_NODES = 3 + LANES_PER_GROUP * LANE_NODES;

const GROUP_COLUMNS = 6;
const GROUP_WIDTH = COL * 7 + 280;
/** Lanes start below a header strip that holds the group's brief relay. */
const GROUP_HEADER = 120;
const GROUP_HEIGHT = LANES_PER_GROUP * LANE_HEIGHT + GROUP_HEADER + 20;
const GROUP_ORIGIN_X = 400;

/** Titles of lane nodes by id suffix, numbered by lane (so profiles and bottleneck lists read well). */
const LANE_TITLES: Record<string, string> = {
  prompt: 'Copy prompt',
  draft: 'Draft',
  edit: 'Edit',
  ideas: 'Poster ideas',
  render: 'Render poster',
  upscale: 'Upscale',
  fit: 'Fit 4:5',
  audio: 'Interview',
  asr: 'Transcribe',
  quotes: 'Pick quotes',
  merge: 'Merge quotes',
  question: 'FAQ question',
  embed: 'Embed FAQ',
  query: 'Retrieve',
  answer: 'Answer FAQ',
  index: 'Index FAQ',
  director: 'Shot director',
  clip: 'Render clip',
  caption: 'Caption',
};

/** Ids of the workflow-wide inputs every row relay reads. */
export interface SharedInputs {
  brief: string;
  styleGuide: string;
}

/**
 * Add whole groups while one more still fits in `targetNodes` (keeping one node spare); returns how many lanes
 * and groups were added.
 */
export function addGroups(
  ctx: Omit<LaneContext, 'brief'>,
  inputs: SharedInputs,
  targetNodes: number,
): { lanes: number; groups: number } {
  const { graph } = ctx;
  const laneCtx: LaneContext = { ...ctx, brief: inputs.brief };
  let lanes = 0;
  let group = 0;
  while (graph.nodes.length + GROUP_NODES + 1 <= targetNodes) {
    const groupId = `group_${group + 1}`;
    // Groups on a grid, so the whole workflow has a screen-like aspect ratio.
    const groupX = GROUP_ORIGIN_X + (group % GROUP_COLUMNS) * (GROUP_WIDTH + 120);
    const groupY = Math.floor(group / GROUP_COLUMNS) * (GROUP_HEIGHT + 120);
    graph.addNode(
      groupId,
      'nodetool.workflows.base_node.Group',
      groupX,
      groupY,
      {},
      { width: GROUP_WIDTH, height: GROUP_HEIGHT, title: `Channel batch ${group + 1}` },
    );
    if (group % GROUP_COLUMNS === 0) laneCtx.brief = addRowBrief(graph, inputs, group, groupY);
    const previousBrief = laneCtx.brief;
    laneCtx.brief = graph.addNode(
      `${groupId}_brief`,
      'nodetool.text.FormatText',
      20,
      30,
      { template: `Batch ${group + 1}: {{ brief }}` },
      { parent: groupId, dyn: { brief: '' }, title: `Brief for batch ${group + 1}`, width: 220 },
    );
    graph.connect(previousBrief, 'output', laneCtx.brief, 'brief', 'str');
    for (let i = 0; i < LANES_PER_GROUP; i += 1) {
      addLaneToGroup(laneCtx, lanes + 1, i * LANE_HEIGHT, groupId);
      lanes += 1;
    }
    group += 1;
  }
  return { lanes, groups: group };
}

/** The relay that starts a row of groups: the brief and the style guide, combined. */
function addRowBrief(graph: GraphBuilder, inputs: SharedInputs, group: number, groupY: number): string {
  const row = Math.floor(group / GROUP_COLUMNS) + 1;
  const rowBrief = graph.addNode(
    `row_${row}_brief`,
    'nodetool.text.FormatText',
    80,
    groupY + 20,
    { template: '{{ brief }}\n{{ style }}' },
    { dyn: { brief: '', style: '' }, title: `Brief for row ${row}`, width: 220 },
  );
  graph.connect(inputs.brief, 'output', rowBrief, 'brief', 'str');
  graph.connect(inputs.styleGuide, 'output', rowBrief, 'style', 'str');
  return rowBrief;
}

/** Build lane `lane` (numbered from 1) and move its nodes into the group, below the header, with titles. */
function addLaneToGroup(ctx: LaneContext, lane: number, y: number, groupId: string): void {
  const { nodes } = ctx.graph;
  const before = nodes.length;
  const prefix = `l${lane}_`;
  const builder = LANES[(lane - 1) % LANES.length] as LaneBuilder;
  builder(ctx, lane, y, prefix);
  // Members of a group store positions relative to the group; lanes sit below the header strip.
  for (const node of nodes.slice(before)) {
    const pos = node.ui_properties.position as { x: number; y: number };
    node.parent_id = groupId;
    node.ui_properties.position = { x: pos.x, y: pos.y + GROUP_HEADER };
    const title = LANE_TITLES[node.id.slice(prefix.length)];
    if (title) node.ui_properties.title = `${title} #${lane}`;
  }
}
