/**
 * Common German idioms and figurative fixed phrases of administrative and
 * everyday texts, with a plain meaning, for the rule `idiom`.
 *
 * Source: the project's own work (Lotse authors, EUPL-1.2). No idiom
 * dictionary or outside list was used or copied; the phrases are common
 * German set phrases that the authors listed, and the plain meanings are
 * their own paraphrases. How the entries were chosen: the idioms of the third
 * corpus batch (`corpus/drafts.ts`, editors' drafts written for this project,
 * which the rule was developed against: 17 entries), and further phrases of
 * the kinds that turn up in counselling and administrative texts: help and
 * support ("unter die Arme greifen"), starting and planning ("in die Wege
 * leiten"), money and housing ("über die Runden kommen", "auf der Straße
 * sitzen") and officialese ("in der Regel", "im Rahmen"). Listed are phrases
 * whose words mean something else when read literally, and fixed phrases a
 * reader cannot take apart. A phrase with a verb counts only with one of its
 * verb forms in the sentence, so the same words with another verb ("Gehen
 * Sie bitte zur Seite") are not reported; a literal use with the idiom's own
 * verb ("Der Hund sitzt auf der Straße") is (see the README's limitations).
 *
 * The rule rests on the public guidelines, not on a list from them: the rules
 * of the Netzwerk Leichte Sprache ("Leichte Sprache. Ein Ratgeber", Federal
 * Ministry of Labour and Social Affairs, 2014) advise against idioms and
 * figurative language (their example: "Raben-Eltern"), and Inclusion Europe's
 * "Information for all" (2009) against difficult ideas such as metaphors.
 *
 * Each entry: the fixed words in order (lower case, "a|b" for alternatives),
 * the verb stems that must occur in the same sentence (none for phrases
 * without a verb), and the plain meaning.
 */
export interface Idiom {
  words: string
  verbs?: string
  meaning: string
}

