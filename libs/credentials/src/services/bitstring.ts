import { gunzipSync, gzipSync } from 'node:zlib';

/** W3C Bitstring Status List: a list holds at least 16 KiB of bits (131,072 entries) for group privacy. */
export const MIN_STATUS_LIST_BITS = 131072;

function checkIndex(bitstring: Uint8Array, index: number): void {
  if (!Number.isInteger(index) || index < 0 || index >= bitstring.length * 8) {
    throw new RangeError(`status list index ${index} is outside 0…${bitstring.length * 8 - 1}`);
  }
}

/** A zeroed bitstring of `bits` bits (a multiple of 8, at least the spec minimum). */
export function emptyBitstring(bits: number = MIN_STATUS_LIST_BITS): Buffer {
  if (!Number.isInteger(bits) || bits < MIN_STATUS_LIST_BITS || bits % 8 !== 0) {
    throw new RangeError(`a status list has a multiple of 8 bits, at least ${MIN_STATUS_LIST_BITS} (got ${bits})`);
  }
  return Buffer.alloc(bits / 8);
}

/** Bit `index`, counting from the left-most bit of the first byte (index 0 = 0x80 of byte 0), as the spec says. */
export function getBit(bitstring: Uint8Array, index: number): boolean {
  checkIndex(bitstring, index);
  return (bitstring[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** Sets or clears bit `index` in place (same numbering as getBit). */
export function setBit(bitstring: Uint8Array, index: number, value: boolean): void {
  checkIndex(bitstring, index);
  const mask = 0x80 >> (index & 7);
  bitstring[index >> 3] = value ? bitstring[index >> 3] | mask : bitstring[index >> 3] & ~mask;
}

/** `encodedList`: multibase base64url without padding (prefix `u`) of the GZIP-compressed bitstring. */
export function encodeStatusList(bitstring: Uint8Array): string {
  return `u${gzipSync(bitstring).toString('base64url')}`;
}

/**
 * The bitstring of an `encodedList`. Refuses what is not multibase base64url, not GZIP, or shorter than the spec's
 * minimum; `maxBytes` bounds the decompressed size (a small GZIP can expand enormously).
 */
export function decodeStatusList(encodedList: string, maxBytes = 16 * 1024 * 1024): Buffer {
  if (!encodedList.startsWith('u') || !/^[A-Za-z0-9_-]*$/.test(encodedList.slice(1))) {
    throw new Error('encodedList is not multibase base64url (prefix "u")');
  }
  let bitstring: Buffer;
  try {
    bitstring = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'), { maxOutputLength: maxBytes });
  } catch {
    throw new Error('encodedList is not a GZIP-compressed bitstring');
  }
  if (bitstring.length * 8 < MIN_STATUS_LIST_BITS) {
    throw new Error(`encodedList holds ${bitstring.length * 8} bits, fewer than the minimum ${MIN_STATUS_LIST_BITS}`);
  }
  return bitstring;
}
