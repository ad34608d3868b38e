import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

// Vitest has no globals, so Testing Library's auto-cleanup is not registered by itself.
afterEach(cleanup);
