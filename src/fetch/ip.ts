/**
 * Which addresses a fetch may connect to. Only globally routable unicast addresses are
 * public; everything else (loopback, private, link-local, CGNAT, multicast, unspecified,
 * documentation, benchmarking, reserved, and IPv6 forms that embed an IPv4 address such as
 * ::ffff:127.0.0.1, 6to4, Teredo and NAT64) is refused, so a URL cannot reach the
 * server's own network (SSRF). ipaddr.js names the range; this table says what is allowed.
 */
import ipaddr from 'ipaddr.js';

/** ipaddr.js range names that are reachable on the public internet. */
const PUBLIC_RANGES = Object.freeze({
  ipv4: new Set(['unicast']),
  ipv6: new Set(['unicast']),
});

export interface AddressClass {
  /** ipaddr.js's range name ("loopback", "private", "carrierGradeNat", …), or "invalid". */
  range: string;
  public: boolean;
  /** The address as checked (an IPv4-mapped IPv6 address is checked as IPv4). */
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
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).isIPv4MappedAddress()) ip = (ip as ipaddr.IPv6).toIPv4Address();
  const range = ip.range();
  const kind = ip.kind();
  return { range, public: PUBLIC_RANGES[kind].has(range), address: ip.toString() };
}

export function isPublicAddress(address: string): boolean {
  return classifyAddress(address).public;
}
