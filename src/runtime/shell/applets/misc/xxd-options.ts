/** vim's xxd (2022-01-14) option parsing: each argument matched by its first two characters. */
export interface XxdOptions {
  autoskip: boolean;
  type: 'normal' | 'bits' | 'le' | 'ps' | 'include';
  upper: boolean;
  capitalize: boolean;
  decimal: boolean;
  revert: boolean;
  cols: number;
  group: number;
  displayOff: number;
  seek: number;
  relSeek: boolean;
  negSeek: boolean;
  length: number;
  varname: string | null;
  files: string[];
}

export const XXD_USAGE = "Usage:\n       xxd [options] [infile [outfile]]\n    or\n       xxd -r [-s [-]offset] [-c cols] [-ps] [infile [outfile]]\nOptions:\n    -a          toggle autoskip: A single '*' replaces nul-lines. Default off.\n    -b          binary digit dump (incompatible with -ps,-i,-r). Default hex.\n    -C          capitalize variable names in C include file style (-i).\n    -c cols     format <cols> octets per line. Default 16 (-i: 12, -ps: 30).\n    -E          show characters in EBCDIC. Default ASCII.\n    -e          little-endian dump (incompatible with -ps,-i,-r).\n    -g bytes    number of octets per group in normal output. Default 2 (-e: 4).\n    -h          print this summary.\n    -i          output in C include file style.\n    -l len      stop after <len> octets.\n    -n name     set the variable name used in C include output (-i).\n    -o off      add <off> to the displayed file position.\n    -ps         output in postscript plain hexdump style.\n    -r          reverse operation: convert (or patch) hexdump into binary.\n    -r -s off   revert with <off> added to file positions found in hexdump.\n    -d          show offset in decimal instead of hex.\n    -s [+][-]seek  start at <seek> bytes abs. (or +: rel.) infile offset.\n    -u          use upper case hex letters.\n    -v          show version: \"xxd 2022-01-14 by Juergen Weigert et al.\".\n";

export class XxdUsage extends Error {}

/** C strtol(s, NULL, 0): leading blanks, sign, 0x/0 prefixes, stops at the first bad character. */
export function cStrtol(s: string): number {
  const m = /^\s*([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)?/.exec(s)!;
  if (!m[2]) return 0;
  const body = m[2];
  const v = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.startsWith('0') ? parseInt(body, 8) || 0 : parseInt(body, 10);
  return m[1] === '-' ? -v : v;
}

export function parseXxd(argv: string[]): XxdOptions {
  const o: XxdOptions = { autoskip: false, type: 'normal', upper: false, capitalize: false, decimal: false, revert: false, cols: 0, group: -1, displayOff: 0, seek: 0, relSeek: false, negSeek: false, length: -1, varname: null, files: [] };
  let i = 0;
  const value = (pp: string, long: string): string => {
    if (pp.length > 2 && !pp.startsWith(long, 2)) return pp.slice(2);
    if (i + 1 >= argv.length) throw new XxdUsage();
    return argv[++i]!;
  };
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    const pp = a.startsWith('--') && a.length > 2 ? a.slice(1) : a;
    const k = pp.slice(0, 2);
    if (k === '-a') o.autoskip = !o.autoskip;
    else if (k === '-b') o.type = 'bits';
    else if (k === '-e') o.type = 'le';
    else if (k === '-u') o.upper = true;
    else if (k === '-p') o.type = 'ps';
    else if (k === '-i') o.type = 'include';
    else if (k === '-C') o.capitalize = true;
    else if (k === '-d') o.decimal = true;
    else if (k === '-r') o.revert = true;
    else if (k === '-E') continue;
    else if (k === '-v') throw new XxdVersion();
    else if (k === '-c') {
      if (pp.length > 2 && pp.startsWith('apitalize', 2)) o.capitalize = true;
      else o.cols = cStrtol(value(pp, 'ols'));
    } else if (k === '-g') o.group = cStrtol(value(pp, 'roup'));
    else if (k === '-o') o.displayOff = cStrtol(value(pp, 'ffset'));
    else if (k === '-s') {
      let v = pp.length > 2 && !pp.startsWith('kip', 2) && !pp.startsWith('eek', 2) ? pp.slice(2) : value('-s', '');
      o.relSeek = v.startsWith('+');
      if (o.relSeek) v = v.slice(1);
      o.negSeek = v.startsWith('-');
      if (o.negSeek) v = v.slice(1);
      o.seek = cStrtol(v);
    } else if (k === '-l') o.length = cStrtol(value(pp, 'en'));
    else if (k === '-n') o.varname = value(pp, 'ame');
    else if (pp === '--') {
      i++;
      break;
    } else if (pp[0] === '-' && pp.length > 1) throw new XxdUsage();
    else break;
  }
  o.files = argv.slice(i);
  if (o.files.length > 2) throw new XxdUsage();
  return o;
}

export class XxdVersion extends Error {}
