import type { AppletContext } from '../types.ts';

export interface Distro {
  id: string;
  version: string;
}

/** Which distribution the root is (from /etc/os-release), so texts and URLs fit the image. */
export function distro(ctx: AppletContext): Distro {
  let text = '';
  for (const f of ['/etc/os-release', '/usr/lib/os-release']) {
    try {
      text = ctx.fs.readFile(f);
      break;
    } catch {
      text = '';
    }
  }
  const field = (k: string) => new RegExp(`^${k}="?([^"\\n]*)"?`, 'm').exec(text)?.[1] ?? '';
  return { id: field('ID') || 'ubuntu', version: field('VERSION_ID') };
}
