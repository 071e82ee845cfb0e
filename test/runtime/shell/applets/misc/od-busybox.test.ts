import { describe } from 'vitest';
import { ODBB_CASES, ODBB_SETUP } from './od-busybox-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('busybox od: recorded from busybox 1.35.0', () => {
  replayIsolated(ODBB_SETUP, BUSYBOX_LAB_SETUP, ODBB_CASES);
});
