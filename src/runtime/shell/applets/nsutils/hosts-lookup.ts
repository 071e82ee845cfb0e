import type { AppletContext } from '../types.ts';

export interface HostEntry {
  addr: string;
  names: string[];
}

/** /etc/hosts lines (the `files` source of nsswitch, the only resolver the lab has). */
export function hostsEntries(ctx: AppletContext): HostEntry[] {
  let text = '';
  try {
    text = ctx.fs.readFile('/etc/hosts');
  } catch {
    return [];
  }
  return text.split('\n').flatMap((line) => {
    const f = line.replace(/#.*/, '').trim().split(/\s+/).filter(Boolean);
    return f.length >= 2 ? [{ addr: f[0]!, names: f.slice(1) }] : [];
  });
}

/** getaddrinfo(name, AI_CANONNAME) against /etc/hosts: the canonical name, aliases and addresses. */
export function resolveName(ctx: AppletContext, name: string): { canonical: string; aliases: string[]; addrs: string[] } | null {
  const hits = hostsEntries(ctx).filter((e) => e.names.includes(name));
  if (!hits.length) return null;
  return { canonical: hits[0]!.names[0]!, aliases: hits[0]!.names.slice(1), addrs: [...new Set(hits.map((h) => h.addr))] };
}
