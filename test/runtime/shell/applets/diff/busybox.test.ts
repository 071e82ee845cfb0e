import { describe } from 'vitest';
import { BB_CASES, BB_SETUP } from './busybox-cases.ts';
import { replay } from '../recorded-case.ts';

/** The lab's busybox binary (the real machine has it installed). */
const LAB_SETUP = ["printf '\\177ELF\\002\\001\\001\\000\\000\\000\\000\\000\\000\\000\\000\\000LAB-PROGRAM:busybox\\n' > /usr/local/bin/busybox; chmod +x /usr/local/bin/busybox"];

describe('busybox diff and cmp: recorded from busybox 1.35.0', () => {
  replay(BB_SETUP, LAB_SETUP, BB_CASES);
});
