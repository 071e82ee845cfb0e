/**
 * dd's closing statistics. The model has no wall clock for I/O, so the transfer is timed
 * deterministically as if the disk moved 1 byte per nanosecond after a 1 µs start-up:
 * elapsed = (1000 + bytes) ns. The number formats follow gnulib human_readable and printf %g.
 */
export interface DdCounts {
  fullIn: number;
  partialIn: number;
  fullOut: number;
  partialOut: number;
  bytes: number;
  truncated: number;
}

const SI = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
const IEC = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi'];

/** An exact byte count: tenths only below 10 after scaling (human_readable's integer path). */
function exactHuman(n: number, base: number): string {
  let e = 0;
  let v = n;
  while (v >= base && e < 8) (v /= base), e++;
  const units = base === 1000 ? SI : IEC;
  if (e === 0) return `${n} B`;
  let s = v < 10 ? (Math.round(v * 10) / 10).toFixed(1) : String(Math.round(v));
  if (s === '10.0') s = '10';
  if (Number(s) >= base && e < 8) return `1.0 ${units[e + 1]}B`;
  return `${s} ${units[e]}B`;
}

/** A rate (inexact path): one decimal unless that takes more than four characters. */
function rateHuman(bps: number): string {
  let e = 0;
  let v = bps;
  while (v >= 1000 && e < 8) (v /= 1000), e++;
  let s = v.toFixed(1);
  if (s.length > 4) s = v.toFixed(0);
  if (s === '1000' && e < 8) return `1.0 ${SI[e + 1]}B/s`;
  return `${s} ${SI[e]}B/s`;
}

/** C printf("%g"). */
export function formatG(x: number): string {
  if (x === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(x)));
  if (exp < -4 || exp >= 6) {
    const [m, ex] = x.toExponential(5).split('e');
    const mant = m!.replace(/\.?0+$/, '');
    const n = Number(ex);
    return `${mant}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  }
  return x.toPrecision(6).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

export function statsText(c: DdCounts, level: 'default' | 'noxfer' | 'none' | 'progress'): string {
  if (level === 'none') return '';
  let out = `${c.fullIn}+${c.partialIn} records in\n${c.fullOut}+${c.partialOut} records out\n`;
  if (c.truncated) out += `${c.truncated} truncated record${c.truncated === 1 ? '' : 's'}\n`;
  if (level === 'noxfer') return out;
  const secs = (1000 + c.bytes) / 1e9;
  const rate = rateHuman(c.bytes / secs);
  const si = exactHuman(c.bytes, 1000);
  const iec = exactHuman(c.bytes, 1024);
  const time = `${formatG(secs)} s`;
  if (c.bytes < 1000) out += `${c.bytes} byte${c.bytes === 1 ? '' : 's'} copied, ${time}, ${rate}\n`;
  else if (c.bytes < 1024) out += `${c.bytes} bytes (${si}) copied, ${time}, ${rate}\n`;
  else out += `${c.bytes} bytes (${si}, ${iec}) copied, ${time}, ${rate}\n`;
  return out;
}
