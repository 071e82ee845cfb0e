/** Prime factors in ascending order: trial division, then Miller–Rabin and Pollard–Brent rho. */
export function factorize(n: bigint): bigint[] {
  const out: bigint[] = [];
  if (n < 2n) return out;
  for (const p of [2n, 3n, 5n]) {
    while (n % p === 0n) {
      out.push(p);
      n /= p;
    }
  }
  // 30-wheel trial division catches every small factor cheaply.
  const steps = [4n, 2n, 4n, 2n, 4n, 6n, 2n, 6n];
  let d = 7n;
  for (let k = 0; d <= 50000n && d * d <= n; k = (k + 1) % 8) {
    while (n % d === 0n) {
      out.push(d);
      n /= d;
    }
    d += steps[k]!;
  }
  if (n > 1n) {
    if (d * d > n) out.push(n);
    else split(n, out);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function split(n: bigint, out: bigint[]): void {
  if (n === 1n) return;
  if (isPrime(n)) {
    out.push(n);
    return;
  }
  for (let c = 1n; ; c++) {
    const f = rho(n, c);
    if (f !== null && f !== n) {
      split(f, out);
      split(n / f, out);
      return;
    }
    if (c > 3n) {
      out.push(n);
      return;
    }
  }
}

function modpow(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n;
  b %= m;
  while (e > 0n) {
    if (e & 1n) r = (r * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return r;
}

const WITNESSES = [2n, 3n, 5n, 7n, 11n, 13n, 17n, 19n, 23n, 29n, 31n, 37n, 41n, 43n, 47n, 53n];

export function isPrime(n: bigint): boolean {
  if (n < 2n) return false;
  for (const p of WITNESSES) if (n % p === 0n) return n === p;
  let d = n - 1n;
  let s = 0;
  while ((d & 1n) === 0n) {
    d >>= 1n;
    s++;
  }
  outer: for (const a of WITNESSES) {
    let x = modpow(a, d, n);
    if (x === 1n || x === n - 1n) continue;
    for (let i = 1; i < s; i++) {
      x = (x * x) % n;
      if (x === n - 1n) continue outer;
    }
    return false;
  }
  return true;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a < 0n ? -a : a;
}

/** Brent's cycle finding with batched gcds; null when this constant fails. */
function rho(n: bigint, c: bigint): bigint | null {
  let y = 2n;
  let r = 1;
  let q = 1n;
  let g = 1n;
  let x = y;
  let ys = y;
  const m = 128;
  let budget = 1_000_000;
  do {
    x = y;
    for (let i = 0; i < r; i++) y = (y * y + c) % n;
    let k = 0;
    do {
      ys = y;
      for (let i = 0; i < Math.min(m, r - k); i++) {
        y = (y * y + c) % n;
        q = (q * (x > y ? x - y : y - x)) % n;
      }
      g = gcd(q, n);
      k += m;
      budget -= m;
    } while (k < r && g === 1n && budget > 0);
    r *= 2;
  } while (g === 1n && budget > 0);
  if (g === 1n) return null;
  if (g === n) {
    do {
      ys = (ys * ys + c) % n;
      g = gcd(x > ys ? x - ys : ys - x, n);
    } while (g === 1n);
  }
  return g === n ? null : g;
}
