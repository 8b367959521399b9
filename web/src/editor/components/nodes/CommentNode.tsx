/** A NodeTool Comment: its headline and the plain text of its (string or rich-text) comment. */
import { memo } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { alpha, useTheme } from '@mui/material/styles';
import { NodeResizer, type NodeProps } from '@xyflow/react';
import { extractCommentText } from '../../../workflow/nodeDisplay';
import type { FlowNode } from '../../store';

function CommentNodeComponent({ data, selected }: NodeProps<FlowNode>) {
  const theme = useTheme();
  const headline = typeof data.properties.headline === 'string' ? data.properties.headline : '';
  const text = extractCommentText(data.properties.comment);
  return (
    <>
      <NodeResizer isVisible={selected} minWidth={120} minHeight={60} />
      <Box
        className="wpp-comment"
        sx={{
          width: '100%',
          height: '100%',
          minHeight: 60,
          p: 1.25,
          overflow: 'auto',
          bgcolor: alpha(theme.palette.warning.light, theme.palette.mode === 'dark' ? 0.18 : 0.22),
          border: 1,
          borderColor: selected ? 'primary.main' : alpha(theme.palette.warning.main, 0.5),
          borderRadius: 1,
        }}
      >
        {headline && (
          <Typography variant="subtitle2" sx={{ fontWeight: 700 }} gutterBottom>
            {headline}
          </Typography>
        )}
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }} className="wpp-comment-text">
          {text || (headline ? '' : 'Empty comment')}
        </Typography>
      </Box>
    </>
  );
}

export const CommentNode = memo(CommentNodeComponent);
