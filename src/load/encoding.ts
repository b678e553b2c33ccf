/**
 * What a file's bytes say about its encoding, for files that are not UTF-8: UTF-16 without a byte
 * order mark, and the first byte that is not valid UTF-8 (with what it would be in Windows-1252,
 * the encoding of older Windows editors, whose first 256 characters are Latin-1's but for 0x80–0x9F).
 */

/** Whether bytes look like UTF-16 text without a byte order mark: mostly ASCII with a zero byte in every pair. */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  // Little-endian ASCII has its zeros at odd offsets, big-endian at even ones; the other half is text.
  return (oddZeros >= pairs * 0.5 && evenZeros <= pairs * 0.05) || (evenZeros >= pairs * 0.5 && oddZeros <= pairs * 0.05);
}

/** The offset of the first byte that is not part of a valid UTF-8 sequence, or -1 when all are. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [length, min] = [2, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [length, min] = [3, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [length, min] = [4, 0x10000];
    else return i;
    if (i + length > bytes.length) return i;
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k]!;
      if ((c & 0xc0) !== 0x80) return i;
      code = (code << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return i;
    i += length;
  }
  return -1;
}

/**
 * What the byte at `offset` is in Windows-1252, when the file reads as Windows-1252 (or Latin-1)
 * text: no valid UTF-8 sequence beyond ASCII anywhere, and the byte is a printable character there.
 */
export function windows1252Character(bytes: Uint8Array, offset: number): string | undefined {
  for (let i = 0; i < bytes.length; i++) {
    // A valid UTF-8 sequence starts here: the file is UTF-8 with a damaged byte, not Windows-1252.
    if (bytes[i]! >= 0xc2 && firstInvalidUtf8(bytes.subarray(i, i + 4)) !== 0) return undefined;
  }
  const byte = bytes[offset]!;
  const character = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_80_9F[byte - 0x80] ?? '') : String.fromCharCode(byte);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character) ? character : undefined;
}

/** Windows-1252's characters for 0x80–0x9F, where Latin-1 has control codes; five bytes are unused. */
const WINDOWS_1252_80_9F = [...'€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ'];
