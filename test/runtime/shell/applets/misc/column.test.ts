import { describe } from 'vitest';
import { COLUMN_CASES, COLUMN_SETUP } from './column-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('column: recorded from util-linux 2.38.1', () => {
  replayIsolated(COLUMN_SETUP, BUSYBOX_LAB_SETUP, COLUMN_CASES);
});
