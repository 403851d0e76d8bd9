import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/ingest/safe-address.js';

describe('isPrivateAddress', () => {
  it('blocks private, loopback, link-local and reserved IPv4', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '0.0.0.0', '100.64.0.1', '224.0.0.1', '255.255.255.255']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
  });

  it('lets public IPv4 through, including neighbours of private ranges', () => {
    for (const ip of ['8.8.8.8', '172.32.0.1', '172.15.255.255', '192.169.0.1', '93.184.216.34']) {
      expect(isPrivateAddress(ip), ip).toBe(false);
    }
  });

  it('blocks IPv6 loopback, unique-local, link-local and IPv4-mapped private addresses', () => {
    for (const ip of ['::1', '::', 'fd00::1', 'fc12:3456::1', 'fe80::1%eth0', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:192.168.0.1', 'ff02::1']) {
      expect(isPrivateAddress(ip), ip).toBe(true);
    }
    for (const ip of ['2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '2606:4700::1111']) {
      expect(isPrivateAddress(ip), ip).toBe(false);
    }
  });

  it('treats what is not an address as blocked', () => {
    expect(isPrivateAddress('localhost')).toBe(true);
  });
});
