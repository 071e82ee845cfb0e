import { describe } from 'vitest';
import { ODFMT_CASES, ODFMT_SETUP } from './od-formats-cases.ts';
import { BUSYBOX_LAB_SETUP, replayIsolated } from '../recorded-case.ts';

describe('od: combinations of -t types, widths, radixes and ranges recorded from coreutils 9.1', () => {
  replayIsolated(ODFMT_SETUP, BUSYBOX_LAB_SETUP, ODFMT_CASES);
});
