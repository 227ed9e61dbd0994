/**
 * The unigram distribution of a sphinxbase binary trie model ("Trie Language Model" files such as Debian's
 * en-us.lm.bin): word -> log10 probability. Reads the header, skips the 16-bit quantisation tables, reads the unigram
 * records (logmath prob, back-off, next) and the word strings at the end of the file. Pure (a Buffer in).
 */
const MAGIC = 'Trie Language Model';
const LOG10_OF_BASE = Math.log10(1.0001); // sphinxbase's default logmath base

export function sphinxTrieUnigrams(buf: Buffer): Map<string, number> {
  if (buf.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error('not a sphinxbase trie language model');
  let off = MAGIC.length;
  const order = buf.readUInt8(off); off += 1;
  const counts: number[] = [];
  for (let i = 0; i < order; i++) { counts.push(buf.readUInt32LE(off)); off += 4; }
  const quantType = buf.readInt32LE(off); off += 4;
  if (quantType !== 1) throw new Error(`unsupported quantisation type ${quantType}`);
  // 16-bit quantisation: per middle order a prob and a back-off table, for the top order a prob table, 65536 floats each
  off += ((order - 2) * 2 + 1) * 65536 * 4;
  const n = counts[0];
  const words = buf.toString('latin1', buf.length - Math.min(buf.length, n * 64)).replace(/\0+$/, '').split('\0').slice(-n);
  if (words.length !== n) throw new Error('word list not found');
  const out = new Map<string, number>();
  for (let i = 0; i < n; i++) out.set(words[i], buf.readFloatLE(off + 12 * i) * LOG10_OF_BASE);
  return out;
}
