import { psHelp } from './ps-help.ts';
import { GNU, type Parser, PsParseError, type SelType, VERSION } from './ps-parse.ts';

/** GNU long options (`--pid 1`, `--format=pid,comm`, `--sort:pid`): exact names only, no abbreviations. */
export function parseGnuOption(p: Parser, word: string): void {
  const a = p.a;
  const s = word.slice(2);
  const sl = s.search(/[:=]/) < 0 ? s.length : s.search(/[:=]/);
  const name = s.slice(0, sl);
  const rest = s.slice(sl);
  if (sl > 15 || !GNU.includes(name)) {
    if (name === 'help' && sl <= 15) {
      let section: string | null = null;
      if (rest.startsWith('=') || rest.startsWith(':')) section = rest.length > 1 ? rest.slice(1) : null;
      else if (rest === '' && p.i + 1 < p.argv.length && p.argv[p.i + 1] !== '') section = p.argv[++p.i]!;
      a.exit = { out: psHelp(section), status: 0 };
      return;
    }
    throw new PsParseError('unknown gnu long option');
  }
  const arg = (): string | null => {
    if (rest.startsWith('=') || rest.startsWith(':')) return rest.length > 1 ? rest.slice(1) : null;
    if (rest !== '') return null;
    if (p.i + 1 >= p.argv.length || p.argv[p.i + 1] === '') return null;
    return p.argv[++p.i]!;
  };
  const need = (msg: string): string => {
    const v = arg();
    if (v === null) throw new PsParseError(msg);
    return v;
  };
  const flag = (msg: string): void => {
    if (rest !== '') throw new PsParseError(msg);
  };
  const lists: Record<string, [string, SelType]> = {
    Group: ['list of real groups must follow --Group', 'RGID'], User: ['list of real users must follow --User', 'RUID'],
    group: ['list of effective groups must follow --group', 'EGID'], pid: ['list of process IDs must follow --pid', 'PID'],
    'quick-pid': ['List of process IDs must follow --quick-pid.', 'QPID'], ppid: ['list of process IDs must follow --ppid', 'PPID'],
    sid: ['some sid thing(s) must follow --sid', 'SESS'], tty: ['list of ttys must follow --tty', 'TTY'],
    user: ['list of effective users must follow --user', 'EUID'],
  };
  if (lists[name]) {
    p.list(need(lists[name][0]), lists[name][1]);
    return;
  }
  if (name === 'cols' || name === 'columns' || name === 'width' || name === 'rows' || name === 'lines') {
    const v = arg();
    const n = v !== null && /^\d+$/.test(v) ? Number(v) : NaN;
    const cols = name !== 'rows' && name !== 'lines';
    if (!(n > 0 && n < 2000000000)) throw new PsParseError(cols ? 'number of columns must follow --cols, --width, or --columns' : 'number of rows must follow --rows or --lines');
    if (cols) a.cols = n;
    else a.rows = n;
  } else if (name === 'cumulative') flag('option --cumulative does not take an argument');
  else if (name === 'deselect') {
    flag('option --deselect does not take an argument');
    a.negate = true;
  } else if (name.startsWith('no')) {
    flag('option --no-heading does not take an argument');
    if (a.header) throw new PsParseError('only one heading option may be specified');
    a.header = 'none';
  } else if (name.startsWith('head')) {
    flag('option --heading does not take an argument');
    if (a.header) throw new PsParseError('only one heading option may be specified');
    a.header = 'multi';
  } else if (name === 'forest') {
    flag('option --forest does not take an argument');
    a.forest = 'g';
  } else if (name === 'format') a.sf.push({ text: need('format specification must follow --format'), code: 'Go' });
  else if (name === 'sort') a.sf.push({ text: need('long sort specification must follow --sort'), code: 'sort' });
  else if (name === 'version') {
    p.exclusive('--version');
    a.exit = { out: VERSION, status: 0 };
  } else if (name === 'info') {
    p.exclusive('--info');
    a.exit = { out: '', status: 0 };
  } else if (name === 'context') a.formatFlags.add('Fc');
}

