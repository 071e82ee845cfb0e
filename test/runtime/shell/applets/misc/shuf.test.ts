import { describe } from 'vitest';
import { SHUF_CASES, SHUF_SETUP } from './shuf-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('shuf: recorded from coreutils 9.1 (deterministic through --random-source) and busybox 1.35.0', () => {
  replayIsolated(SHUF_SETUP, BUSYBOX_LAB_SETUP, SHUF_CASES);
});
