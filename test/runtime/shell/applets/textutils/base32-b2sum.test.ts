import { describe } from 'vitest';
import { type Case, runCases } from './cases.ts';

// base32 (base32-codec.ts) and b2sum (blake2b.ts for -l), recorded from coreutils 9.1 on Debian 12, LANG=C.
const CASES: Case[] = [
  ["", "printf 'a' | base32", "ME======\n", "", 0],
  ["", "printf 'abcd' | base32", "MFRGGZA=\n", "", 0],
  ["", "printf abcdef | base32", "MFRGGZDFMY======\n", "", 0],
  ["", "printf 'MFRGGZA=' | base32 -d", "abcd", "", 0],
  ["", "printf 'NBUQU' | base32 -d", "", "base32: invalid input\n", 1],
  ["", "printf 'NBU!QU===' | base32 -d", "h", "base32: invalid input\n", 1],
  ["", "printf 'NBU!QU===' | base32 -di", "hi\n", "", 0],
  ["", "printf 'NBUQU===NBUQU===' | base32 -d", "hi\nhi\n", "", 0],
  ["", "head -c 60 /dev/zero | base32 -w 20", "AAAAAAAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAAAAAAA\nAAAAAAAAAAAAAAAA\n", "", 0],
  ["", "base32 a b", "", "base32: extra operand 'b'\nTry 'base32 --help' for more information.\n", 1],
  ["", "printf hi | b2sum", "bfbcbe7ade93034ee0a41a2ea7b5fd81d89bdb1d75d1af230ea37d7abe71078f1df6db4d251cbc6b58e8963db2546f0f539c80b0f08c0fdd8c0a71075c97b3e7  -\n", "", 0],
  ["", "b2sum -l 256 /dev/null", "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8  /dev/null\n", "", 0],
  ["", "b2sum -l 16 --tag /dev/null", "BLAKE2b-16 (/dev/null) = b1fe\n", "", 0],
  ["", "head -c 300 /dev/zero | b2sum -l 128", "e8752bdee5e06355063abc45c7b60f65  -\n", "", 0],
  ["", "b2sum -l 7 /dev/null", "", "b2sum: invalid length: '7'\nb2sum: length is not a multiple of 8\n", 1],
  ["", "b2sum -l 1024 /dev/null", "", "b2sum: invalid length: '1024'\nb2sum: maximum digest length for 'BLAKE2b' is 512 bits\n", 1],
  ["", "b2sum -l x /dev/null", "", "b2sum: invalid length: 'x'\n", 1],
  ["printf hi > f; b2sum -l 32 f > s", "b2sum -l 32 -c s", "f: OK\n", "", 0],
];

describe('base32 and b2sum', () => runCases(CASES));
