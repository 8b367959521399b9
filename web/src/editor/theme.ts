/**
 * The editor's MUI theme (light or dark, following the system) and the palette intent of each node category,
 * so node colours come from the theme, never from literals in components.
 */
import { createTheme, type Theme } from '@mui/material/styles';

/** Creates the app theme for a colour mode. */
export function createEditorTheme(mode: 'light' | 'dark'): Theme {
  return createTheme({
    palette: { mode },
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
