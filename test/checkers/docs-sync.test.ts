import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../src/checkers/registry.ts';

/** docs/checkers.md is what lesson authors write against: every predicate and field must be in it. */
describe('docs/checkers.md', () => {
  const doc = readFileSync(new URL('../../docs/checkers.md', import.meta.url), 'utf8');
  for (const [name, p] of Object.entries(PREDICATES)) {
    it(`documents ${name}`, () => {
      expect(doc).toMatch(new RegExp(`^## (${name}|all / any / not) \\(ready\\)`, 'm'));
      if (p.kind !== 'leaf') return;
      const section = doc.slice(doc.search(new RegExp(`^## ${name} \\(ready\\)`, 'm'))).split(/\n## /)[0]!;
      for (const field of Object.keys(p.fields)) expect(section, `${name}.${field}`).toContain(`\`${field}\``);
    });
  }
});
