import { describe } from 'vitest';
import { BUSYBOX_CASES, BUSYBOX_LAB_SETUP, BUSYBOX_SETUP } from './busybox-cases.ts';
import { replay } from '../recorded-case.ts';

describe('busybox grep and sed: recorded from busybox 1.35.0', () => {
  replay(BUSYBOX_SETUP, BUSYBOX_LAB_SETUP, BUSYBOX_CASES);
});
