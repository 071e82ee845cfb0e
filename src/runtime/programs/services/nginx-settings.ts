import { NginxConfError, type Stmt, first } from './nginx-conf.ts';
import type { ListenSocket } from './listening.ts';

/** What the master needs from the parsed configuration (core, events and the http listens). */
export interface NginxSettings {
  user: { name: string; group: string | undefined; where: string } | null;
  /** `auto` resolved by the caller (the CPU count). */
  workers: number | 'auto';
  errorLog: { path: string; level: number };
  pidPath: string;
  daemon: boolean;
  listens: ListenSocket[];
}

export const LOG_LEVELS = ['stderr', 'emerg', 'alert', 'crit', 'error', 'warn', 'notice', 'info', 'debug'];
export const level = (name: string): number => LOG_LEVELS.indexOf(name);

const LISTEN_PARAMS = /^(default_server|default|ssl|http2|quic|proxy_protocol|reuseport|deferred|bind|backlog=\S+|rcvbuf=\S+|sndbuf=\S+|ipv6only=(on|off)|so_keepalive=\S+|fastopen=\d+|setfib=\d+|accept_filter=\S+)$/;

const where = (s: Stmt) => `${s.file}:${s.line}`;

/** The prefix-relative paths nginx resolves against its prefix (`/etc/nginx/`). */
function absolute(path: string): string {
  return path.startsWith('/') || path === 'stderr' ? path : `/etc/nginx/${path}`;
}

function workersOf(s: Stmt | undefined): number | 'auto' {
  if (!s || s.args[0] === 'auto') return s ? 'auto' : 1;
  if (!/^\d+$/.test(s.args[0]!)) throw new NginxConfError(`"worker_processes" directive invalid value in ${where(s)}`);
  return Number(s.args[0]);
}

function errorLogOf(s: Stmt | undefined, fallback: string): { path: string; level: number } {
  if (!s) return { path: fallback, level: level('error') };
  const lv = s.args[1] ?? 'error';
  if (level(lv) < 1) throw new NginxConfError(`invalid log level "${lv}" in ${where(s)}`);
  return { path: absolute(s.args[0]!), level: level(lv) };
}

/** One `listen` directive as ngx_parse_url reads it: `80`, `*:80`, `127.0.0.1:8080`, `[::]:80`. */
function listenOf(s: Stmt): ListenSocket {
  const [addr, ...params] = s.args as [string, ...string[]];
  for (const p of params) if (!LISTEN_PARAMS.test(p)) throw new NginxConfError(`invalid parameter "${p}" in ${where(s)}`);
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]]+))?(?::(\w+))?$/.exec(addr);
  let host = '0.0.0.0';
  let port = '80';
  if (m && m[3] !== undefined) {
    host = m[1] ?? m[2] ?? '0.0.0.0';
    port = m[3];
  } else if (m && m[2] && /^\d+$/.test(m[2])) port = m[2];
  else if (m && (m[1] || m[2])) host = m[1] ?? m[2]!;
  if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) throw new NginxConfError(`invalid port in "${addr}" of the "listen" directive in ${where(s)}`);
  if (host === '*') host = '0.0.0.0';
  if (host === 'localhost') host = '127.0.0.1';
  if (!/^[\d.]+$/.test(host) && !host.includes(':')) throw new NginxConfError(`host not found in "${addr}" of the "listen" directive in ${where(s)}`);
  return { proto: 'tcp', address: host.includes(':') ? `[${host}]` : host, port: Number(port), protocol: 'http' };
}

/** Every address:port the http servers listen on, once each (a server without listen takes *:80). */
function listensOf(stmts: readonly Stmt[], root: boolean): ListenSocket[] {
  const out = new Map<string, ListenSocket>();
  for (const http of stmts.filter((s) => s.name === 'http')) {
    for (const server of (http.block ?? []).filter((s) => s.name === 'server')) {
      const ls = (server.block ?? []).filter((s) => s.name === 'listen').map(listenOf);
      if (ls.length === 0) ls.push({ proto: 'tcp', address: '0.0.0.0', port: root ? 80 : 8000, protocol: 'http' });
      for (const l of ls) if (!out.has(`${l.address}:${l.port}`)) out.set(`${l.address}:${l.port}`, l);
    }
  }
  return [...out.values()];
}

export function settingsOf(stmts: readonly Stmt[], root: boolean, defaults: { errorLog: string; pidPath: string }): NginxSettings {
  const user = first(stmts, 'user');
  const daemon = first(stmts, 'daemon');
  const pid = first(stmts, 'pid');
  return {
    user: user ? { name: user.args[0]!, group: user.args[1], where: where(user) } : null,
    workers: workersOf(first(stmts, 'worker_processes')),
    errorLog: errorLogOf(first(stmts, 'error_log'), defaults.errorLog),
    pidPath: pid ? absolute(pid.args[0]!) : defaults.pidPath,
    daemon: daemon ? daemon.args[0]!.toLowerCase() === 'on' : true,
    listens: listensOf(stmts, root),
  };
}
