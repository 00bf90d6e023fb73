import { describe, expect, it } from 'vitest';
import { base32, portProtoHash, sepChainName, servicePortName, svcChainName } from './hash.ts';
import { sha256, toHex, utf8 } from './sha256.ts';

describe('sha256', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('%j', (input, digest) => {
    expect(toHex(sha256(utf8(input)))).toBe(digest);
  });

  it('one million a', () => {
    expect(toHex(sha256(new Uint8Array(1_000_000).fill(0x61)))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('encodes non-ASCII as UTF-8', () => {
    expect(Array.from(utf8('é€😀'))).toEqual([
      0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80,
    ]);
  });
});

describe('base32 (RFC 4648 test vectors)', () => {
  it.each([
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ])('%j', (input, out) => {
    expect(base32(utf8(input))).toBe(out);
  });
});

describe('portProtoHash (reference §5.3)', () => {
  it.each([
    ['default/kubernetes:https', 'tcp', 'NPX46M4PTMTKRN6Y'],
    ['kube-system/kube-dns:dns', 'udp', 'TCOU7JCQXEZGVUNU'],
    ['kube-system/kube-dns:dns-tcp', 'tcp', 'ERIFXISQEP7F7OF4'],
    ['kube-system/kube-dns:metrics', 'tcp', 'JD5MR3NA4I4DYORP'],
    ['ns1/svc1:p80', 'tcp', 'XPGD46QRK7WJZT7O'],
    ['default/web', 'tcp', 'LOLE4ISW44XBNF3G'],
    ['default/web-np', 'tcp', '4UDSYVHJNXWHWIRT'],
    ['default/web-aff', 'tcp', 'TARQYA3RX6TMPCNG'],
  ])('%s %s', (spn, proto, hash) => {
    expect(portProtoHash(spn, proto)).toBe(hash);
    expect(svcChainName(spn, proto)).toBe(`KUBE-SVC-${hash}`);
  });

  it.each([
    ['kube-system/kube-dns:dns-tcp', 'tcp', '10.244.0.4:53', 'KUBE-SEP-SF3LG62VAE5ALYDV'],
    ['kube-system/kube-dns:dns', 'udp', '10.244.0.4:53', 'KUBE-SEP-WXWGHGKZOCNYRYI7'],
    ['default/web', 'tcp', '10.244.1.5:8080', 'KUBE-SEP-XQWD6PXGZUTOOIVQ'],
    ['default/web', 'tcp', '10.244.2.7:8080', 'KUBE-SEP-CBPCTALQVABL5M2H'],
    ['default/web-np', 'tcp', '10.244.1.5:8080', 'KUBE-SEP-3ZQWOGBQJIFZMDYG'],
    ['default/web-np', 'tcp', '10.244.2.7:8080', 'KUBE-SEP-4R6P2Y3TIZF6CZG5'],
    ['default/web-aff', 'tcp', '10.244.1.5:8080', 'KUBE-SEP-MXD2HMJ45HWK66UH'],
    ['default/web-aff', 'tcp', '10.244.2.7:8080', 'KUBE-SEP-MNVW6CMCTCN32KB6'],
  ])('SEP %s %s %s', (spn, proto, ep, chain) => {
    expect(sepChainName(spn, proto, ep)).toBe(chain);
  });

  it('servicePortName', () => {
    expect(servicePortName('default', 'web')).toBe('default/web');
    expect(servicePortName('default', 'web', '')).toBe('default/web');
    expect(servicePortName('kube-system', 'kube-dns', 'dns')).toBe('kube-system/kube-dns:dns');
  });
});
