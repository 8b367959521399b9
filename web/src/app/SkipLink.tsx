/**
 * A skip link: the first stop of the Tab order, hidden until it has focus, that moves focus straight to a
 * target (e.g. the profiler's heading) past the toolbar and the canvas.
 */
import Box from '@mui/material/Box';
import type { MouseEvent } from 'react';

export interface SkipLinkProps {
  /** Id of the element that receives focus (it must be focusable, e.g. `tabIndex={-1}`). */
  targetId: string;
  children: string;
}

export function SkipLink({ targetId, children }: SkipLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return; // let the browser follow the fragment
    event.preventDefault(); // no "#…" in the address: the editor does not route on it
    target.focus(); // scrolls it into view
  };
  return (
    <Box
      component="a"
      href={`#${targetId}`}
      onClick={onClick}
      sx={{
        position: 'absolute',
        left: 8,
        top: 8,
        zIndex: (theme) => theme.zIndex.tooltip + 1,
        px: 2,
        py: 1,
        borderRadius: 1,
        bgcolor: 'background.paper',
        color: 'primary.main',
        boxShadow: 4,
        fontWeight: 600,
        textDecoration: 'underline',
        // Off screen until focused (not display: none, which would take it out of the Tab order).
        transform: 'translateY(calc(-100% - 16px))',
        '&:focus': { transform: 'none', outline: 2, outlineColor: 'primary.main' },
      }}
    >
      {children}
    </Box>
  );
}
