import type { Container } from './container.ts';

/** types.Port as GET /containers/json lists it. */
interface ApiPort {
  IP: string;
  PrivatePort: number;
  PublicPort: number;
  Type: string;
}

/** The API's port list of a running container: bound ports once per host address, the rest bare. */
function apiPorts(c: Container): ApiPort[] {
  const out: ApiPort[] = [];
  for (const [key, bound] of Object.entries(c.ports ?? {})) {
    const [port, type = 'tcp'] = key.split('/') as [string, string?];
    const priv = Number(port);
    if (!bound || bound.length === 0) {
      out.push({ IP: '', PrivatePort: priv, PublicPort: 0, Type: type });
      continue;
    }
    for (const x of bound) out.push({ IP: x.HostIp, PrivatePort: priv, PublicPort: Number(x.HostPort), Type: type });
  }
  return out;
}

const hostPort = (ip: string, port: string): string => (ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`);

/**
 * The CLI's DisplayablePorts: ports sorted, consecutive ones of the same address and protocol
 * merged into ranges (first-seen group order), host mappings to a different port listed last.
 */
export function displayablePorts(c: Container): string {
  const ports = apiPorts(c).sort((a, b) =>
    a.PrivatePort !== b.PrivatePort ? a.PrivatePort - b.PrivatePort
    : a.IP !== b.IP ? (a.IP < b.IP ? -1 : 1)
    : a.PublicPort !== b.PublicPort ? a.PublicPort - b.PublicPort
    : a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0);
  const groups = new Map<string, { ip: string; type: string; first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  const form = (g: { ip: string; type: string; first: number; last: number }): string => {
    const range = g.first === g.last ? `${g.first}` : `${g.first}-${g.last}`;
    return `${g.ip ? `${hostPort(g.ip, range)}->${range}` : range}/${g.type}`;
  };
  for (const p of ports) {
    if (p.IP && p.PublicPort !== p.PrivatePort) {
      hostMappings.push(`${hostPort(p.IP, String(p.PublicPort))}->${p.PrivatePort}/${p.Type}`);
      continue;
    }
    const key = `${p.IP}/${p.Type}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { ip: p.IP, type: p.Type, first: p.PrivatePort, last: p.PrivatePort });
      continue;
    }
    if (p.PrivatePort === g.last + 1) {
      g.last = p.PrivatePort;
      continue;
    }
    result.push(form(g));
    // Go re-inserts into the map: the key keeps its first-seen place in the final pass.
    groups.set(key, { ip: p.IP, type: p.Type, first: p.PrivatePort, last: p.PrivatePort });
  }
  for (const g of groups.values()) result.push(form(g));
  return [...result, ...hostMappings].join(', ');
}
