import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

// Vitest has no globals, so Testing Library's auto-cleanup is not registered by itself.
afterEach(cleanup);

// A lab page is loaded lazily, and the first import of its module graph can take
// several seconds on a two-core machine that runs the other test files at the same
// time; `findBy…` would give up after the library's default of one second.
configure({ asyncUtilTimeout: 15_000 });
