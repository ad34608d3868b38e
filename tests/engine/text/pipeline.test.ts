import { describe, expect, it } from 'vitest';
import {
  batchOf,
  buildVocab,
  cleanText,
  decodeIds,
  encodeTokens,
  EOS_ID,
  graphemes,
  PAD_ID,
  padTo,
  splitSentences,
  tokenise,
  UNK_ID,
} from '../../../src/engine/text/pipeline.ts';

describe('text pipeline', () => {
  it('cleans: lower case, one apostrophe, blanks folded', () => {
    expect(cleanText('  The  Apple’s\n\tSALAD ')).toBe("the apple's salad");
  });

  it('splits sentences after . ! ? ؟ and at line breaks', () => {
    expect(splitSentences('One. Two!  Three?\nFour؟ خمسة')).toEqual(['One.', 'Two!', 'Three?', 'Four؟', 'خمسة']);
  });

  it('tokenises words with punctuation apart, and characters as graphemes', () => {
    expect(tokenise("the cat's hat, on a mat.", 'word')).toEqual(['the', "cat's", 'hat', ',', 'on', 'a', 'mat', '.']);
    expect(tokenise('ذهب الولد إلى المدرسة؟', 'word')).toEqual(['ذهب', 'الولد', 'إلى', 'المدرسة', '؟']);
    expect(tokenise('a b', 'char')).toEqual(['a', ' ', 'b']);
    // an emoji with a skin tone, and a flag, are one character each
    expect(graphemes('hi👍🏽🇫🇷')).toEqual(['h', 'i', '👍🏽', '🇫🇷']);
    expect(tokenise('ok 👍🏽!', 'word')).toEqual(['ok', '👍🏽', '!']);
  });

  it('builds a vocabulary: specials first, then by frequency, ties by first appearance, with a cut-off', () => {
    const sents = [tokenise('the cat sat on the mat', 'word'), tokenise('the dog sat', 'word')];
    const all = buildVocab(sents);
    expect(all.tokens).toEqual(['<PAD>', '<UNK>', '<EOS>', 'the', 'sat', 'cat', 'on', 'mat', 'dog']);
    const cut = buildVocab(sents, { minCount: 2 });
    expect(cut.tokens).toEqual(['<PAD>', '<UNK>', '<EOS>', 'the', 'sat']);
    expect(cut.dropped).toBe(4);
    expect(cut.counts).toEqual([0, 0, 0, 3, 2]);
    expect(buildVocab(sents, { maxSize: 4 }).tokens).toEqual(['<PAD>', '<UNK>', '<EOS>', 'the']);
  });

  it('encodes with <UNK> and <EOS>, pads and cuts to a fixed length, and stacks an (N, T) batch', () => {
    const vocab = buildVocab([tokenise('the cat sat on the mat', 'word'), tokenise('the dog sat', 'word')], { minCount: 2 });
    const ids = encodeTokens(tokenise('The dog sat', 'word').map((t) => t.toLowerCase()), vocab);
    expect(ids).toEqual([3, UNK_ID, 4, EOS_ID]);
    expect(encodeTokens(['the'], vocab, false)).toEqual([3]);
    expect(padTo(ids, 6)).toEqual([3, 1, 4, 2, PAD_ID, PAD_ID]);
    expect(padTo(ids, 3)).toEqual([3, 1, 4]);
    const batch = batchOf([ids, encodeTokens(['sat'], vocab), encodeTokens(['the', 'the', 'the', 'the', 'the'], vocab)], 5);
    expect(batch).toEqual([
      [3, 1, 4, 2, 0],
      [4, 2, 0, 0, 0],
      [3, 3, 3, 3, 3],
    ]);
  });

  it('decodes words with spaces but none before punctuation', () => {
    const tokens = ['<PAD>', '<UNK>', '<EOS>', 'hello', ',', 'world', '.'];
    expect(decodeIds([3, 4, 5, 6, EOS_ID], tokens, 'word', '|')).toBe('hello, world. |');
    expect(decodeIds([3, UNK_ID], tokens, 'char')).toBe('hello<UNK>');
  });
});
