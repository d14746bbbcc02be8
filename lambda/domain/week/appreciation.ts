/**
 * Is an appreciation specific enough to land? Therapists suggest naming a specific action
 * ("Sam made coffee this morning"), not a general compliment ("Sam is great"). A heuristic:
 * once the partners' names and filler are set aside, a specific appreciation has something
 * done in it (a verb in the past or -ing form, a common irregular verb, or "for the …").
 */
const DOING = new Set([
  'made',
  'make',
  'makes',
  'took',
  'take',
  'takes',
  'gave',
  'give',
  'gives',
  'did',
  'does',
  'went',
  'goes',
  'brought',
  'bought',
  'said',
  'says',
  'told',
  'tells',
  'held',
  'holds',
  'let',
  'lets',
  'kept',
  'keeps',
  'got',
  'gets',
  'left',
  'came',
  'comes',
  'ran',
  'put',
  'puts',
  'sent',
  'sends',
  'wrote',
  'writes',
  'read',
  'fed',
  'drove',
  'drives',
  'met',
  'paid',
  'found',
  'heard',
  'hears',
  'sat',
  'stood',
  'won',
  'woke',
  'slept',
  'built',
  'fixed',
  'fix',
  'cleaned',
  'clean',
  'cooked',
  'cook',
  'cooks',
  'listened',
  'listens',
  'helped',
  'helps',
  'help',
  'asked',
  'asks',
  'stayed',
  'called',
  'calls',
  'texted',
  'remembered',
  'noticed',
  'hugged',
  'hugs',
  'laughed',
  'washed',
  'walked',
  'planned',
  'picked',
  'dropped',
  'handled',
  'covered',
  'offered',
  'checked',
  'waited',
  'apologized',
  'apologised',
  'thanked',
  'shared',
  'tried',
  'cared',
  'saw',
  'sees',
  'showed',
  'shows',
  'carried',
  'tidied',
]);
const NOT_DOING = new Set([
  'thing',
  'things',
  'something',
  'everything',
  'anything',
  'nothing',
  'being',
  'feeling',
  'feelings',
  'amazing',
  'loving',
  'caring',
  'interesting',
  'darling',
  'morning',
  'evening',
  'king',
  'ring',
  'wedding',
  'need',
  'bed',
  'red',
  'kind',
  'sweet',
  'nice',
  'great',
  'wonderful',
  'lovely',
  'awesome',
  'best',
  'charming',
  'understanding',
  'supporting',
  'supportive',
  'outstanding',
  'talented',
  'gifted',
  'blessed',
]);

export function isSpecificAppreciation(text: string, names: string[]): boolean {
  const lowerNames = new Set(names.map((n) => n.toLowerCase()));
  const words = text
    .toLowerCase()
    .replace(/[^a-z' ]/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !lowerNames.has(w));
  if (words.length < 2) return false;
  if (/\bfor (the|that|this|his|her|their|my|our|all the)\b/.test(words.join(' ')) && words.length >= 4)
    return true;
  return words.some(
    (w) => DOING.has(w) || (!NOT_DOING.has(w) && /^[a-z]{3,}(ed|ing)$/.test(w) && !/^(is|was)$/.test(w)),
  );
}

/**
 * True when the appreciation names the speaker and not the partner ("I appreciate that Sam
 * made coffee", said by Sam): either the voice was taken for the wrong partner or it is about
 * oneself, and either way it should not be filed as Sam's thanks to Alex.
 */
export function namesOnlySpeaker(text: string, speakerName: string, partnerName: string): boolean {
  const words = new Set(text.toLowerCase().split(/[^\p{L}']+/u));
  const has = (name: string) => words.has(name.toLowerCase().split(' ')[0]!);
  return has(speakerName) && !has(partnerName);
}
