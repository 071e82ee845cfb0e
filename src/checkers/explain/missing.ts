import type { Texts } from '../predicate.ts';
import type { Lang } from '../types.ts';

const TEXT: Texts<{ container: (name: string, others: string[]) => string; image: (ref: string) => string; volume: (name: string, others: string[]) => string }> = {
  en: {
    container: (n, o) => `no container named ${n} (${o.length ? `containers: ${o.join(', ')}` : 'there are no containers'})`,
    image: (r) => `no image ${r}`,
    volume: (n, o) => `no volume named ${n} (${o.length ? `volumes: ${o.join(', ')}` : 'there are no volumes'})`,
  },
  'zh-CN': {
    container: (n, o) => `没有名为 ${n} 的容器（${o.length ? `现有容器：${o.join(', ')}` : '当前没有任何容器'}）`,
    image: (r) => `没有镜像 ${r}`,
    volume: (n, o) => `没有名为 ${n} 的数据卷（${o.length ? `现有数据卷：${o.join(', ')}` : '当前没有任何数据卷'}）`,
  },
};

/** "no container named web (containers: web1, db)": what a student needs to see a typo. */
export const noContainer = (lang: Lang, name: string, others: string[]): string => TEXT[lang].container(name, others);
export const noImage = (lang: Lang, ref: string): string => TEXT[lang].image(ref);
export const noVolume = (lang: Lang, name: string, others: string[]): string => TEXT[lang].volume(name, others);
