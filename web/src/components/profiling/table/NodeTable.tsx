/**
 * The node table: every node's estimates, sortable by any column, filterable, and paged (MUI
 * TablePagination) so a 1,000-node workflow renders one page at a time. Clicking a row (or Enter on it)
 * selects the node; its Details button opens the node's full breakdown in a panel under the table (outside
 * the horizontally scrolled table, so it is readable at any dock width).
 */
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import FormControlLabel from '@mui/material/FormControlLabel';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { alpha, type Theme } from '@mui/material/styles';
import { useContext, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { NodeDetails } from '../details/NodeDetails';
import { labelNode } from '../nodeLabel';
import { NodeDeltasContext } from '../compare/NodeDeltasContext';
import type { NodeProfile, Profile } from '../../../profiling/types';
import type { MeasuredView } from '../../../runs/measure/buildMeasuredView';
import { formatCount } from '../format';
import { pluralRuns } from '../measured/describeMeasurement';
import type { NodeDiff } from '../../../compare/types';
import { NodeRowCells } from './NodeRowCells';
import { defaultDirection, filterNodes, sortNodes, type NodeSortKey, type SortDirection } from './sortNodes';

interface Column {
  key: NodeSortKey;
  label: string;
  numeric: boolean;
  title: string;
}

const COLUMNS: Column[] = [
  { key: 'title', label: 'Node', numeric: false, title: 'Node title and type' },
  { key: 'complexity', label: 'Complexity', numeric: true, title: 'Estimated computational intensity, 1–20' },
  { key: 'runtimeMs', label: 'Runtime', numeric: true, title: 'Estimated runtime for all items' },
  {
    key: 'actualMs',
    label: 'Actual',
    numeric: true,
    title: 'Measured own-work time: median over the selected runs (! = not trusted)',
  },
  { key: 'memoryMb', label: 'RAM', numeric: true, title: 'Estimated peak host memory' },
  { key: 'vramMb', label: 'VRAM', numeric: true, title: 'Estimated peak GPU memory' },
  { key: 'fanIn', label: 'Fan-in', numeric: true, title: 'Incoming connections (dependencies)' },
  { key: 'fanOut', label: 'Fan-out', numeric: true, title: 'Outgoing connections (dependents)' },
  {
    key: 'slackMs',
    label: 'Slack',
    numeric: true,
    title: 'How long the node can be delayed without delaying the workflow',
  },
  {
    key: 'parallelizable',
    label: 'Parallel',
    numeric: false,
    title: 'Can run at the same time as another node',
  },
  { key: 'confidence', label: 'Confidence', numeric: false, title: 'How sure the estimate is' },
];

const ROWS_PER_PAGE = [10, 25, 50, 100];

/** Id of the details panel the rows' Details buttons control. */
const DETAILS_ID = 'profiler-node-details';

function ExpandIcon({ open }: { open: boolean }) {
  return (
    <svg
      width="18"
      height="18"
      viewBox="0 0 24 24"
      aria-hidden
      focusable="false"
      style={{ transform: open ? 'rotate(180deg)' : undefined }}
    >
      <path fill="currentColor" d="M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z" />
    </svg>
  );
}

/**
 * Scroll cue for a narrow dock: a shadow on the right edge while columns are hidden to the right. The
 * `local` cover moves with the content and hides the fixed (`scroll`) shadow once scrolled to the end.
 */
const scrollCueSx = (theme: Theme) => {
  const paper = theme.palette.background.paper;
  const shadow = alpha(theme.palette.text.primary, 0.18);
  return {
    background: [
      `linear-gradient(to left, ${alpha(paper, 0)}, ${paper} 24px) right center / 32px 100% no-repeat local`,
      `linear-gradient(to left, ${shadow}, ${alpha(shadow, 0)}) right center / 12px 100% no-repeat scroll`,
    ].join(', '),
  };
};

/** The node-name column stays in view while the other columns scroll sideways. */
const stickyNameSx = { position: 'sticky', left: 0, bgcolor: 'background.paper' } as const;

const rowSx = (theme: Theme) => ({
  '& > th[scope="row"]': { ...stickyNameSx, zIndex: 1, borderRight: 1, borderRightColor: 'divider' },
  // The sticky cell is opaque, so it repeats the row's hover/selected tint over the paper colour.
  '&:hover > th[scope="row"]': {
    backgroundImage: `linear-gradient(${theme.palette.action.hover}, ${theme.palette.action.hover})`,
  },
  '&.Mui-selected > th[scope="row"]': {
    backgroundImage: `linear-gradient(${alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity)}, ${alpha(theme.palette.primary.main, theme.palette.action.selectedOpacity)})`,
  },
});

export interface NodeTableProps {
  profile: Profile;
  onSelectNode?: (nodeId: string) => void;
  /** Highlighted row. */
  selectedNodeId?: string | null;
  /** @default 25 */
  initialRowsPerPage?: number;
  /** Measured runs: adds the Actual column. */
  measured?: MeasuredView | null;
  /**
   * Each node's change against the previous estimate or the baseline, shown under its values.
   * @default the NodeDeltasContext's value
   */
  nodeDeltas?: ReadonlyMap<string, NodeDiff> | null;
}

const NO_ACTUALS: Record<string, never> = {};

export function NodeTable({
  profile,
  onSelectNode,
  selectedNodeId,
  initialRowsPerPage = 25,
  measured = null,
  nodeDeltas: givenDeltas,
}: NodeTableProps) {
  const contextDeltas = useContext(NodeDeltasContext);
  const nodeDeltas = givenDeltas === undefined ? contextDeltas : givenDeltas;
  const actuals = measured?.nodes ?? NO_ACTUALS;
  const columns = measured ? COLUMNS : COLUMNS.filter((column) => column.key !== 'actualMs');
  const [sortKey, setSortKey] = useState<NodeSortKey>('runtimeMs');
  const activeSort = !measured && sortKey === 'actualMs' ? 'runtimeMs' : sortKey;
  const [direction, setDirection] = useState<SortDirection>('desc');
  const [query, setQuery] = useState('');
  const [showLayout, setShowLayout] = useState(false);
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(initialRowsPerPage);
  const [expandedId, setExpandedId] = useState<string | null>(null);
  const expandedNode = expandedId === null ? undefined : profile.nodes.find((n) => n.id === expandedId);
  const detailsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (expandedId !== null) detailsRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [expandedId]);

  const layoutCount = useMemo(() => profile.nodes.filter((node) => node.layoutOnly).length, [profile]);
  const rows = useMemo(() => {
    const visible = showLayout ? profile.nodes : profile.nodes.filter((node) => !node.layoutOnly);
    return sortNodes(filterNodes(visible, query), activeSort, direction, actuals);
  }, [profile, showLayout, query, activeSort, direction, actuals]);

  const lastPage = Math.max(0, Math.ceil(rows.length / rowsPerPage) - 1);
  const currentPage = Math.min(page, lastPage);
  const pageRows = rows.slice(currentPage * rowsPerPage, currentPage * rowsPerPage + rowsPerPage);

  const sortBy = (key: NodeSortKey) => {
    if (key === activeSort) setDirection((d) => (d === 'asc' ? 'desc' : 'asc'));
    else {
      setSortKey(key);
      setDirection(defaultDirection(key));
    }
    setPage(0);
  };
  const onRowKeyDown = (event: KeyboardEvent, node: NodeProfile) => {
    if ((event.key === 'Enter' || event.key === ' ') && onSelectNode) {
      event.preventDefault();
      onSelectNode(node.id);
    }
  };

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mb: 1 }}>
        <TextField
          size="small"
          label="Filter nodes"
          placeholder="title, type or id"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setPage(0);
          }}
          sx={{ minWidth: 220 }}
        />
        {layoutCount > 0 && (
          <FormControlLabel
            control={
              <Switch size="small" checked={showLayout} onChange={(_, checked) => setShowLayout(checked)} />
            }
            label={`Show ${formatCount(layoutCount)} layout node${layoutCount === 1 ? '' : 's'} (zero cost)`}
          />
        )}
        <Typography variant="caption" color="text.secondary" sx={{ ml: 'auto' }}>
          {measured
            ? `Estimates, and Actual measured over ${pluralRuns(measured.runs.length)} — hover or focus a value for its source.`
            : 'All figures are estimates — hover or focus a value for its source.'}
        </Typography>
      </Box>
      <TableContainer
        sx={[{ maxHeight: 560, border: 1, borderColor: 'divider', borderRadius: 1 }, scrollCueSx]}
      >
        <Table size="small" stickyHeader aria-label="Nodes" sx={{ '& td, & th': { px: 1 } }}>
          <TableHead>
            <TableRow>
              {columns.map((column, index) => (
                <TableCell
                  key={column.key}
                  align={column.numeric ? 'right' : 'left'}
                  sortDirection={activeSort === column.key ? direction : false}
                  title={column.title}
                  sx={[
                    { whiteSpace: 'nowrap', fontWeight: 600 },
                    index === 0 && {
                      ...stickyNameSx,
                      zIndex: 3,
                      borderRight: 1,
                      borderRightColor: 'divider',
                    },
                  ]}
                >
                  <TableSortLabel
                    active={activeSort === column.key}
                    direction={activeSort === column.key ? direction : defaultDirection(column.key)}
                    onClick={() => sortBy(column.key)}
                  >
                    {column.label}
                  </TableSortLabel>
                </TableCell>
              ))}
              <TableCell sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>Details</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {pageRows.map((node) => (
              <TableRow
                key={node.id}
                hover
                selected={node.id === selectedNodeId}
                // The `row` role supports aria-selected; the Mui-selected class alone is invisible to screen readers.
                aria-selected={onSelectNode || selectedNodeId ? node.id === selectedNodeId : undefined}
                tabIndex={onSelectNode ? 0 : undefined}
                onClick={onSelectNode ? () => onSelectNode(node.id) : undefined}
                onKeyDown={(event) => onRowKeyDown(event, node)}
                sx={[{ cursor: onSelectNode ? 'pointer' : 'default' }, rowSx]}
                data-node-id={node.id}
              >
                <NodeRowCells
                  node={node}
                  showActual={measured !== null}
                  actual={Object.hasOwn(actuals, node.id) ? actuals[node.id] : null}
                  actualFlags={measured?.flags.get(node.id)}
                  delta={nodeDeltas?.get(node.id)}
                />
                <TableCell padding="none" align="center">
                  <IconButton
                    size="small"
                    aria-label={`Details of ${labelNode(node)}`}
                    aria-expanded={expandedId === node.id}
                    aria-controls={expandedId === node.id ? DETAILS_ID : undefined}
                    onClick={(event) => {
                      event.stopPropagation();
                      setExpandedId((id) => (id === node.id ? null : node.id));
                    }}
                    onKeyDown={(event) => event.stopPropagation()}
                  >
                    <ExpandIcon open={expandedId === node.id} />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
            {pageRows.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns.length + 1}>
                  <Typography variant="body2" color="text.secondary" sx={{ py: 2, textAlign: 'center' }}>
                    No node matches “{query}”.
                  </Typography>
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {expandedNode && (
        <Paper
          id={DETAILS_ID}
          ref={detailsRef}
          variant="outlined"
          sx={{ mt: 1, p: 1.5, bgcolor: 'action.hover' }}
        >
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography variant="subtitle1" component="h4" sx={{ fontWeight: 600 }}>
              {labelNode(expandedNode)}
            </Typography>
            <Typography variant="caption" color="text.secondary" sx={{ minWidth: 0 }} noWrap>
              {expandedNode.type}
            </Typography>
            <Button size="small" sx={{ ml: 'auto' }} onClick={() => setExpandedId(null)}>
              Close details
            </Button>
          </Box>
          <NodeDetails
            node={expandedNode}
            profile={profile}
            actual={Object.hasOwn(actuals, expandedNode.id) ? actuals[expandedNode.id] : null}
            actualFlags={measured?.flags.get(expandedNode.id)}
            hasRuns={measured !== null}
          />
        </Paper>
      )}
      <TablePagination
        component="div"
        count={rows.length}
        page={currentPage}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={ROWS_PER_PAGE}
        onPageChange={(_, next) => setPage(next)}
        onRowsPerPageChange={(event) => {
          setRowsPerPage(Number(event.target.value));
          setPage(0);
        }}
      />
      {profile.nodes.some((node) => node.onCriticalPath) && (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Chip size="small" label="critical" color="secondary" variant="outlined" />
          <Typography variant="caption" color="text.secondary">
            marks nodes on the critical path (zero slack).
          </Typography>
        </Box>
      )}
    </Box>
  );
}
