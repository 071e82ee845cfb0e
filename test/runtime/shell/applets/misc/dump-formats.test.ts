import { describe } from 'vitest';
import { DUMPFMT_CASES, DUMPFMT_SETUP } from './dump-formats-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('xxd and hexdump: option combinations recorded from vim xxd and util-linux 2.38.1', () => {
  replayIsolated(DUMPFMT_SETUP, BUSYBOX_LAB_SETUP, DUMPFMT_CASES);
});
