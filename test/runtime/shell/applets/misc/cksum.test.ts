import { describe } from 'vitest';
import { CKSUM_CASES, CKSUM_SETUP } from './cksum-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('cksum and sum: recorded from coreutils 9.1', () => {
  replayIsolated(CKSUM_SETUP, BUSYBOX_LAB_SETUP, CKSUM_CASES);
});
