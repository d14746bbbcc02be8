import type { Locale } from '../domain/locale';
import type { CrisisKind } from '../domain/safety/crisis-kinds';

/**
 * Crisis resources per locale. Every number and its hours were checked on SOURCES_CHECKED
 * against the page cited beside it: the organisation's own page where one was available to
 * check (`ownPage`), otherwise its funder's or a public body's. Re-check them before each
 * release (services change numbers and hours); the README's safety section lists them all.
 *
 * `digits` is what is dialled; `groups` is how it is read out (and repeated slowly),
 * one spoken group per entry.
 */
export interface CrisisLine {
  id: string;
  /** The service's name as spoken. */
  name: string;
  /** How to reach it, as spoken: "call or text", "call". */
  how: 'call or text' | 'call';
  /** Digit groups as read aloud, e.g. ['116', '123']. */
  groups: string[];
  /** A short spoken alias the service is known by ("triple zero", "1800 RESPECT"). */
  alias?: string;
  /** An extra way in, as spoken, e.g. a text keyword (kept short). */
  extra?: string;
  /** Where the number and hours were verified. */
  source: string;
  /** True when `source` is the organisation's own page (or its network's, e.g. a Lifeline centre). */
  ownPage: boolean;
  /** When it answers, as the organisation publishes it. */
  hours: string;
}

/** The day every source below was last checked (through the project's stored copies of the pages). */
export const SOURCES_CHECKED = '2026-12-01';

export interface LocaleResources {
  /** The local emergency number, for immediate danger. */
  emergency: CrisisLine;
  /** Someone to talk to now about suicide, self-harm or emotional crisis. */
  crisis: CrisisLine;
  /** For violence or abuse at home, when the country has one national line. */
  violence?: CrisisLine;
  /** When there is no single national line for abuse: where to find the local one, as spoken. */
  violenceFinder?: string;
}

// ---- United States ----
const US_EMERGENCY: CrisisLine = {
  id: 'us-911',
  name: 'emergency services',
  how: 'call',
  groups: ['911'],
  // https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline ("in immediate danger … please call 911")
  source:
    'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
  ownPage: false,
  hours: '24/7',
};
const US_988: CrisisLine = {
  id: 'us-988',
  name: 'the Suicide and Crisis Lifeline',
  how: 'call or text',
  groups: ['988'],
  // https://www.mcphs.edu/student-life/counseling-services/emergency-services/988-suicide-and-crisis-lifeline ("call or text 988", 24/7)
  source:
    'https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline',
  ownPage: false,
  hours: '24/7',
};
const US_DV_HOTLINE: CrisisLine = {
  id: 'us-ndvh',
  name: 'the National Domestic Violence Hotline',
  how: 'call',
  groups: ['1', '800', '799', '7233'],
  extra: 'or text START to 88788',
  // https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts
  // (U.S. Department of Justice: "call 800–799–SAFE (7233) … text "START" to 88788")
  source:
    'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
  ownPage: false,
  hours: '24/7',
};

// ---- Canada ----
const CA_EMERGENCY: CrisisLine = {
  id: 'ca-911',
  name: 'emergency services',
  how: 'call',
  groups: ['911'],
  // https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html ("If you or someone you know is in immediate danger, call 9-1-1")
  source: 'https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html',
  ownPage: true,
  hours: '24/7',
};
const CA_988: CrisisLine = {
  id: 'ca-988',
  name: "Canada's Suicide Crisis Helpline",
  how: 'call or text',
  groups: ['988'],
  // https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/ ("you can call or text 988 at any time")
  source: 'https://mentalhealthcommission.ca/catalyst/988-launches-in-canada/',
  ownPage: false,
  hours: '24/7',
};
/**
 * Canada has no single national domestic-violence number: the federal Department of Justice
 * points to 9-1-1, victim services and shelters (https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html),
 * and ShelterSafe, run by Women's Shelters Canada, maps every shelter's crisis line; its own page
 * says most shelters answer 24/7 (https://sheltersafe.ca/about-shelters/).
 */
const CA_VIOLENCE_FINDER = 'shelter safe dot C A lists the 24 hour crisis line of every shelter near you';

