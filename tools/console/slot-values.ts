/**
 * Spoken values of Alexa's built-in slot types, as the console's resolver reads them from typed
 * words: numbers ("twenty five" -> 25), durations ("five minutes" -> PT5M), times ("eight pm"
 * -> 20:00) and days of the week. Pure functions over normalized words.
 */

const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** A whole number said in words or digits ("twenty", "one hundred and five", "20"); undefined if not. */
export function parseNumber(words: string[]): number | undefined {
  if (words.length === 1 && /^\d+$/.test(words[0]!)) return Number(words[0]);
  let total = 0;
  let small = 0;
  let last: 'none' | 'unit' | 'tens' | 'hundred' | 'thousand' | 'and' | 'a' = 'none';
  const afterBoundary = () => last === 'none' || last === 'hundred' || last === 'thousand' || last === 'and';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1] ?? '';
    if (word in UNITS) {
      const value = UNITS[word]!;
      if (!(afterBoundary() || (last === 'tens' && value >= 1 && value <= 9))) return undefined;
      small += value;
      last = 'unit';
    } else if (word in TENS) {
      if (!afterBoundary()) return undefined;
      small += TENS[word]!;
      last = 'tens';
    } else if (word === 'hundred') {
      if (!(last === 'unit' || last === 'a') || small > 9) return undefined;
      small = (small || 1) * 100;
      last = 'hundred';
    } else if (word === 'thousand') {
      if (last === 'none' || last === 'thousand' || last === 'and') return undefined;
      total += (small || 1) * 1000;
      small = 0;
      last = 'thousand';
    } else if ((word === 'a' || word === 'an') && last === 'none' && /^(hundred|thousand)$/.test(next)) {
      last = 'a';
    } else if (word === 'and' && (last === 'hundred' || last === 'thousand') && next !== '') {
      last = 'and';
    } else {
      return undefined;
    }
  }
  return last === 'none' || last === 'a' || last === 'and' ? undefined : total + small;
}

const DURATION_UNITS: Record<string, number> = {
  second: 1,
  seconds: 1,
  sec: 1,
  secs: 1,
  s: 1,
  minute: 60,
  minutes: 60,
  min: 60,
  mins: 60,
  m: 60,
  hour: 3600,
  hours: 3600,
  hr: 3600,
  hrs: 3600,
  h: 3600,
  day: 86400,
  days: 86400,
  d: 86400,
  week: 604800,
  weeks: 604800,
  w: 604800,
};

/** Splits "5min" / "10m" into number and unit, as someone typing would write them. */
function splitCompact(words: string[]): string[] {
  return words.flatMap((w) => {
    const m = /^(\d+)([a-z]+)$/.exec(w);
    return m && m[2]! in DURATION_UNITS ? [m[1]!, m[2]!] : [w];
  });
}

/** Months and years have no fixed length in seconds: Alexa sends them as P6M, P1Y. */
const CALENDAR_UNITS: Record<string, 'M' | 'Y'> = {
  month: 'M',
  months: 'M',
  year: 'Y',
  years: 'Y',
};

/** "six months", "a year", "two years and six months" as P6M, P1Y, P2Y6M; undefined otherwise. */
function parseCalendarDuration(words: string[]): string | undefined {
  const parts: { Y: number; M: number } = { Y: 0, M: 0 };
  let i = 0;
  let found = false;
  while (i < words.length) {
    if (found && words[i] === 'and') i++;
    let k = i;
    while (k < words.length && !(words[k]! in CALENDAR_UNITS)) k++;
    const unit = CALENDAR_UNITS[words[k] ?? ''];
    const amountWords = words.slice(i, k);
    const amount =
      amountWords.length === 1 && (amountWords[0] === 'a' || amountWords[0] === 'an')
        ? 1
        : parseNumber(amountWords);
    if (!unit || amount === undefined || amount <= 0) return undefined;
    parts[unit] += amount;
    found = true;
    i = k + 1;
  }
  if (!found) return undefined;
  return `P${parts.Y ? `${parts.Y}Y` : ''}${parts.M ? `${parts.M}M` : ''}`;
}

