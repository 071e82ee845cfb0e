import { describe } from 'vitest';
import { OD_CASES, OD_SETUP } from './od-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('od: recorded from coreutils 9.1', () => {
  replayIsolated(OD_SETUP, BUSYBOX_LAB_SETUP, OD_CASES);
});
