import { describe } from 'vitest';
import { COMM_CASES, COMM_SETUP } from './comm-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('comm: recorded from coreutils 9.1 (busybox 1.35.0 has no comm)', () => {
  replayIsolated(COMM_SETUP, BUSYBOX_LAB_SETUP, COMM_CASES);
});
