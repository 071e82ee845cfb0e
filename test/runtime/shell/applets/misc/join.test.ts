import { describe } from 'vitest';
import { JOIN_CASES, JOIN_SETUP } from './join-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('join: recorded from coreutils 9.1 (busybox 1.35.0 has no join)', () => {
  replayIsolated(JOIN_SETUP, BUSYBOX_LAB_SETUP, JOIN_CASES);
});
