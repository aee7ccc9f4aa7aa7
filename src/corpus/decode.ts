/**
 * Strict UTF-8 decoding. A corpus file with a broken byte sequence is reported rather than
 * silently filled with U+FFFD, because replacement characters would leak into quotes.
 */
const strict = new TextDecoder('utf-8', { fatal: true });

export interface DecodeFailure {
  /** 1-based line and column (in bytes from the line start, plus one) of the first bad byte. */
  line: number;
  column: number;
}

export type DecodeResult = { ok: true; text: string } | ({ ok: false } & DecodeFailure);

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { ok: false, ...positionOf(bytes, at < 0 ? 0 : at) };
  }
}

/** Only runs after TextDecoder has already refused the input, to say where it went wrong. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function positionOf(bytes: Uint8Array, offset: number): DecodeFailure {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** NUL bytes never occur in text; their presence in the first block is the classic binary test (git, grep). */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8000);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}
