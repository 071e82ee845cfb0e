import { describe, expect, it } from 'vitest';
import { run1 } from '../../../../helpers.ts';

// Byte counts and checksums from gzip 1.12 on Debian 12 (same as upstream zlib 1.2.13 for such
// sizes); Node's bundled zlib (Chromium's fork) gives different streams.
describe('gzip deflate output matches gzip byte for byte', () => {
  it('sizes at the default, fast and best levels', async () => {
    const r = await run1(
      'seq 50 | gzip -c | wc -c; seq 400 | gzip -c | wc -c; seq 2000 | gzip -1 | wc -c; yes abc | head -5000 | gzip | wc -c; seq 100 | gzip -9 | wc -c',
    );
    expect(r.stdout).toBe('93\n716\n3750\n60\n160\n');
  });

  it('identical bytes, and round trips', async () => {
    const r = await run1('seq 1000 | gzip | md5sum; seq 3000 | gzip -5 | gunzip | tail -1');
    expect(r.stdout).toBe('cd48a1ec9fd971ba451494e1267964c8  -\n3000\n');
  });
});
