/** apt's SizeToStr: 3–4 significant digits with SI units (`47.9 kB`, `1186 kB`, `0 B`). */
export function sizeToStr(bytes: number): string {
  const units = ['', 'k', 'M', 'G', 'T'];
  let size = bytes;
  for (let i = 0; i < units.length; i++) {
    if (size < 100 && i !== 0) return `${size.toFixed(1)} ${units[i]}B`;
    if (size < 10000) return `${size.toFixed(0)} ${units[i]}B`;
    size /= 1000;
  }
  return `${size.toFixed(0)} PB`;
}

/** apt's ShowList: a title, then names wrapped to the 80-column screen under a two-space indent. */
export function showList(title: string, names: string[], width = 80): string {
  if (names.length === 0) return '';
  const screen = width - 3;
  let out = title;
  let used = 0;
  for (const n of names) {
    if (used === 0 || used + n.length >= screen) {
      out += '\n  ';
      used = 0;
    } else {
      out += ' ';
      used++;
    }
    out += n;
    used += n.length;
  }
  return `${out}\n`;
}

export function summaryLine(upgraded: number, installed: number, removed: number, notUpgraded = 0): string {
  return `${upgraded} upgraded, ${installed} newly installed, ${removed} to remove and ${notUpgraded} not upgraded.\n`;
}
