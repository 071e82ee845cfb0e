import { describe } from 'vitest';
import { SPLIT_CASES, SPLIT_SETUP } from './split-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('split: recorded from coreutils 9.1, each case in a fresh directory', () => {
  replayIsolated(SPLIT_SETUP, BUSYBOX_LAB_SETUP, SPLIT_CASES);
});
