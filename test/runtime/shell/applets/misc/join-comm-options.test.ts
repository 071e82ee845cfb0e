import { describe } from 'vitest';
import { JOINFMT_CASES, JOINFMT_SETUP } from './join-comm-options-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('join and comm: option combinations recorded from coreutils 9.1', () => {
  replayIsolated(JOINFMT_SETUP, BUSYBOX_LAB_SETUP, JOINFMT_CASES);
});
