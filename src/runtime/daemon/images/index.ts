import { ALPINE } from './catalog/alpine.ts';
import { BUSYBOX } from './catalog/busybox.ts';
import { DEBIAN } from './catalog/debian.ts';
import { HELLO_WORLD } from './catalog/hello-world.ts';
import { CENTOS } from './catalog/centos.ts';
import { FLANNEL } from './catalog/flannel.ts';
import { HTTPD } from './catalog/httpd.ts';
import { MYSQL } from './catalog/mysql.ts';
import { NGINX } from './catalog/nginx.ts';
import { OPENJDK } from './catalog/openjdk.ts';
import { REDIS } from './catalog/redis.ts';
import { REGISTRY } from './catalog/registry.ts';
import { TOMCAT } from './catalog/tomcat.ts';
import { UBUNTU } from './catalog/ubuntu.ts';
import type { ImageSpec } from './types.ts';

export type { HistoryEntry, ImageConfig, ImageSpec } from './types.ts';
export { goldenPresetImages } from './presets.ts';
export { helloApplet, HELLO_MESSAGE } from './hello.ts';

/** Everything `docker pull` / `docker search` can reach in the lab's offline registry. */
export const CATALOG: readonly ImageSpec[] = [
  HELLO_WORLD, ...BUSYBOX, ...ALPINE, ...UBUNTU, ...DEBIAN, ...CENTOS, ...NGINX, ...HTTPD, ...REDIS, ...MYSQL, ...TOMCAT,
  ...OPENJDK, ...REGISTRY, ...FLANNEL,
];

/** The catalog image `repo:tag` (`docker.io/library/` prefixes accepted), or undefined. */
export function findImage(repo: string, tag: string): ImageSpec | undefined {
  const name = repo.replace(/^(docker\.io|index\.docker\.io|registry-1\.docker\.io)\//, '').replace(/^library\//, '');
  return CATALOG.find((s) => s.repo === name && s.tags.includes(tag));
}
