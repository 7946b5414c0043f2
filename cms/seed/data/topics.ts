/** Life situations (Lebenslagen) as a small tree; `parent` names another topic's slug. */
export interface TopicSeed {
  slug: string
  title: string
  /** The title in Leichte Sprache (Leichte-Sprache finder). */
  titleEasyLanguage?: string
  description: string
  parent?: string
}

export const topics: TopicSeed[] = [
  {
    slug: 'arbeit-und-beruf',
    title: 'Arbeit und Beruf',
    titleEasyLanguage: 'Arbeit',
    description: 'Ausbildung, Arbeit finden und den Arbeitsplatz sichern.',
  },
  {
    slug: 'arbeit-finden',
    title: 'Arbeit und Ausbildung finden',
    titleEasyLanguage: 'Arbeit oder Ausbildung finden',
    description: 'Wege in Ausbildung und Arbeit, auch außerhalb einer Werkstatt.',
    parent: 'arbeit-und-beruf',
  },
  {
    slug: 'arbeitsplatz-sichern',
    title: 'Den Arbeitsplatz sichern',
    titleEasyLanguage: 'Ihre Arbeit behalten',
    description: 'Hilfen für Beschäftigte und Arbeitgeber, wenn eine Behinderung die Arbeit erschwert.',
    parent: 'arbeit-und-beruf',
  },
  {
    slug: 'wohnen',
    title: 'Wohnen',
    titleEasyLanguage: 'Wohnen',
    description: 'Selbstständig wohnen mit Assistenz oder in einer besonderen Wohnform.',
  },
  {
    slug: 'geld-und-leistungen',
    title: 'Geld und Leistungen',
    titleEasyLanguage: 'Geld und Hilfen',
    description: 'Budgets, Blindengeld und andere Geldleistungen.',
  },
  {
    slug: 'kinder-und-familie',
    title: 'Kinder und Familie',
    titleEasyLanguage: 'Kinder und Familie',
    description: 'Förderung von Kindern mit Behinderung und Unterstützung für Eltern.',
  },
  {
    slug: 'fruehe-foerderung',
    title: 'Kleine Kinder fördern',
    titleEasyLanguage: 'Hilfe für kleine Kinder',
    description: 'Frühförderung und inklusive Kindertagesbetreuung.',
    parent: 'kinder-und-familie',
  },
  {
    slug: 'schule-und-bildung',
    title: 'Schule und Bildung',
    titleEasyLanguage: 'Schule und Lernen',
    description: 'Förderschulen, inklusive Bildung und Beratung zu Bildungswegen.',
  },
  {
    slug: 'seelische-gesundheit',
    title: 'Seelische Gesundheit',
    titleEasyLanguage: 'Hilfe für die Seele',
    description: 'Hilfe bei psychischen Erkrankungen, in Krisen und bei Sucht.',
  },
  {
    slug: 'psychische-krise',
    title: 'In einer seelischen Krise',
    titleEasyLanguage: 'Schnelle Hilfe in einer Krise',
    description: 'Schnelle Hilfe, wenn es Ihnen seelisch sehr schlecht geht.',
    parent: 'seelische-gesundheit',
  },
  {
    slug: 'beratung',
    title: 'Beratung und Begleitung',
    titleEasyLanguage: 'Beratung und Hilfe',
    description: 'Unabhängige Beratung, Beratung durch Betroffene und Hilfeplanung.',
  },
  {
    slug: 'gewalt-und-entschaedigung',
    title: 'Nach Gewalt oder Schädigung',
    titleEasyLanguage: 'Hilfe nach Gewalt',
    description: 'Soziale Entschädigung und schnelle Hilfen für Betroffene von Gewalttaten.',
  },
  {
    slug: 'freizeit-und-alltag',
    title: 'Freizeit und Alltag',
    titleEasyLanguage: 'Freizeit und Alltag',
    description: 'Assistenz im Alltag, Mobilität und Teilhabe am Leben in der Gemeinschaft.',
  },
]
