import { describe } from 'vitest';
import { USAGE_CASES, USAGE_SETUP } from './common-usage-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('everyday one-liners with the misc programs: recorded from the real tools', () => {
  replayIsolated(USAGE_SETUP, BUSYBOX_LAB_SETUP, USAGE_CASES);
});