export const IDIOMS: readonly Idiom[] = [
  { words: 'unter die arme', verbs: 'greif griff gegriffen', meaning: 'helfen' },
  { words: 'zur seite', verbs: 'steh stand gestanden', meaning: 'helfen' },
  {
    words: 'auf dem laufenden',
    verbs: 'halt hält hielt gehalten bleib blieb geblieben',
    meaning: 'informieren, Bescheid sagen',
  },
  { words: 'ins wasser', verbs: 'fall fäll fiel gefallen', meaning: 'ausfallen, nicht stattfinden' },
  { words: 'auf der hand', verbs: 'lieg lag gelegen', meaning: 'klar sein' },
  { words: 'über die runden', verbs: 'komm kam gekommen', meaning: 'genug Geld zum Leben haben' },
  { words: 'ins gewicht', verbs: 'fall fäll fiel gefallen', meaning: 'wichtig sein' },
  { words: 'dach über dem kopf', meaning: 'eine Wohnung' },
  { words: 'unter dach und fach', meaning: 'fertig' },
  { words: 'grünes licht', verbs: 'geb gib gab gegeben bekomm bekam', meaning: 'erlauben' },
  { words: 'am herzen', verbs: 'lieg lag gelegen', meaning: 'wichtig sein' },
  { words: 'offenes ohr', meaning: 'zuhören' },
  { words: 'rund um die uhr', meaning: 'Tag und Nacht' },
  { words: 'in der regel', meaning: 'meistens' },
  { words: 'aus einer hand', meaning: 'alles an einer Stelle' },
  { words: 'unter die lupe', verbs: 'nehm nimm nahm genommen', meaning: 'genau prüfen' },
  { words: 'unter vier augen', meaning: 'allein, nur Sie und eine andere Person' },
  { words: 'auf die lange bank', verbs: 'schieb schob geschoben', meaning: 'später machen' },
  { words: 'auf augenhöhe', meaning: 'gleich·berechtigt' },
  { words: 'hand in hand', meaning: 'zusammen' },
  { words: 'an einem strang', verbs: 'zieh zog gezogen', meaning: 'zusammen arbeiten' },
  { words: 'in die wege', verbs: 'leit geleitet', meaning: 'anfangen' },
  { words: 'ins leben', verbs: 'ruf rief gerufen', meaning: 'gründen, anfangen' },
  { words: 'auf den weg', verbs: 'bring brach gebracht', meaning: 'anfangen' },
  { words: 'in angriff', verbs: 'nehm nimm nahm genommen', meaning: 'anfangen' },
  { words: 'auf die beine', verbs: 'stell gestellt', meaning: 'machen, planen' },
  { words: 'auf eigenen beinen|füßen', verbs: 'steh stand gestanden', meaning: 'selbst·ständig leben' },
  { words: 'fuß', verbs: 'fass gefasst', meaning: 'sich einleben' },
  { words: 'licht ins dunkel', meaning: 'erklären' },
  { words: 'auf den punkt', verbs: 'bring brach gebracht', meaning: 'kurz und klar sagen' },
  { words: 'ans herz', verbs: 'leg gelegt', meaning: 'empfehlen' },
  { words: 'rede und antwort', verbs: 'steh stand gestanden', meaning: 'Fragen beantworten' },
  { words: 'über den kopf', verbs: 'wachs wächst wuchs gewachsen', meaning: 'zu viel werden' },
  { words: 'die nase voll', meaning: 'genug haben' },
  { words: 'unter druck', verbs: 'setz gesetzt steh stand', meaning: 'Stress machen, Stress haben' },
  { words: 'auf der strecke', verbs: 'bleib blieb geblieben', meaning: 'vergessen werden' },
  { words: 'unter den tisch', verbs: 'fall fäll fiel gefallen', meaning: 'vergessen werden' },
  { words: 'die weichen', verbs: 'stell gestellt', meaning: 'entscheiden, planen' },
  { words: 'auf herz und nieren', meaning: 'sehr genau' },
  { words: 'auf dem schirm', verbs: 'hab hat hatte gehabt', meaning: 'daran denken' },
  { words: 'im blick', verbs: 'behalt behält behielt hab hat', meaning: 'darauf achten' },
  { words: 'in die tat', verbs: 'setz gesetzt', meaning: 'machen' },
  { words: 'den rücken', verbs: 'stärk gestärkt', meaning: 'helfen' },
  { words: 'den gürtel enger', verbs: 'schnall geschnallt', meaning: 'sparen' },
  { words: 'tief in die tasche', verbs: 'greif griff gegriffen', meaning: 'viel bezahlen' },
  { words: 'auf der straße', verbs: 'sitz saß gesessen land gelandet', meaning: 'keine Wohnung haben' },
  { words: 'in den eigenen vier wänden', meaning: 'in der eigenen Wohnung' },
  { words: 'durch die lappen', verbs: 'geh ging gegangen', meaning: 'verpassen' },
  { words: 'in den sauren apfel', verbs: 'beiß biss gebissen', meaning: 'etwas Unangenehmes tun' },
  { words: 'das a und o', meaning: 'das Wichtigste' },
  { words: 'nach wie vor', meaning: 'immer noch' },
  { words: 'im vorfeld', meaning: 'vorher' },
  { words: 'im rahmen', meaning: 'bei' },
  { words: 'von fall zu fall', meaning: 'jedes Mal neu' },
  { words: 'in kraft', verbs: 'tritt trat getreten', meaning: 'gelten ab' },
  { words: 'in frage|infrage', verbs: 'komm kam gekommen', meaning: 'möglich sein, passen' },
  { words: 'zu rate', verbs: 'zieh zog gezogen', meaning: 'fragen' },
  { words: 'zu buche', verbs: 'schlag schläg schlug geschlagen', meaning: 'kosten' },
  { words: 'auf nummer sicher', verbs: 'geh ging gegangen', meaning: 'vorsichtig sein' },
  { words: 'auf die sprünge', verbs: 'helf hilf half geholfen', meaning: 'helfen' },
  { words: 'ein auge', verbs: 'zudrück drück', meaning: 'nachsichtig sein' },
  { words: 'auf der kippe', verbs: 'steh stand gestanden', meaning: 'unsicher sein' },
  { words: 'unter den nägeln', verbs: 'brenn brannt', meaning: 'dringend sein' },
  { words: 'hand und fuß', verbs: 'hab hat hatte', meaning: 'gut durchdacht sein' },
  { words: 'den kopf', verbs: 'verlier verlor zerbrech', meaning: 'nicht mehr klar denken, lange nachdenken' },
  { words: 'daumen', verbs: 'drück gedrückt', meaning: 'viel Glück wünschen' },
  { words: 'im dunkeln', verbs: 'tapp getappt', meaning: 'etwas nicht wissen' },
]
