import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './editor/editor.css';
import { ProfiledEditor } from './app';
import { createBrowserLiveRunner } from './app/runs/worker/createBrowserLiveRunner';
import { EditorRoot } from './editor';

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
