import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/styles.css';
import './demo.css';
import { DemoApp } from './demo-app';

const container = document.getElementById('root');
if (!container) throw new Error('The demo needs <div id="root"> in index.html.');
createRoot(container).render(
  <StrictMode>
    <DemoApp />
  </StrictMode>,
);
