/**
 * The classic API wire format: the 1–5 byte word-length encoding at each
 * boundary, UTF-8 byte counts, and the streaming decoder fed chunks cut
 * anywhere (inside length prefixes and multi-byte characters).
 */
import {
  decodeLength,
  encodeLength,
  encodeSentence,
  encodeWord,
  parseReply,
  SentenceDecoder,
  WordFormatError,
} from "../classic-api-words"

describe("API word lengths", () => {
  it.each([
    [0, [0x00]],
    [127, [0x7f]],
    [128, [0x80, 0x80]],
    [16383, [0xbf, 0xff]],
    [16384, [0xc0, 0x40, 0x00]],
    [2097151, [0xdf, 0xff, 0xff]],
    [2097152, [0xe0, 0x20, 0x00, 0x00]],
    [268435455, [0xef, 0xff, 0xff, 0xff]],
    [268435456, [0xf0, 0x10, 0x00, 0x00, 0x00]],
  ])("%i is encoded as %j and decoded back", (length, bytes) => {
    expect([...encodeLength(length)]).toEqual(bytes)
    expect(decodeLength(Buffer.from(bytes))).toEqual({
      length,
      size: bytes.length,
    })
  })

  it("waits for the rest of a length split across chunks", () => {
    expect(decodeLength(Buffer.from([0xc0, 0x40]))).toBeNull()
    expect(decodeLength(Buffer.alloc(0))).toBeNull()
  })

  it("refuses reserved control bytes and impossible lengths", () => {
    expect(() => decodeLength(Buffer.from([0xf8]))).toThrow(WordFormatError)
    expect(() => encodeLength(-1)).toThrow(RangeError)
    expect(() => encodeLength(2 ** 32)).toThrow(RangeError)
  })

  it("counts UTF-8 bytes, not characters", () => {
    expect([...encodeWord("é☕")]).toEqual([5, ...Buffer.from("é☕", "utf8")])
  })
})

describe("SentenceDecoder", () => {
  const sizes = [1, 127, 128, 16383, 16384, 2097152]
  const words = sizes.map((n, i) => String.fromCharCode(97 + i).repeat(n))

  it.each(sizes)("round-trips a word of %i bytes", (size) => {
    const word = "x".repeat(size)
    expect(
      new SentenceDecoder().push(encodeSentence(["!re", `=w=${word.slice(3)}`]))
    ).toEqual([["!re", `=w=${word.slice(3)}`]])
    expect(encodeWord(word).length).toBe(size + encodeLength(size).length)
  })

  it("decodes several sentences from one chunk", () => {
    const bytes = Buffer.concat([
      encodeSentence(["!re", "=name=a"]),
      encodeSentence(["!empty", ".tag=2"]),
      encodeSentence(["!done", ".tag=2"]),
    ])
    expect(new SentenceDecoder().push(bytes)).toEqual([
      ["!re", "=name=a"],
      ["!empty", ".tag=2"],
      ["!done", ".tag=2"],
    ])
  })

  it("decodes a stream fed one byte at a time, splitting length prefixes", () => {
    const sentences = [
      ["!re", ...words.slice(0, 4)],
      ["!done", "=ret=*1A"],
    ]
    const bytes = Buffer.concat(sentences.map(encodeSentence))
    const decoder = new SentenceDecoder()
    const out: string[][] = []
    for (let i = 0; i < bytes.length; i++)
      out.push(...decoder.push(bytes.subarray(i, i + 1)))
    expect(out).toEqual(sentences)
  })

  it("decodes the same sentences however the stream is cut", () => {
    const sentences = [
      ["!re", ...words],
      ["!trap", "=message=ünïcødé"],
      ["!done"],
    ]
    const bytes = Buffer.concat(sentences.map(encodeSentence))
    let seed = 7
    for (let round = 0; round < 20; round++) {
      const decoder = new SentenceDecoder()
      const out: string[][] = []
      for (let at = 0; at < bytes.length;) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        const size = 1 + (seed % 70000)
        out.push(...decoder.push(bytes.subarray(at, at + size)))
        at += size
      }
      expect(out).toEqual(sentences)
    }
  })

  it("keeps a multi-byte character split between chunks intact", () => {
    const bytes = encodeSentence(["=comment=☕"])
    const decoder = new SentenceDecoder()
    expect(decoder.push(bytes.subarray(0, bytes.length - 3))).toEqual([])
    expect(decoder.push(bytes.subarray(bytes.length - 3))).toEqual([
      ["=comment=☕"],
    ])
  })

  it("refuses a word larger than its limit", () => {
    const decoder = new SentenceDecoder(1024)
    expect(() => decoder.push(encodeLength(1025))).toThrow(WordFormatError)
  })
})

describe("parseReply", () => {
  it("splits the reply word, attributes, tag and other words", () => {
    expect(
      parseReply(["!re", "=.id=*1", "=comment=a=b", "=empty=", ".tag=7"])
    ).toEqual({
      type: "!re",
      tag: "7",
      attributes: { ".id": "*1", comment: "a=b", empty: "" },
      other: [],
    })
    expect(parseReply(["!fatal", "session terminated on request"])).toEqual({
      type: "!fatal",
      attributes: {},
      other: ["session terminated on request"],
    })
  })
})
