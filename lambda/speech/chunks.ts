import { toPlainText, type Ssml } from './ssml';

/** Long speech (the therapy summary) cut into chunks a listener can take in, about a minute each. */

/** About a minute of speech at ~150 words a minute, with room for the "tell me more" line. */
export const MAX_CHUNK_WORDS = 140;

export function wordCount(item: Ssml): number {
  const text = toPlainText(item.markup);
  return text ? text.split(/\s+/).length : 0;
}

/** Packs items, in order, into chunks of at most `maxWords` words (an oversize item stands alone). */
export function packChunks(items: Ssml[], maxWords = MAX_CHUNK_WORDS): Ssml[][] {
  const chunks: Ssml[][] = [];
  let current: Ssml[] = [];
  let words = 0;
  for (const item of items) {
    const n = wordCount(item);
    if (n === 0) continue;
    if (current.length && words + n > maxWords) {
      chunks.push(current);
      current = [];
      words = 0;
    }
    current.push(item);
    words += n;
  }
  if (current.length) chunks.push(current);
  return chunks;
}
