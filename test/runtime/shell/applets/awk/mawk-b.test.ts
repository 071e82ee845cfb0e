import { describe } from 'vitest';
import { replay } from '../recorded-case.ts';
import { MAWK_CASES_B } from './mawk-cases-b.ts';

describe('awk (mawk 1.3.4 20200120): recorded cases, part 2', () => {
  replay([], [], MAWK_CASES_B);
});
