import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { preloadHelpPanel } from '../../src/react/panel-chunks';

// As on a page after its idle prefetch: the drawer's inside is there when a test opens it.
// (The browser tests open it before that too, on a deep link at page load.) In a hook, so
// that a test file's vi.mock of a module the drawer imports is in place first.
beforeAll(() => preloadHelpPanel());

// `findBy…` waits up to this long. The default second is too short when the
// whole suite (and a Storybook build) shares a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