/**
 * A length of time ("five minutes", "an hour and a half", "1 hour 30 minutes", "six months") as
 * ISO-8601, e.g. PT5M, P6M.
 */
export function parseDuration(input: string[]): string | undefined {
  const calendar = parseCalendarDuration(input);
  if (calendar) return calendar;
  const words = splitCompact(input);
  let seconds = 0;
  let i = 0;
  let parts = 0;
  while (i < words.length) {
    if (parts > 0 && (words[i] === 'and' || words[i] === 'plus')) i++;
    let amount: number | undefined;
    let j = i;
    if (words[j] === 'half' && (words[j + 1] === 'a' || words[j + 1] === 'an')) {
      amount = 0.5;
      j += 2;
    } else if (words[j] === 'a' || words[j] === 'an') {
      amount = 1;
      j += 1;
    } else {
      // The longest run of words before a unit that reads as a number.
      let k = j;
      while (k < words.length && !(words[k]! in DURATION_UNITS)) k++;
      amount = parseNumber(words.slice(j, k));
      j = k;
    }
    const unit = DURATION_UNITS[words[j] ?? ''];
    if (amount === undefined || unit === undefined) return undefined;
    j += 1;
    if (words[j] === 'and' && words[j + 1] === 'a' && words[j + 2] === 'half') {
      amount += 0.5;
      j += 3;
    }
    seconds += amount * unit;
    parts += 1;
    i = j;
  }
  return parts > 0 && seconds > 0 ? isoFromSeconds(seconds) : undefined;
}

function isoFromSeconds(total: number): string {
  const rounded = Math.round(total);
  if (rounded % 604800 === 0) return `P${rounded / 604800}W`;
  const d = Math.floor(rounded / 86400);
  const h = Math.floor((rounded % 86400) / 3600);
  const m = Math.floor((rounded % 3600) / 60);
  const s = rounded % 60;
  const time = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
  return `P${d ? `${d}D` : ''}${time ? `T${time}` : ''}`;
}

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "Tuesday", "tuesdays", "tue" -> "tuesday". */
export function parseDayOfWeek(words: string[]): string | undefined {
  if (words.length !== 1) return undefined;
  const word = words[0]!.replace(/s$/, '');
  return DAYS.find((d) => d === word || (word.length >= 3 && d.startsWith(word)));
}

const TIME_WORDS: Record<string, string> = {
  noon: '12:00',
  midday: '12:00',
  midnight: '00:00',
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
};

/** A time of day ("eight pm", "8:30 pm", "20:15", "noon") as Alexa's AMAZON.TIME value, e.g. 20:00. */
export function parseTime(input: string[]): string | undefined {
  const words = input.flatMap((w) => {
    const m = /^(\d{1,2}(?::\d{2})?)(am|pm)$/.exec(w);
    return m ? [m[1]!, m[2]!] : [w];
  });
  if (words.length === 1 && words[0]! in TIME_WORDS) return TIME_WORDS[words[0]!];
  const meridiem =
    words[words.length - 1] === 'am' || words[words.length - 1] === 'pm' ? words.pop() : undefined;
  if (words[words.length - 1] === 'oclock') words.pop();
  let hour: number | undefined;
  let minute = 0;
  const clock = words.length === 1 ? /^(\d{1,2}):(\d{2})$/.exec(words[0]!) : null;
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
  } else if (words.length >= 1) {
    hour = parseNumber(words.slice(0, 1));
    if (words.length > 1) {
      const rest = parseNumber(words.slice(1));
      if (rest === undefined) return undefined;
      minute = rest;
    }
  }
  if (hour === undefined || minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (!clock && words.length > 0 && hour > 24) return undefined;
  if (hour > 23) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}