// ---- United Kingdom ----
const GB_EMERGENCY: CrisisLine = {
  id: 'gb-999',
  name: 'emergency services',
  how: 'call',
  groups: ['999'],
  // https://www.centre56.org.uk/domestic-abuse ("If it is an emergency, please call 999")
  source: 'https://www.centre56.org.uk/domestic-abuse',
  ownPage: false,
  hours: '24/7',
};
const GB_SAMARITANS: CrisisLine = {
  id: 'gb-samaritans',
  name: 'Samaritans',
  how: 'call',
  groups: ['116', '123'],
  // https://www.samaritans.org/how-we-can-help/contact-samaritan/ (free to call 116 123, day or night)
  source: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
  ownPage: true,
  hours: '24/7',
};
const GB_DA_HELPLINE: CrisisLine = {
  id: 'gb-ndah',
  name: 'the National Domestic Abuse Helpline',
  how: 'call',
  groups: ['0808', '2000', '247'],
  // https://www.refuge.org.uk/category/news/ ("Freephone 24-Hour National Domestic Abuse Helpline: 0808 2000 247")
  source: 'https://www.refuge.org.uk/category/news/',
  ownPage: true,
  hours: '24/7',
};

// ---- Australia ----
const AU_EMERGENCY: CrisisLine = {
  id: 'au-000',
  name: 'emergency services',
  how: 'call',
  groups: ['000'],
  alias: 'triple zero',
  // https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/ ("If you are in immediate danger call 000")
  source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
  ownPage: false,
  hours: '24/7',
};
const AU_LIFELINE: CrisisLine = {
  id: 'au-lifeline',
  name: 'Lifeline',
  how: 'call',
  groups: ['13', '11', '14'],
  // https://en.wikipedia.org/wiki/Lifeline_(crisis_support_service) ("accessed by calling 13 11 14 within Australia");
  // also https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/
  source: 'https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/',
  ownPage: true,
  hours: '24/7',
};
const AU_1800RESPECT: CrisisLine = {
  id: 'au-1800respect',
  name: 'eighteen hundred RESPECT',
  how: 'call',
  groups: ['1800', '737', '732'],
  // https://www.sbs.com.au/language/filipino/en/podcast-episode/think-carefully-before-you-call-triple-zero/3uc68pdt2
  // ("For domestic violence, help call 1800RESPECT (1800 737 732)"); service: https://plan4womenssafety.dss.gov.au/initiatives/1800respect
  source: 'https://plan4womenssafety.dss.gov.au/initiatives/1800respect',
  ownPage: false,
  hours: '24/7',
};

// ---- India ----
const IN_EMERGENCY: CrisisLine = {
  id: 'in-112',
  name: 'emergency services',
  how: 'call',
  groups: ['112'],
  // https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system
  // (ERSS: "Pan-India single number (112) based emergency response system")
  source:
    'https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system',
  ownPage: true,
  hours: '24/7',
};
const IN_TELE_MANAS: CrisisLine = {
  id: 'in-tele-manas',
  name: 'Tele MANAS',
  how: 'call',
  groups: ['14416'],
  // https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html
  // ("toll-free numbers 14416 or 1-800-891-4416")
  source:
    'https://www.livemint.com/news/india/govts-mental-health-helpline-tele-manas-receives-over-2-lakh-calls-since-launch-11690014660473.html',
  ownPage: false,
  hours: '24/7',
};

export const RESOURCES: Record<Locale, LocaleResources> = {
  'en-US': { emergency: US_EMERGENCY, crisis: US_988, violence: US_DV_HOTLINE },
  'en-CA': { emergency: CA_EMERGENCY, crisis: CA_988, violenceFinder: CA_VIOLENCE_FINDER },
  'en-GB': { emergency: GB_EMERGENCY, crisis: GB_SAMARITANS, violence: GB_DA_HELPLINE },
  'en-AU': { emergency: AU_EMERGENCY, crisis: AU_LIFELINE, violence: AU_1800RESPECT },
  // India's 112 covers police, including the women's helpline; Tele MANAS is the national
  // mental-health line and takes calls about distress of any kind.
  'en-IN': { emergency: IN_EMERGENCY, crisis: IN_TELE_MANAS },
};

/** The lines to give for a kind of crisis, most urgent first after the emergency number. */
export function linesFor(locale: Locale, kind: CrisisKind): { lines: CrisisLine[]; finder?: string } {
  const r = RESOURCES[locale];
  const abuse = r.violence ? [r.violence] : [];
  switch (kind) {
    case 'self-harm':
      return { lines: [r.emergency, r.crisis] };
    case 'violence':
      return { lines: [r.emergency, ...abuse, r.crisis], finder: r.violenceFinder };
    case 'danger':
      // Said without words to tell self-harm from violence ("I want to hurt myself" can reach
      // CrisisIntent): the emergency number and the crisis line first, then the abuse line.
      return { lines: [r.emergency, r.crisis, ...abuse], finder: r.violenceFinder };
  }
}

/** The number as dialled, for tests and documentation. */
export function dialled(line: CrisisLine): string {
  return line.groups.join('');
}
