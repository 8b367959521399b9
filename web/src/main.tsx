import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './editor/editor.css';
import { ProfiledEditor } from './app';
import { createBrowserAnalyser } from './app/analysis/createBrowserAnalyser';
import { createBrowserLiveRunner } from './app/runs/worker/createBrowserLiveRunner';
import { usePerformanceProfileStore } from './components/profiling';
import { EditorRoot } from './editor';

// Profile analyses run in a Web Worker, so analysing a large workflow never blocks the editor.
usePerformanceProfileStore.getState().setAnalyser(createBrowserAnalyser() ?? null);

// Live NodeTool runs execute in a Web Worker, so their receive times do not wait behind rendering.
const liveRunner = createBrowserLiveRunner();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <EditorRoot>
      <ProfiledEditor liveRunner={liveRunner} />
    </EditorRoot>
  </StrictMode>,
);
