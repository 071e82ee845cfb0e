/** go-units RAMInBytes, as `docker run -m 64m` reads a size: binary units, optional i/b suffixes. */
export function ramInBytes(text: string): number | null {
  const m = /^(\d+(?:\.\d+)*) ?([kmgtp])?i?b?$/i.exec(text.trim());
  if (!m) return null;
  const power = ' kmgtp'.indexOf((m[2] ?? ' ').toLowerCase());
  return Math.floor(Number(m[1]) * 1024 ** power);
}

/** Bytes in the unit a student typed them in: 67108864 → "64m"; odd sizes stay in bytes. */
export function shortSize(bytes: number): string {
  for (const [unit, size] of [['g', 1024 ** 3], ['m', 1024 ** 2], ['k', 1024]] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size}${unit}`;
  }
  return `${bytes}b`;
}
