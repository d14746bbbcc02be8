import { escapeForSsml } from '../../lambda/speech/ssml';
import { responseProblems } from './check-response';
import { xmlProblem } from './xml';

/** The fuzz suite's oracles must themselves be able to fail. */
describe('the SSML well-formedness check used by the fuzz suite', () => {
  it.each([
    '<speak>Hi Alex and Sam.</speak>',
    '<speak>Pause<break time="500ms"/> then &amp; &lt;x&gt; &quot;q&quot; &apos;a&apos; &#233; &#x1F600;</speak>',
    `<speak>${escapeForSsml('<speak>]]> & 😀 \u0000 שלום')}</speak>`,
    '<speak><prosody rate="slow">calm</prosody> <say-as interpret-as="digits">12</say-as></speak>',
  ])('accepts well-formed SSML: %s', (xml) => {
    expect(xmlProblem(xml)).toBeUndefined();
  });

  it.each([
    ['<speak>fish & chips</speak>', /bare "&"/],
    ['<speak>a <b>c</speak>', /closes/],
    ['<speak>open', /never closed/],
    ['<speak>x</speak><speak>y</speak>', /more than one root/],
    ['text<speak>x</speak>', /outside the root/],
    ['<speak>]]></speak>', /\]\]>/],
    ['<speak><![CDATA[x]]></speak>', /CDATA/],
    ['<speak>nul\u0000</speak>', /forbids/],
    ['<speak>\uD800</speak>', /surrogate/],
    ['<speak><break time=500ms/></speak>', /malformed attribute/],
    ['<speak><break a="1" a="2"/></speak>', /duplicate/],
    ['<speak>&#0;</speak>', /forbidden character/],
    ['<speak>&nbsp;</speak>', /bare "&"/],
    ['', /no root/],
  ])('rejects %j', (xml, why) => {
    expect(xmlProblem(xml)).toMatch(why);
  });

  it('flags replies Alexa would reject', () => {
    const ok = { version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: '<speak>Hi</speak>' } } };
    expect(responseProblems(ok)).toEqual([]);
    expect(responseProblems({ response: {} })).toEqual(['version is undefined']);
    expect(responseProblems({ version: '1.0' })).toEqual(['no response object']);
    expect(
      responseProblems({ version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'x' } } }),
    ).toEqual(['outputSpeech type is "PlainText", not SSML']);
    expect(
      responseProblems({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: 'Hi' } } }).join(),
    ).toMatch(/not wrapped/);
    const long = `<speak>${'a'.repeat(8000)}</speak>`;
    expect(
      responseProblems({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml: long } } }).join(),
    ).toMatch(/8015 characters/);
    expect(
      responseProblems({ version: '1.0', response: {}, sessionAttributes: { x: 'y'.repeat(25_000) } }).join(),
    ).toMatch(/bytes/);
  });
});
