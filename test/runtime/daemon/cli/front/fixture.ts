// Loads the real-CLI recordings made by record.mjs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Recorded {
  argv: string[];
  stdout: string;
  stderr: string;
  exit: number;
  passed?: boolean;
}

const here = dirname(fileURLToPath(import.meta.url));

export function fixture(name: string): Recorded[] {
  return JSON.parse(readFileSync(join(here, 'fixtures', name), 'latin1')) as Recorded[];
}
