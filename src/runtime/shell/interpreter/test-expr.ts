import type { TestExpression } from 'unbash';
import { ArithError } from './arith.ts';
import { expandWordPattern, expandWordRegex, expandWordString } from './expand.ts';
import { binaryTest, unaryTest } from './file-tests.ts';
import { matchPattern } from './pattern.ts';
import type { Shell } from './shell.ts';
import { posixRegexToJs } from './posix-regex.ts';

/** `[[ ... ]]`: no splitting or globbing; `==` matches patterns; `=~` sets BASH_REMATCH. */
export async function evalTestExpression(sh: Shell, e: TestExpression): Promise<number> {
  try {
    return (await evalNode(sh, e)) ? 0 : 1;
  } catch (err) {
    if (err instanceof ArithError) {
      await sh.diag(`[[: ${err.message}`);
      return 1;
    }
    if (err instanceof RegexFailed) return 2;
    throw err;
  }
}

class RegexFailed extends Error {}

/** How `set -x` shows a `[[ ]]` command: operands expanded, operators as written. */
export async function traceTest(sh: Shell, e: TestExpression): Promise<string> {
  const walk = async (n: TestExpression): Promise<string> => {
    switch (n.type) {
      case 'TestGroup':
        return `( ${await walk(n.expression)} )`;
      case 'TestNot':
        return `${'! '.repeat(n.negations.length)}${await walk(n.operand)}`;
      case 'TestLogical':
        return (await Promise.all(n.operands.map(walk))).join(` ${n.operator} `);
      case 'TestUnary':
        return `${n.operator} ${await expandWordString(sh, n.operand)}`;
      case 'TestBinary':
        return `${await expandWordString(sh, n.left)} ${n.operator} ${n.operator === '=~' ? n.right.text : await expandWordString(sh, n.right)}`;
    }
  };
  return `[[ ${await walk(e)} ]]`;
}

async function evalNode(sh: Shell, e: TestExpression): Promise<boolean> {
  switch (e.type) {
    case 'TestGroup':
      return evalNode(sh, e.expression);
    case 'TestNot':
      return (e.negations.length % 2 === 1) !== (await evalNode(sh, e.operand));
    case 'TestLogical': {
      if (e.operator === '&&') {
        for (const o of e.operands) if (!(await evalNode(sh, o))) return false;
        return true;
      }
      for (const o of e.operands) if (await evalNode(sh, o)) return true;
      return false;
    }
    case 'TestUnary':
      return unaryTest(sh, e.operator, await expandWordString(sh, e.operand));
    case 'TestBinary': {
      const l = await expandWordString(sh, e.left);
      if (e.operator === '==' || e.operator === '=' || e.operator === '!=') {
        const pat = await expandWordPattern(sh, e.right);
        const m = matchPattern(pat, l, sh.shopts.has('nocasematch'));
        return e.operator === '!=' ? !m : m;
      }
      if (e.operator === '=~') return regexMatch(sh, l, await regexSource(sh, e.right));
      const r = await expandWordString(sh, e.right);
      const res = await binaryTest(sh, e.operator, l, r, true);
      return res === true;
    }
  }
}

/** Quoted parts of the right side of =~ match literally. */
async function regexSource(sh: Shell, w: Parameters<typeof expandWordString>[1]): Promise<string> {
  return expandWordRegex(sh, w);
}

function regexMatch(sh: Shell, s: string, src: string): boolean {
  let re: RegExp;
  try {
    re = new RegExp(posixRegexToJs(src, true), sh.shopts.has('nocasematch') ? 'i' : '');
  } catch {
    throw new RegexFailed();
  }
  const m = re.exec(s);
  if (!m) {
    sh.vars.setArray('BASH_REMATCH', []);
    return false;
  }
  sh.vars.setArray('BASH_REMATCH', m.map((x) => x ?? ''));
  return true;
}
