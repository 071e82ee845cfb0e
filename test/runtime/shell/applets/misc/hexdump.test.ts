import { describe } from 'vitest';
import { HEXDUMP_CASES, HEXDUMP_SETUP } from './hexdump-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('hexdump: recorded from util-linux 2.38.1 and busybox 1.35.0', () => {
  replayIsolated(HEXDUMP_SETUP, BUSYBOX_LAB_SETUP, HEXDUMP_CASES);
});
