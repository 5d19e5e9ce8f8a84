/**
 * The 52 English "Golden Rules" of Pragmatic Segmenter (github.com/diasks2/pragmatic_segmenter,
 * README; the same cases are pySBD's tests/lang/test_english.py). `expected` holds one
 * sentence per line, as pySBD states it, except that list markers are left out of the
 * span (guide §1: `1.`, `(a)`, `•` are not part of the sentence). `outOfScope` gives the
 * reason a rule cannot hold for joint statements; `knownFailure` one that no rule-based
 * reading settles (pySBD marks it xfail too).
 */
export interface GoldenRule {
  n: number;
  input: string;
  expected: string;
  outOfScope?: string;
  knownFailure?: string;
}

export const GOLDEN_RULES: GoldenRule[] = [
  { n: 1, input: 'Hello World. My name is Jonas.', expected: 'Hello World.\nMy name is Jonas.' },
  { n: 2, input: 'What is your name? My name is Jonas.', expected: 'What is your name?\nMy name is Jonas.' },
  { n: 3, input: 'There it is! I found it.', expected: 'There it is!\nI found it.' },
  { n: 4, input: 'My name is Jonas E. Smith.', expected: 'My name is Jonas E. Smith.' },
  { n: 5, input: 'Please turn to p. 55.', expected: 'Please turn to p. 55.' },
  { n: 6, input: 'Were Jane and co. at the party?', expected: 'Were Jane and co. at the party?' },
  {
    n: 7,
    input: 'They closed the deal with Pitt, Briggs & Co. at noon.',
    expected: 'They closed the deal with Pitt, Briggs & Co. at noon.',
  },
  { n: 8, input: "Let's ask Jane and co. They should know.", expected: "Let's ask Jane and co.\nThey should know." },
  {
    n: 9,
    input: 'They closed the deal with Pitt, Briggs & Co. It closed yesterday.',
    expected: 'They closed the deal with Pitt, Briggs & Co.\nIt closed yesterday.',
  },
  { n: 10, input: 'I can see Mt. Fuji from here.', expected: 'I can see Mt. Fuji from here.' },
  {
    n: 11,
    input: "St. Michael's Church is on 5th st. near the light.",
    expected: "St. Michael's Church is on 5th st. near the light.",
  },
  { n: 12, input: "That is JFK Jr.'s book.", expected: "That is JFK Jr.'s book." },
  { n: 13, input: 'I visited the U.S.A. last year.', expected: 'I visited the U.S.A. last year.' },
  { n: 14, input: 'I live in the E.U. How about you?', expected: 'I live in the E.U.\nHow about you?' },
  { n: 15, input: 'I live in the U.S. How about you?', expected: 'I live in the U.S.\nHow about you?' },
  {
    n: 16,
    input: 'I work for the U.S. Government in Virginia.',
    expected: 'I work for the U.S. Government in Virginia.',
  },
  { n: 17, input: 'I have lived in the U.S. for 20 years.', expected: 'I have lived in the U.S. for 20 years.' },
  {
    n: 18,
    input: 'At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.',
    expected: 'At 5 a.m. Mr. Smith went to the bank.\nHe left the bank at 6 P.M.\nMr. Smith then went to the store.',
    knownFailure: '`a.m. Mr.` and `P.M. Mr.` look the same; only meaning tells them apart',
  },
  { n: 19, input: 'She has $100.00 in her bag.', expected: 'She has $100.00 in her bag.' },
  { n: 20, input: 'She has $100.00. It is in her bag.', expected: 'She has $100.00.\nIt is in her bag.' },
  {
    n: 21,
    input: 'He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
    expected: 'He teaches science (He previously worked for 5 years as an engineer.) at the local University.',
  },
  {
    n: 22,
    input: 'Her email is Jane.Doe@example.com. I sent her an email.',
    expected: 'Her email is Jane.Doe@example.com.\nI sent her an email.',
  },
  {
    n: 23,
    input: 'The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out.',
    expected: 'The site is: https://www.example.50.com/new-site/awesome_content.html.\nPlease check it out.',
  },
  {
    n: 24,
    input: "She turned to him, 'This is great.' she said.",
    expected: "She turned to him, 'This is great.' she said.",
  },
  {
    n: 25,
    input: 'She turned to him, "This is great." she said.',
    expected: 'She turned to him, "This is great." she said.',
  },
  {
    n: 26,
    input: 'She turned to him, "This is great." She held the book out to show him.',
    expected: 'She turned to him, "This is great."\nShe held the book out to show him.',
  },
  { n: 27, input: 'Hello!! Long time no see.', expected: 'Hello!!\nLong time no see.' },
  { n: 28, input: 'Hello?? Who is there?', expected: 'Hello??\nWho is there?' },
  { n: 29, input: 'Hello!? Is that you?', expected: 'Hello!?\nIs that you?' },
  { n: 30, input: 'Hello?! Is that you?', expected: 'Hello?!\nIs that you?' },
  { n: 31, input: '1.) The first item 2.) The second item', expected: 'The first item\nThe second item' },
  { n: 32, input: '1.) The first item. 2.) The second item.', expected: 'The first item.\nThe second item.' },
  { n: 33, input: '1) The first item 2) The second item', expected: 'The first item\nThe second item' },
  { n: 34, input: '1) The first item. 2) The second item.', expected: 'The first item.\nThe second item.' },
  { n: 35, input: '1. The first item 2. The second item', expected: 'The first item\nThe second item' },
  { n: 36, input: '1. The first item. 2. The second item.', expected: 'The first item.\nThe second item.' },
  { n: 37, input: '• 9. The first item • 10. The second item', expected: 'The first item\nThe second item' },
  { n: 38, input: '⁃9. The first item ⁃10. The second item', expected: 'The first item\nThe second item' },
  {
    n: 39,
    input: 'a. The first item b. The second item c. The third list item',
    expected: 'The first item\nThe second item\nThe third list item',
  },
  {
    n: 40,
    input: 'This is a sentence\ncut off in the middle because pdf.',
    expected: 'This is a sentence cut off in the middle because pdf.',
  },
  { n: 41, input: 'It was a cold \nnight in the city.', expected: 'It was a cold night in the city.' },
  {
    n: 42,
    input: 'features\ncontact manager\nevents, activities\n',
    expected: 'features\ncontact manager\nevents, activities',
    outOfScope:
      'guide §1: a newline inside a block is a hard wrap, so lines without markers or blank lines are one text',
  },
  {
    n: 43,
    input: 'You can find it at N°. 1026.253.553. That is where the treasure is.',
    expected: 'You can find it at N°. 1026.253.553.\nThat is where the treasure is.',
  },
  {
    n: 44,
    input: 'She works at Yahoo! in the accounting department.',
    expected: 'She works at Yahoo! in the accounting department.',
  },
  {
    n: 45,
    input: 'We make a good team, you and I. Did you see Albert I. Jones yesterday?',
    expected: 'We make a good team, you and I.\nDid you see Albert I. Jones yesterday?',
  },
  {
    n: 46,
    input: 'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
    expected:
      'Thoreau argues that by simplifying one’s life, “the laws of the universe will appear less complex. . . .”',
  },
  {
    n: 47,
    input: '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
    expected: '"Bohr [...] used the analogy of parallel stairways [...]" (Smith 55).',
  },
  {
    n: 48,
    input:
      'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . . Next sentence.',
    expected:
      'If words are left off at the end of a sentence, and that is all that is omitted, indicate the omission with ellipsis marks (preceded and followed by a space) and then indicate the end of the sentence with a period . . . .\nNext sentence.',
  },
  {
    n: 49,
    input: 'I never meant that.... She left the store.',
    expected: 'I never meant that....\nShe left the store.',
  },
  {
    n: 50,
    input: "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
    expected: "I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.",
  },
  {
    n: 51,
    input:
      'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds. . . . The practice was not abandoned. . . .',
    expected:
      'One further habit which was somewhat weakened . . . was that of combining words into self-interpreting compounds.\n. . . The practice was not abandoned. . . .',
  },
  {
    n: 52,
    input: 'Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot.',
    expected: 'Hello world.\nToday is Tuesday.\nMr. Smith went to the store and bought 1,000.\nThat is a lot.',
  },
];
