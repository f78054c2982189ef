/**
 * Which addresses a fetch may connect to. Only globally routable unicast addresses are
 * public; everything else (loopback, private, link-local, CGNAT, multicast, unspecified,
 * documentation, benchmarking, reserved, and the tunnel and translation prefixes 6to4, Teredo
 * and NAT64) is refused, so a URL cannot reach the server's own network (SSRF). IPv6 forms
 * that carry an IPv4 address in their last 32 bits (IPv4-mapped ::ffff:a.b.c.d, the deprecated
 * IPv4-compatible ::a.b.c.d, IPv4-translated ::ffff:0:a.b.c.d) are judged by that IPv4 address:
 * `new URL('http://[::127.0.0.1]/')` has the host [::7f00:1], which ipaddr.js calls unicast.
 * ipaddr.js names the range; this table says what is allowed.
 */
import ipaddr from 'ipaddr.js';

/**
 * IPv6 ranges whose last 32 bits are an IPv4 address the packets end up at. ipaddr.js has no
 * range for IPv4-compatible addresses (::/96, deprecated by RFC 4291): they are found by their
 * first 96 bits being zero.
 */
const IPV4_CARRYING_RANGES = new Set(['ipv4Mapped', 'rfc6145']);

function embeddedIPv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const parts = ip.parts;
  const zero96 = parts.slice(0, 6).every((p) => p === 0);
  // :: and ::1 are IPv6's own unspecified and loopback addresses, not IPv4-compatible ones.
  const compatible = zero96 && !(parts[6] === 0 && (parts[7] === 0 || parts[7] === 1));
  if (!compatible && !IPV4_CARRYING_RANGES.has(ip.range())) return null;
  const hi = parts[6]!;
  const lo = parts[7]!;
  return new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
}

/** ipaddr.js range names that are reachable on the public internet. */
const PUBLIC_RANGES = Object.freeze({
  ipv4: new Set(['unicast']),
  ipv6: new Set(['unicast']),
});

export interface AddressClass {
  /** ipaddr.js's range name ("loopback", "private", "carrierGradeNat", …), or "invalid". */
  range: string;
  public: boolean;
  /** The address as checked (an IPv6 address carrying an IPv4 address is checked as that IPv4 address). */
  address: string;
}

/**
 * @example
 * classifyAddress('::ffff:127.0.0.1') // → { range: 'loopback', public: false, address: '127.0.0.1' }
 * classifyAddress('93.184.216.34')    // → { range: 'unicast', public: true, address: '93.184.216.34' }
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return { range: 'invalid', public: false, address: bare };
  let ip = ipaddr.parse(bare);
  if (ip.kind() === 'ipv6') ip = embeddedIPv4(ip as ipaddr.IPv6) ?? ip;
  const range = ip.range();
  const kind = ip.kind();
  return { range, public: PUBLIC_RANGES[kind].has(range), address: ip.toString() };
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address).public;
}
