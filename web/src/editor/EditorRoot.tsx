/**
 * Theme (following the system colour scheme), CSS baseline, and the theme colours the plain-CSS node cards
 * read as CSS variables (editor.css), so cards follow light/dark mode without literals.
 */
import { useMemo, type ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import GlobalStyles from '@mui/material/GlobalStyles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { ThemeProvider, alpha, type Theme } from '@mui/material/styles';
import { createEditorTheme } from './theme';

/** CSS variables for editor.css, from a theme. */
export function getEditorCssVariables(theme: Theme): Record<string, string> {
  return {
    '--wpp-paper': theme.palette.background.paper,
    '--wpp-text': theme.palette.text.primary,
    '--wpp-text-secondary': theme.palette.text.secondary,
    '--wpp-divider': theme.palette.divider,
    '--wpp-selected': theme.palette.primary.main,
    '--wpp-shadow': alpha(theme.palette.common.black, theme.palette.mode === 'dark' ? 0.5 : 0.14),
    '--wpp-font': String(theme.typography.fontFamily),
  };
}

export function EditorRoot({ children }: { children: ReactNode }) {
  const prefersDark = useMediaQuery('(prefers-color-scheme: dark)');
  const theme = useMemo(() => createEditorTheme(prefersDark ? 'dark' : 'light'), [prefersDark]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <GlobalStyles styles={{ ':root': getEditorCssVariables(theme) }} />
      {children}
    </ThemeProvider>
  );
}
