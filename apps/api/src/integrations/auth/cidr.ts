import { BlockList, isIP } from 'node:net';

/** `10.0.0.0/8`, `192.168.1.5/32`, `2001:db8::/32`: a valid IPv4 or IPv6 CIDR range. */
export function isCidr(value: string): boolean {
  return parseCidr(value) !== null;
}

function parseCidr(
  value: string,
): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | null {
  const match = /^([0-9a-fA-F.:]+)\/(\d{1,3})$/.exec(value);
  if (!match) return null;
  const version = isIP(match[1]);
  const prefix = Number(match[2]);
  if (version === 4 && prefix <= 32) return { address: match[1], prefix, family: 'ipv4' };
  if (version === 6 && prefix <= 128) return { address: match[1], prefix, family: 'ipv6' };
  return null;
}

/** Whether the caller's address lies in one of the ranges (an empty list allows every address). */
export function addressAllowed(ip: string | undefined, ranges: readonly string[]): boolean {
  if (!ranges.length) return true;
  if (!ip) return false;
  // Express reports IPv4 callers on a dual-stack socket as ::ffff:a.b.c.d.
  const address = ip.startsWith('::ffff:') && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const family = isIP(address) === 4 ? 'ipv4' : 'ipv6';
  const list = new BlockList();
  for (const range of ranges) {
    const parsed = parseCidr(range);
    if (parsed) list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return list.check(address, family);
}
