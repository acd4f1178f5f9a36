import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// `findBy…` waits up to this long. The default second is too short when the
// whole suite (and a Storybook build) shares a busy CI machine.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
