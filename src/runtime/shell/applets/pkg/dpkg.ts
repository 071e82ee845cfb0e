import type { Applet, AppletContext } from '../types.ts';
import { debDef, dpkgName, isInstalled, listFile, readDpkg, type Stanza, formatStanza, writeDpkg } from './dpkg-db.ts';
import { packagePaths, isRoot, removePackageFiles } from './pkg-files.ts';

const glob = (p: string) => new RegExp(`^${p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);

const ACTIONS: Record<string, string> = { l: 'list', L: 'listfiles', s: 'status', S: 'search', W: 'show', i: 'install', r: 'remove', P: 'purge', list: 'list', listfiles: 'listfiles', status: 'status', search: 'search', show: 'show', install: 'install', remove: 'remove', purge: 'purge', 'get-selections': 'get-selections', version: 'version', help: 'help', 'print-architecture': 'arch' };

/** dpkg and dpkg-query over /var/lib/dpkg: listing, file lists, status, ownership, removal. */
const dpkg: Applet = {
  async run(ctx) {
    const me = ctx.name === 'dpkg-query' ? 'dpkg-query' : 'dpkg';
    let action = '';
    const ops: string[] = [];
    for (const a of ctx.argv.slice(1)) {
      if (a.startsWith('--')) {
        const act = ACTIONS[a.slice(2)];
        if (!act) {
          await ctx.stderr.write(`${me}: error: unknown option ${a}\n\nType ${me} --help for help about ${me === 'dpkg' ? 'installing and deinstalling packages' : 'querying packages'}.\n`);
          return 2;
        }
        action = act;
      } else if (a.startsWith('-') && a.length > 1) {
        const act = ACTIONS[a[1]!];
        if (!act) {
          await ctx.stderr.write(`${me}: error: unknown option -${a[1]}\n\nType ${me} --help for help about ${me === 'dpkg' ? 'installing and deinstalling packages' : 'querying packages'}.\n`);
          return 2;
        }
        action = act;
        if (a.length > 2) ops.push(a.slice(2));
      } else ops.push(a);
    }
    if (action === 'version') {
      await ctx.stdout.write(`Debian '${me}' package management program version 1.21.1 (amd64).\nThis is free software; see the GNU General Public License version 2 or\nlater for copying conditions. There is NO warranty.\n`);
      return 0;
    }
    if (action === 'arch') {
      await ctx.stdout.write('amd64\n');
      return 0;
    }
    if (!action || action === 'help') {
      if (action === 'help') {
        await ctx.stdout.write(`Usage: ${me} [<option>...] <command>\n`);
        return 0;
      }
      await ctx.stderr.write(`${me}: error: need an action option\n\nType ${me} --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType ${me} -Dhelp for a list of ${me} debug flag values;\nType ${me} --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n`);
      return 2;
    }
    const db = readDpkg(ctx);
    switch (action) {
      case 'list':
        return list(ctx, db, ops);
      case 'listfiles':
      case 'status':
        return perPackage(ctx, db, ops, action);
      case 'search':
        return search(ctx, db, ops);
      case 'show': {
        let out = '';
        const names = ops.length ? ops : [...db.keys()].sort();
        for (const n of names) if (isInstalled(db.get(n))) out += `${n}\t${db.get(n)!.get('Version')}\n`;
        await ctx.stdout.write(out);
        return 0;
      }
      case 'get-selections': {
        let out = '';
        for (const n of [...db.keys()].sort()) {
          let l = n.length;
          let pad = '';
          do {
            pad += '\t';
            l = (l + 8) & ~7;
          } while (l < 48);
          out += `${n}${pad}${isInstalled(db.get(n)) ? 'install' : 'deinstall'}\n`;
        }
        await ctx.stdout.write(out);
        return 0;
      }
    }
    if (!isRoot(ctx)) {
      await ctx.stderr.write('dpkg: error: requested operation requires superuser privilege\n');
      return 2;
    }
    if (action === 'install') {
      for (const f of ops) {
        if (!ctx.fs.exists(f)) {
          await ctx.stderr.write(`dpkg: error: cannot access archive '${f}': No such file or directory\n`);
          return 2;
        }
      }
      await ctx.stderr.write(`dpkg: error processing archive ${ops[0]} (--install):\n dpkg-deb: error: '${ops[0]}' is not a Debian format archive\nErrors were encountered while processing:\n ${ops[0]}\n`);
      return 1;
    }
    let out = '';
    for (const n of ops) {
      const st = db.get(n);
      if (!isInstalled(st) && !(action === 'purge' && st)) {
        out += `dpkg: warning: ignoring request to remove ${n} which isn't installed\n`;
        continue;
      }
      const p = debDef(n);
      await ctx.stdout.write(`(Reading database ... 4393 files and directories currently installed.)\nRemoving ${p ? dpkgName(p) : n} (${st!.get('Version')}) ...\n`);
      if (p) removePackageFiles(ctx, p, (f) => action !== 'purge' && f.startsWith('/etc/'));
      if (p && action !== 'purge' && p.files.some((f) => f.startsWith('/etc/'))) st!.set('Status', 'deinstall ok config-files');
      else db.delete(n);
    }
    writeDpkg(ctx, db);
    await ctx.stderr.write(out);
    return 0;
  },
};
export default dpkg;

