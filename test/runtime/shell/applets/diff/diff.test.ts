import { describe } from 'vitest';
import { DIFF_CASES, DIFF_SETUP } from './diff-cases.ts';
import { replay } from '../recorded-case.ts';

describe('diff and cmp: recorded from GNU diffutils 3.8', () => {
  replay(DIFF_SETUP, [], DIFF_CASES);
});
