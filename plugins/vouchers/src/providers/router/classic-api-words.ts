/**
 * Wire format of the classic RouterOS API (port 8728, API-SSL 8729).
 *
 * A sentence is a list of words ended by a zero-length word. Each word is its
 * UTF-8 bytes preceded by their count in a variable-length encoding:
 *   < 0x80        1 byte   len
 *   < 0x4000      2 bytes  len | 0x8000
 *   < 0x200000    3 bytes  len | 0xC00000
 *   < 0x10000000  4 bytes  len | 0xE0000000
 *   otherwise     5 bytes  0xF0, then len as 4 bytes
 * First bytes 0xF8–0xFF are reserved control bytes (a protocol error here).
 *
 * Replies start with a reply word (`!re`, `!done`, `!trap`, `!fatal`, and
 * since RouterOS 7.18 `!empty`), followed by `=key=value` attribute words and
 * the `.tag=<tag>` of the command they answer.
 */

/** Refuse words larger than this instead of buffering them (corrupt stream). */
export const MAX_WORD_BYTES = 16 * 1024 * 1024

export class WordFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "WordFormatError"
  }
}

export function encodeLength(length: number): Buffer {
  if (!Number.isInteger(length) || length < 0 || length > 0xffffffff) {
    throw new RangeError(`word length ${length} cannot be encoded`)
  }
  if (length < 0x80) {
    return Buffer.from([length])
  }
  if (length < 0x4000) {
    return uintBytes(length + 0x8000, 2)
  }
  if (length < 0x200000) {
    return uintBytes(length + 0xc00000, 3)
  }
  if (length < 0x10000000) {
    return uintBytes(length + 0xe0000000, 4)
  }
  return Buffer.concat([Buffer.from([0xf0]), uintBytes(length, 4)])
}

function uintBytes(value: number, size: number): Buffer {
  const bytes = Buffer.alloc(size)
  bytes.writeUIntBE(value, 0, size)
  return bytes
}

/** The length at `offset` and its size in bytes; null while incomplete. */
export function decodeLength(
  bytes: Buffer,
  offset = 0
): { length: number; size: number } | null {
  if (offset >= bytes.length) {
    return null
  }
  const first = bytes[offset]
  const size = lengthSize(first)
  if (offset + size > bytes.length) {
    return null
  }
  if (size === 5) {
    return { length: bytes.readUInt32BE(offset + 1), size }
  }
  const masks = [0, 0x7f, 0x3f, 0x1f, 0x0f]
  let length = first & masks[size]
  for (let i = 1; i < size; i++) {
    length = length * 256 + bytes[offset + i]
  }
  return { length, size }
}

function lengthSize(first: number): number {
  if (first < 0x80) return 1
  if (first < 0xc0) return 2
  if (first < 0xe0) return 3
  if (first < 0xf0) return 4
  if (first < 0xf8) return 5
  throw new WordFormatError(
    `reserved control byte 0x${first.toString(16)} in the API stream`
  )
}

export function encodeWord(word: string): Buffer {
  const bytes = Buffer.from(word, "utf8")
  return Buffer.concat([encodeLength(bytes.length), bytes])
}

/** The words, then the zero-length word that ends the sentence. */
export function encodeSentence(words: readonly string[]): Buffer {
  return Buffer.concat([...words.map(encodeWord), Buffer.from([0])])
}

/**
 * Streaming decoder: feed it TCP chunks as they come; it returns the
 * sentences completed so far, however the bytes were split or batched.
 */
export class SentenceDecoder {
  private pending: Buffer = Buffer.alloc(0)
  private words: string[] = []

  constructor(private readonly maxWordBytes = MAX_WORD_BYTES) {}

  push(chunk: Buffer): string[][] {
    const bytes = this.pending.length
      ? Buffer.concat([this.pending, chunk])
      : chunk
    const sentences: string[][] = []
    let offset = 0
    for (;;) {
      const header = decodeLength(bytes, offset)
      if (!header) break
      if (header.length > this.maxWordBytes) {
        throw new WordFormatError(
          `API word of ${header.length} bytes is too large`
        )
      }
      const end = offset + header.size + header.length
      if (end > bytes.length) break
      if (header.length === 0) {
        if (this.words.length) sentences.push(this.words)
        this.words = []
      } else {
        this.words.push(bytes.toString("utf8", offset + header.size, end))
      }
      offset = end
    }
    this.pending = Buffer.from(bytes.subarray(offset))
    return sentences
  }
}

/** A sentence from the router, split into its parts. */
export interface ApiReply {
  /** The reply word: "!re", "!done", "!trap", "!fatal", "!empty", … */
  type: string
  tag?: string
  /** `=key=value` words. */
  attributes: Record<string, string>
  /** Any other words, e.g. the reason after `!fatal`. */
  other: string[]
}

export function parseReply(sentence: readonly string[]): ApiReply {
  const [type = "", ...rest] = sentence
  const reply: ApiReply = { type, attributes: {}, other: [] }
  for (const word of rest) {
    if (word.startsWith("=")) {
      const [key, value] = splitAttribute(word)
      reply.attributes[key] = value
    } else if (word.startsWith(".tag=")) {
      reply.tag = word.slice(".tag=".length)
    } else {
      reply.other.push(word)
    }
  }
  return reply
}

/** "=key=value" → [key, value]; the value may itself contain "=". */
export function splitAttribute(word: string): [string, string] {
  const separator = word.indexOf("=", 1)
  return separator === -1
    ? [word.slice(1), ""]
    : [word.slice(1, separator), word.slice(separator + 1)]
}
