import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { decodeStatusList, emptyBitstring, encodeStatusList, getBit, MIN_STATUS_LIST_BITS, setBit } from './bitstring';
import { scatteredIndex, STATUS_LIST_SIZE_BITS } from './status-list.service';

describe('bitstring status list encoding', () => {
  it('numbers bits from the left-most bit of the first byte', () => {
    const bits = emptyBitstring();
    setBit(bits, 0, true);
    setBit(bits, 9, true);
    setBit(bits, MIN_STATUS_LIST_BITS - 1, true);
    expect(bits[0]).toBe(0b1000_0000);
    expect(bits[1]).toBe(0b0100_0000);
    expect(bits[bits.length - 1]).toBe(0b0000_0001);
    expect([getBit(bits, 0), getBit(bits, 1), getBit(bits, 9), getBit(bits, MIN_STATUS_LIST_BITS - 1)]).toEqual([
      true,
      false,
      true,
      true,
    ]);
    setBit(bits, 9, false);
    expect(bits[1]).toBe(0);
  });

  it('holds at least the spec minimum of 131,072 bits (16 KiB)', () => {
    expect(emptyBitstring()).toHaveLength(16384);
    expect(() => emptyBitstring(8)).toThrow(RangeError);
    expect(() => emptyBitstring(MIN_STATUS_LIST_BITS + 1)).toThrow(RangeError);
    expect(() => getBit(emptyBitstring(), MIN_STATUS_LIST_BITS)).toThrow(RangeError);
    expect(() => setBit(emptyBitstring(), -1, true)).toThrow(RangeError);
  });

  it('encodes as multibase base64url (prefix u, no padding) of the GZIP-compressed bitstring', () => {
    const bits = emptyBitstring();
    setBit(bits, 42, true);
    const encoded = encodeStatusList(bits);
    expect(encoded.startsWith('u')).toBe(true);
    expect(encoded.slice(1)).toMatch(/^[A-Za-z0-9_-]+$/);
    const raw = Buffer.from(encoded.slice(1), 'base64url');
    expect([raw[0], raw[1]]).toEqual([0x1f, 0x8b]);
    expect(gunzipSync(raw).equals(bits)).toBe(true);
    // 16 KiB of mostly zeros compresses to a few dozen bytes.
    expect(encoded.length).toBeLessThan(200);
  });

  it('decodes what it encodes, for any set of bits', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: MIN_STATUS_LIST_BITS - 1 }), { maxLength: 50 }), (set) => {
        const bits = emptyBitstring();
        for (const index of set) setBit(bits, index, true);
        const decoded = decodeStatusList(encodeStatusList(bits));
        expect(decoded.equals(bits)).toBe(true);
        for (const index of set) expect(getBit(decoded, index)).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it('refuses what is not a spec encodedList', () => {
    expect(() => decodeStatusList('z' + gzipSync(emptyBitstring()).toString('base64url'))).toThrow(/multibase/);
    expect(() => decodeStatusList('u' + Buffer.from('not gzip').toString('base64url'))).toThrow(/GZIP/);
    expect(() => decodeStatusList('u' + gzipSync(Buffer.alloc(100)).toString('base64url'))).toThrow(/minimum/);
    expect(() => decodeStatusList(encodeStatusList(emptyBitstring()), 1000)).toThrow(/GZIP/);
  });

  it('scatters a list sequence over distinct positions (an odd multiplier permutes 2^17)', () => {
    const multiplier = 40503;
    const seen = new Set<number>();
    for (let sequence = 0; sequence < STATUS_LIST_SIZE_BITS; sequence++) {
      seen.add(scatteredIndex(sequence, multiplier));
    }
    expect(seen.size).toBe(STATUS_LIST_SIZE_BITS);
    expect(Math.abs(scatteredIndex(1, multiplier) - scatteredIndex(2, multiplier))).toBeGreaterThan(1);
  });
});
