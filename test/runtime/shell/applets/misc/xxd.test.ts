import { describe } from 'vitest';
import { XXD_CASES, XXD_SETUP } from './xxd-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('xxd: recorded from vim xxd 2022-01-14 and busybox 1.35.0', () => {
  replayIsolated(XXD_SETUP, BUSYBOX_LAB_SETUP, XXD_CASES);
});
