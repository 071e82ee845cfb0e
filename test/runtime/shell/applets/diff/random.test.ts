import { describe } from 'vitest';
import { RANDOM_CASES, RANDOM_SETUP } from './random-cases.ts';
import { replay } from '../recorded-case.ts';

describe('diff hunk alignment on random inputs: recorded from GNU diffutils 3.8', () => {
  replay(RANDOM_SETUP, [], RANDOM_CASES);
});
