/**
 * The editor's MUI theme (light or dark, following the system) and the palette intent of each node category,
 * so node colours come from the theme, never from literals in components.
 */
import { blue, lightBlue } from '@mui/material/colors';
import { createTheme, type Theme } from '@mui/material/styles';

/**
 * Creates the app theme for a colour mode. In light mode the primary colour is MUI's blue 800 instead of its
 * default blue 700 (#1976d2): text buttons in #1976d2 on the toolbar's grey 100 reach a contrast of 4.2:1,
 * under WCAG AA's 4.5:1 for small text (axe-core `color-contrast`); blue 800 reaches 5.3:1 there and 5.8:1
 * on white. For the same reason warning is amber 700 (#b45309, 5.0:1 on white, 4.6:1 on grey 100; MUI's default
 * #ed6c02 is 3.1:1) and info light blue 900 (#01579b, 7.4:1; the default #0288d1 is 3.9:1): outlined chips and
 * text buttons draw their label in the main colour.
 */
export function createEditorTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette:
      mode === 'light'
        ? { mode, primary: { main: blue[800] }, warning: { main: '#b45309' }, info: { main: lightBlue[900] } }
        : { mode },
    shape: { borderRadius: 8 },
    typography: { fontSize: 13 },
  });
}

/** Palette intents a category label maps to. */
export type CategoryIntent = 'primary' | 'secondary' | 'info' | 'success' | 'warning' | 'error' | 'neutral';

const CATEGORY_INTENTS: Record<string, CategoryIntent> = {
  Agent: 'primary',
  LLM: 'primary',
  'Image generation': 'secondary',
  Video: 'error',
  'Speech to text': 'info',
  'Text to speech': 'info',
  Audio: 'info',
  Embedding: 'success',
  'Vector DB': 'success',
  Control: 'warning',
};

/** The palette intent for a category label (see `getCategoryLabel`). */
export function getCategoryIntent(category: string): CategoryIntent {
  return CATEGORY_INTENTS[category] ?? 'neutral';
}

/** The main colour of an intent in a theme. */
export function getIntentColor(theme: Theme, intent: CategoryIntent): string {
  return intent === 'neutral'
    ? theme.palette.grey[theme.palette.mode === 'dark' ? 500 : 600]
    : theme.palette[intent].main;
}