async function list(ctx: AppletContext, db: Map<string, Stanza>, pats: string[]): Promise<number> {
  const rows: [string, string, Stanza][] = [];
  let status = 0;
  let err = '';
  const code = (st: Stanza) => (isInstalled(st) ? 'ii' : st.get('Status')!.includes('config-files') ? 'rc' : 'un');
  const names = [...db.keys()].sort();
  if (pats.length === 0) for (const n of names) rows.push([code(db.get(n)!), n, db.get(n)!]);
  for (const pat of pats) {
    const re = glob(pat);
    const hit = names.filter((n) => re.test(n));
    if (hit.length === 0) {
      err += `dpkg-query: no packages found matching ${pat}\n`;
      status = 1;
    }
    for (const n of hit) rows.push([code(db.get(n)!), n, db.get(n)!]);
  }
  const full = rows.map(([c, n, st]) => {
    const arch = st.get('Architecture') ?? 'amd64';
    return [c, st.get('Multi-Arch') === 'same' ? `${n}:${arch}` : n, st.get('Version') ?? '', arch, (st.get('Description') ?? '').split('\n')[0]!] as const;
  });
  if (full.length) {
    const w = (i: number, min: number) => Math.max(min, ...full.map((r) => r[i].length));
    const [nw, vw, aw, dw] = [w(1, 14), w(2, 12), w(3, 12), w(4, 33)];
    let out = 'Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n';
    out += `||/ ${'Name'.padEnd(nw)} ${'Version'.padEnd(vw)} ${'Architecture'.padEnd(aw)} Description\n`;
    out += `+++-${'='.repeat(nw)}-${'='.repeat(vw)}-${'='.repeat(aw)}-${'='.repeat(dw)}\n`;
    for (const r of full) out += `${r[0]}  ${r[1].padEnd(nw)} ${r[2].padEnd(vw)} ${r[3].padEnd(aw)} ${r[4]}\n`;
    await ctx.stdout.write(out);
  }
  await ctx.stderr.write(err);
  return status;
}

async function perPackage(ctx: AppletContext, db: Map<string, Stanza>, names: string[], action: string): Promise<number> {
  if (names.length === 0) {
    await ctx.stderr.write(`dpkg-query: error: --${action} needs at least one package name argument\n\nUse --help for help about querying packages.\n`);
    return 2;
  }
  let status = 0;
  const blocks: string[] = [];
  for (const n of names) {
    const st = db.get(n.replace(/:amd64$/, ''));
    if (!st || (action === 'listfiles' && !isInstalled(st))) {
      await ctx.stdout.write(blocks.join(action === 'status' ? '\n' : ''));
      blocks.length = 0;
      await ctx.stderr.write(action === 'status' ? `dpkg-query: package '${n}' is not installed and no information is available\n` : `dpkg-query: package '${n}' is not installed\n`);
      status = 1;
      continue;
    }
    if (action === 'status') blocks.push(formatStanza(st));
    else {
      const p = debDef(n);
      let text = '/.\n';
      if (p && ctx.fs.exists(listFile(p))) text = ctx.fs.readFile(listFile(p));
      else if (p) {
        const { dirs, files } = packagePaths(p);
        text = ['/.', ...[...dirs, ...files].sort()].join('\n') + '\n';
      }
      blocks.push(text);
    }
  }
  await ctx.stdout.write(blocks.join(action === 'status' ? '\n' : ''));
  if (status) await ctx.stderr.write(action === 'status' ? 'Use dpkg --info (= dpkg-deb --info) to examine archive files.\n' : 'Use dpkg --contents (= dpkg-deb --contents) to list archive files contents.\n');
  return status;
}

async function search(ctx: AppletContext, db: Map<string, Stanza>, pats: string[]): Promise<number> {
  let out = '';
  let err = '';
  for (const pat of pats) {
    const re = pat.includes('*') ? glob(pat) : null;
    const hits: string[] = [];
    for (const n of [...db.keys()].sort()) {
      const p = debDef(n);
      if (!p || !isInstalled(db.get(n))) continue;
      for (const f of packagePaths(p).files) if (re ? re.test(f) : f.includes(pat)) hits.push(`${dpkgName(p)}: ${f}\n`);
    }
    if (hits.length === 0) err += `dpkg-query: no path found matching pattern ${pat}\n`;
    out += hits.join('');
  }
  await ctx.stdout.write(out);
  await ctx.stderr.write(err);
  return err ? 1 : 0;
}
