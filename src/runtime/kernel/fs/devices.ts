import type { SeededRandom } from '../random.ts';
import { type InStream, NullIn, type OutStream, NullOut } from '../stream.ts';
import { FsError } from './errors.ts';

export const makedev = (major: number, minor: number): number => major * 256 + minor;

const CHUNK = 65536;

/** A character device's driver: how reading and writing it behave. */
export interface CharDevice {
  name: string;
  open(): { input: InStream; output: OutStream };
}

class RepeatIn implements InStream {
  constructor(private readonly gen: () => string) {}
  async read(): Promise<string> {
    return this.gen();
  }
  close(): void {}
}

class FullOut implements OutStream {
  async write(): Promise<void> {
    throw new FsError('ENOSPC');
  }
  close(): void {}
}

const ZEROS = '\0'.repeat(CHUNK);

/** mem devices (major 1) from drivers/char/mem.c. */
export function memDevices(random: SeededRandom): Map<number, CharDevice> {
  const rnd = (): string => random.bytes(CHUNK);
  return new Map<number, CharDevice>([
    [makedev(1, 3), { name: 'null', open: () => ({ input: new NullIn(), output: new NullOut() }) }],
    [makedev(1, 5), { name: 'zero', open: () => ({ input: new RepeatIn(() => ZEROS), output: new NullOut() }) }],
    [makedev(1, 7), { name: 'full', open: () => ({ input: new RepeatIn(() => ZEROS), output: new FullOut() }) }],
    [makedev(1, 8), { name: 'random', open: () => ({ input: new RepeatIn(rnd), output: new NullOut() }) }],
    [makedev(1, 9), { name: 'urandom', open: () => ({ input: new RepeatIn(rnd), output: new NullOut() }) }],
  ]);
}
