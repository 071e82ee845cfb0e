import { describe } from 'vitest';
import { replay } from '../recorded-case.ts';
import { BUSYBOX_AWK_CASES } from './busybox-cases.ts';

/** The lab's busybox is a marker file that dispatches to the applets with the busybox flavour. */
const LAB_SETUP = [
  "printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox",
];

describe('busybox awk: recorded from busybox 1.35.0', () => {
  replay([], LAB_SETUP, BUSYBOX_AWK_CASES);
});
