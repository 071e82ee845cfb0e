import { describe } from 'vitest';
import { replay } from '../recorded-case.ts';
import { MAWK_CASES_C } from './mawk-cases-c.ts';

describe('awk (mawk 1.3.4 20200120): recorded cases, part 3', () => {
  replay([], [], MAWK_CASES_C);
});
