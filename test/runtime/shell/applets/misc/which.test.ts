import { describe } from 'vitest';
import { WHICH_CASES, WHICH_SETUP } from './which-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('which (debianutils 5.7 script): recorded from debianutils and busybox 1.35.0', () => {
  replayIsolated(WHICH_SETUP, BUSYBOX_LAB_SETUP, WHICH_CASES);
});
