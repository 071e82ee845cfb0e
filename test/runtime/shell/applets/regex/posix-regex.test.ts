import { describe, expect, it } from 'vitest';
import { compileRegex, RegexError } from '../../../../../src/runtime/shell/applets/regex/posix-regex.ts';
import { REGEX_CASES } from './regex-cases.ts';

/** What `grep -o PATTERN` prints for one line: each non-empty leftmost-longest match. */
function onlyMatching(pattern: string, extended: boolean, text: string): string[] | string {
  let re;
  try {
    re = compileRegex(pattern, { extended, dialect: 'grep', icase: false }).regex;
  } catch (e) {
    if (e instanceof RegexError) return e.message;
    throw e;
  }
  const out: string[] = [];
  for (let pos = 0; pos <= text.length; ) {
    const m = re.exec(text, pos);
    if (!m) break;
    if (m.end === m.start) pos = m.start + 1;
    else {
      out.push(text.slice(m.start, m.end));
      pos = m.end;
    }
  }
  return out;
}

describe('POSIX regex layer: grep -o recorded from GNU grep 3.8', () => {
  for (const [flavor, pattern, text, matches, error] of REGEX_CASES) {
    it(`${flavor} ${JSON.stringify(pattern)} on ${JSON.stringify(text)}`, () => {
      expect(onlyMatching(pattern, flavor === 'E', text)).toEqual(error ?? matches);
    });
  }
});

describe('POSIX regex layer', () => {
  it('prefers the longest alternative, at top level and in groups', () => {
    expect(onlyMatching('ab\\|abcd', false, 'abcd')).toEqual(['abcd']);
    expect(onlyMatching('x(a|ab)(c|bcd)y', true, 'xabcdy')).toEqual(['xabcdy']);
  });

  it('gives groups as GNU sed does once the extent is fixed', () => {
    const re = compileRegex('(a|ab)(bc|c)', { extended: true, dialect: 'sed', icase: false }).regex;
    expect(re.exec('abc', 0)?.groups).toEqual(['abc', 'a', 'bc']);
  });

  it('matches nested repetitions in linear time', () => {
    const re = compileRegex('(a*)*b', { extended: true, dialect: 'grep', icase: false }).regex;
    expect(re.test(`${'a'.repeat(5000)}c`)).toBe(false);
  });

  it("uses sed's stricter rules where glibc's POSIX syntax differs from grep's", () => {
    const sed = (p: string, extended: boolean) => () => compileRegex(p, { extended, dialect: 'sed', icase: false });
    expect(sed('*a', true)).toThrow('Invalid preceding regular expression');
    expect(sed('a)', true)).toThrow('Unmatched ) or \\)');
    expect(sed('a**', false)).toThrow('Invalid preceding regular expression');
    expect(sed('a{1', true)).toThrow('Unmatched \\{');
  });

  it('folds case for -i, classes included', () => {
    const re = compileRegex('[[:lower:]]b', { extended: false, dialect: 'grep', icase: true }).regex;
    expect(re.test('AB')).toBe(true);
  });
});
