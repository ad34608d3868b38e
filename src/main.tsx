import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createEngineClient } from './worker/client.ts';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element.');

// Made once: a new factory would make every lab start a new engine.
const clientFactory = () => createEngineClient();

createRoot(root).render(
  <StrictMode>
    <App clientFactory={clientFactory} />
  </StrictMode>,
);
