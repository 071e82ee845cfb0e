import { describe } from 'vitest';
import { TEST_CASES, TEST_SETUP } from './test-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('test and [ as programs: recorded from coreutils 9.1 and busybox 1.35.0', () => {
  replayIsolated(TEST_SETUP, BUSYBOX_LAB_SETUP, TEST_CASES);
});
