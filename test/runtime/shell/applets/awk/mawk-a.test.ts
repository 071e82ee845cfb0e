import { describe } from 'vitest';
import { replay } from '../recorded-case.ts';
import { MAWK_CASES_A } from './mawk-cases-a.ts';

describe('awk (mawk 1.3.4 20200120): recorded cases, part 1', () => {
  replay([], [], MAWK_CASES_A);
});
