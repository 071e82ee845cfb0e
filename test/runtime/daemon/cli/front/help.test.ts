// Every help text of the real CLI 28.2.2 (recorded in fixtures/help.json), rendered from the table.
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../../../src/runtime/daemon/cli/front/dispatch.ts';
import { fixture } from './fixture.ts';

// The recording host has no buildx, so these print the legacy builder's deprecation notice on
// stderr; the modelled docker-ce has buildx, which has no such notice.
const LEGACY_BUILDER = /^(build|builder|builder build|builder prune|image build)( --help)?$/;

describe('docker help texts', () => {
  for (const r of fixture('help.json')) {
    const line = r.argv.join(' ');
    it(`docker ${line}`, () => {
      const d = dispatch(r.argv, { plugins: false });
      expect(d.kind).toBe('done');
      if (d.kind !== 'done') return;
      expect(d.stdout).toBe(r.stdout);
      if (LEGACY_BUILDER.test(line)) expect(d.stderr).toBe(r.stderr.replace(/^DEPRECATED:[^]*?buildx\/\n\n/, ''));
      else expect(d.stderr).toBe(r.stderr);
      expect(d.exit).toBe(r.exit);
    });
  }
});
