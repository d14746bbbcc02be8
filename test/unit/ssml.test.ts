import { escapeForSsml, excerpt, listOf, ssml, speech, toPlainText } from '../../lambda/speech/ssml';

describe('speech is output, user text is data', () => {
  it('escapes the five XML characters in interpolated values, not in our own markup', () => {
    const said = `Tom & "Jerry" <break time='10s'/>`;

    const out = ssml`<break time="300ms"/>You said ${said}.`;

    expect(out.markup).toBe(
      '<break time="300ms"/>You said Tom &amp; &quot;Jerry&quot; &lt;break time=&apos;10s&apos;/&gt;.',
    );
  });

  it('drops emoji and characters XML forbids, keeping the words apart', () => {
    expect(escapeForSsml('love😍you\u0000\u0007 \uD800 too')).toBe('love you too');
    expect(escapeForSsml('flag🇬🇧here')).toBe('flag here');
  });

  it('shortens long text on a word boundary', () => {
    const text = 'word '.repeat(100);

    const short = excerpt(text, 50);

    expect(short.markup.length).toBeLessThanOrEqual(51);
    expect(short.markup.endsWith('…')).toBe(true);
  });

  it('joins fragments and lists naturally', () => {
    expect(speech('Hi.', undefined, false, ssml`Bye.`).markup).toBe('Hi. Bye.');
    expect(listOf(['Alex', 'Sam']).markup).toBe('Alex and Sam');
    expect(listOf(['a', 'b', 'c']).markup).toBe('a, b and c');
  });

  it('reads back as plain text for the console and cards', () => {
    expect(toPlainText('<speak>Hi <break time="1s"/> Tom &amp; Jerry</speak>')).toBe('Hi Tom & Jerry');
  });
});
