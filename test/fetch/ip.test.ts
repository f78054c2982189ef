import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyAddress, isPublicAddress } from '../../src/fetch/ip.js';

// [address, public?, range] — each labelled by its input.
const TABLE: Array<[string, boolean, string]> = [
  ['127.0.0.1', false, 'loopback'],
  ['127.255.255.254', false, 'loopback'],
  ['::1', false, 'loopback'],
  ['::ffff:127.0.0.1', false, 'loopback'],
  ['::ffff:7f00:1', false, 'loopback'],
  ['::ffff:10.0.0.1', false, 'private'],
  // IPv4-compatible (deprecated, ::/96) and IPv4-translated (::ffff:0:0/96): judged by the IPv4
  // address they carry. WHATWG URL parsing turns [::127.0.0.1] into [::7f00:1].
  ['::7f00:1', false, 'loopback'],
  ['[::7f00:1]', false, 'loopback'],
  ['::a00:1', false, 'private'],
  ['::a9fe:a9fe', false, 'linkLocal'],
  ['::c0a8:101', false, 'private'],
  ['::ffff:0:7f00:1', false, 'loopback'],
  ['::ffff:0:127.0.0.1', false, 'loopback'],
  ['::2', false, 'unspecified'],
  ['::808:808', true, 'unicast'],
  ['::ffff:0:808:808', true, 'unicast'],
  ['10.0.0.1', false, 'private'],
  ['172.16.5.4', false, 'private'],
  ['172.31.255.255', false, 'private'],
  ['192.168.0.1', false, 'private'],
  ['169.254.169.254', false, 'linkLocal'],
  ['169.254.0.1', false, 'linkLocal'],
  ['100.64.0.1', false, 'carrierGradeNat'],
  ['100.127.255.254', false, 'carrierGradeNat'],
  ['0.0.0.0', false, 'unspecified'],
  ['::', false, 'unspecified'],
  ['224.0.0.251', false, 'multicast'],
  ['ff02::1', false, 'multicast'],
  ['255.255.255.255', false, 'broadcast'],
  ['fc00::1', false, 'uniqueLocal'],
  ['fd12:3456::1', false, 'uniqueLocal'],
  ['fe80::1', false, 'linkLocal'],
  ['febf::1', false, 'linkLocal'],
  ['2002:7f00:1::1', false, '6to4'],
  ['64:ff9b::7f00:1', false, 'rfc6052'],
  ['192.0.2.10', false, 'reserved'],
  ['2001:db8::1', false, 'reserved'],
  ['[::1]', false, 'loopback'],
  ['fe80::1%eth0', false, 'linkLocal'],
  ['not-an-ip', false, 'invalid'],
  ['8.8.8.8', true, 'unicast'],
  ['172.32.0.1', true, 'unicast'],
  ['100.128.0.1', true, 'unicast'],
  ['93.184.216.34', true, 'unicast'],
  ['2001:4860:4860::8888', true, 'unicast'],
  ['2a00:1450:4001:82b::200e', true, 'unicast'],
];

for (const [address, pub, range] of TABLE) {
  test(`classifyAddress(${address}) → ${range}, ${pub ? 'public' : 'refused'}`, () => {
    const c = classifyAddress(address);
    assert.equal(c.range, range);
    assert.equal(c.public, pub);
    assert.equal(isPublicAddress(address), pub);
  });
}

test('IPv4-mapped IPv6 is checked as the IPv4 address it carries', () => {
  assert.equal(classifyAddress('::ffff:192.168.1.1').address, '192.168.1.1');
  assert.equal(classifyAddress('::ffff:8.8.8.8').public, true);
});

test('the host of http://[::127.0.0.1]/ is refused as loopback (WHATWG URL writes it as ::7f00:1)', () => {
  const host = new URL('http://[::127.0.0.1]/').hostname;
  assert.equal(host, '[::7f00:1]');
  const c = classifyAddress(host);
  assert.equal(c.public, false);
  assert.equal(c.range, 'loopback');
  assert.equal(c.address, '127.0.0.1');
});
