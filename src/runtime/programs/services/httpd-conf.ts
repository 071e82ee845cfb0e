import { FsError } from '../../kernel/fs/errors.ts';
import type { Vfs } from '../../kernel/fs/vfs.ts';
import { hasGlob, matchPattern } from '../../shell/interpreter/pattern.ts';

/**
 * The directives of the modules httpd.conf loads (core, mpm, the stock LoadModule lines), for
 * `Invalid command` checks; lower-case. Content of <IfModule> for modules not loaded is skipped
 * unread, as httpd does.
 */
const KNOWN = new Set(('serverroot listen loadmodule user group serveradmin servername documentroot directoryindex errorlog loglevel ' +
  'logformat customlog transferlog scriptalias alias redirect options allowoverride require order allow deny typesconfig addtype ' +
  'addencoding addhandler addoutputfilter include includeoptional pidfile timeout keepalive maxkeepaliverequests keepalivetimeout ' +
  'startservers minsparethreads maxsparethreads threadsperchild maxrequestworkers maxconnectionsperchild serverlimit threadlimit ' +
  'hostnamelookups servertokens serversignature traceenable errordocument enablemmap enablesendfile adddefaultcharset ' +
  'requestheader header setenv setenvif unsetenv passenv mimemagicfile sslrandomseed usecanonicalname accessfilename ' +
  'limitrequestbody defaulttype rewriteengine rewriterule rewritecond proxypass proxypassreverse proxyrequests define ' +
  'authtype authname authuserfile indexoptions addicon defaulticon readmename headername indexignore adddescription ' +
  'addiconbyencoding addiconbytype addlanguage languagepriority forcelanguagepriority mutex scriptsock loadfile ' +
  'directorymatch filesmatch locationmatch virtualhost').split(' '));
const SECTIONS = new Set(['directory', 'directorymatch', 'files', 'filesmatch', 'location', 'locationmatch', 'virtualhost', 'ifmodule', 'ifdefine', 'limit', 'limitexcept', 'ifversion', 'ifdirective', 'iffile', 'requireall', 'requireany', 'requirenone', 'proxy', 'if', 'else', 'elseif']);

export interface HttpdConf {
  serverName: string | null;
  listens: number[];
  user: string;
  group: string;
}

export class HttpdConfError extends Error {}

/** Reads httpd.conf and its Includes the way ap_read_config checks them. */
export function readHttpdConf(fs: Vfs, root: string, path: string, defines: Set<string>): HttpdConf {
  const conf: HttpdConf = { serverName: null, listens: [], user: 'daemon', group: 'daemon' };
  const modules = new Set<string>();
  readFile(fs, root, path, conf, modules, defines);
  return conf;
}

function readFile(fs: Vfs, root: string, path: string, conf: HttpdConf, modules: Set<string>, defines: Set<string>): void {
  let text: string;
  try {
    text = fs.readFile(path);
  } catch (e) {
    if (!(e instanceof FsError)) throw e;
    throw new HttpdConfError(`httpd: Could not open configuration file ${path}: No such file or directory\n`);
  }
  const stack: { name: string; line: number; skip: boolean }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const fail = (msg: string) => new HttpdConfError(`AH00526: Syntax error on line ${i + 1} of ${path}:\n${msg}\n`);
    const skipping = stack.some((s) => s.skip);
    const close = /^<\/(\w+)\s*>$/.exec(line);
    if (close) {
      const top = stack.pop();
      if (!top) throw fail(`</${close[1]}> without matching <${close[1]}> section`);
      if (top.name.toLowerCase() !== close[1]!.toLowerCase()) throw fail(`Expected </${top.name}> but saw </${close[1]}>`);
      continue;
    }
    const open = /^<(\w+)(?:\s+([^>]*))?>$/.exec(line);
    if (open) {
      const name = open[1]!;
      if (!skipping && !SECTIONS.has(name.toLowerCase())) throw fail(`Invalid command '<${name}', perhaps misspelled or defined by a module not included in the server configuration`);
      const arg = (open[2] ?? '').trim().replace(/^"|"$/g, '');
      const neg = arg.startsWith('!');
      const what = neg ? arg.slice(1) : arg;
      let skip = false;
      if (name.toLowerCase() === 'ifmodule') skip = modules.has(what.replace(/\.c$/, '').replace(/^mod_/, '').replace(/_module$/, '')) === neg;
      if (name.toLowerCase() === 'ifdefine') skip = defines.has(what) === neg;
      stack.push({ name, line: i + 1, skip });
      continue;
    }
    if (skipping) continue;
    const [word, ...args] = line.split(/\s+/) as [string, ...string[]];
    const dir = word.toLowerCase();
    if (!KNOWN.has(dir)) throw fail(`Invalid command '${word}', perhaps misspelled or defined by a module not included in the server configuration`);
    const arg = (args[0] ?? '').replace(/^"|"$/g, '');
    if (dir === 'loadmodule') modules.add(arg.replace(/_module$/, ''));
    else if (dir === 'servername') conf.serverName = arg;
    else if (dir === 'listen') conf.listens.push(Number(arg.split(':').pop()));
    else if (dir === 'user') conf.user = arg;
    else if (dir === 'group') conf.group = arg;
    else if (dir === 'include' || dir === 'includeoptional') {
      for (const f of includes(fs, root, arg, dir === 'includeoptional')) readFile(fs, root, f, conf, modules, defines);
    }
  }
  const open = stack.pop();
  if (open) throw new HttpdConfError(`AH00526: Syntax error on line ${open.line} of ${path}:\n${path}:${open.line}: <${open.name}> was not closed.\n`);
}

function includes(fs: Vfs, root: string, spec: string, optional: boolean): string[] {
  const path = spec.startsWith('/') ? spec : `${root}/${spec}`;
  if (!hasGlob(path)) return optional && !fs.exists(path) ? [] : [path];
  const dir = path.slice(0, path.lastIndexOf('/'));
  const pattern = path.slice(path.lastIndexOf('/') + 1);
  try {
    return fs.readdir(dir).filter((n) => matchPattern(pattern, n)).sort().map((n) => `${dir}/${n}`);
  } catch (e) {
    if (e instanceof FsError) return [];
    throw e;
  }
}
