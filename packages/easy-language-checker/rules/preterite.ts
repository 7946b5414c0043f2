import { isCapitalised, spanFinding, type Rule } from '../rule.ts'
import type { Sentence, Word } from '../text.ts'
import { isPresentForm, strongPreterite, weakPreterite } from '../lexicon/verbs.ts'
import { memoize } from '../memo.ts'
import { AUXILIARIES, DETERMINERS, PREPOSITIONS } from '../wordlists.ts'

type Auxiliary = 'haben' | 'sein'

/** Präteritum (1st/3rd person singular) → auxiliary and participle of the perfect. */
const STRONG = `
ging:s:gegangen kam:s:gekommen fuhr:s:gefahren flog:s:geflogen lief:s:gelaufen blieb:s:geblieben fiel:s:gefallen
stieg:s:gestiegen starb:s:gestorben wuchs:s:gewachsen sprang:s:gesprungen floh:s:geflohen schwamm:s:geschwommen
geschah:s:geschehen gelang:s:gelungen verschwand:s:verschwunden sank:s:gesunken trat:s:getreten zog:h:gezogen
gab:h:gegeben nahm:h:genommen stand:h:gestanden fand:h:gefunden bekam:h:bekommen schrieb:h:geschrieben sah:h:gesehen
las:h:gelesen hielt:h:gehalten ließ:h:gelassen rief:h:gerufen trug:h:getragen traf:h:getroffen half:h:geholfen
sprach:h:gesprochen aß:h:gegessen trank:h:getrunken schlief:h:geschlafen gewann:h:gewonnen verlor:h:verloren
vergaß:h:vergessen verstand:h:verstanden entschied:h:entschieden erfuhr:h:erfahren begann:h:begonnen bot:h:geboten
bat:h:gebeten saß:h:gesessen lag:h:gelegen schien:h:geschienen hieß:h:geheißen lud:h:geladen schloss:h:geschlossen
warf:h:geworfen wusch:h:gewaschen sang:h:gesungen erhielt:h:erhalten verließ:h:verlassen empfahl:h:empfohlen
unterschrieb:h:unterschrieben beschrieb:h:beschrieben verschrieb:h:verschrieben bewarb:h:beworben brach:h:gebrochen
stahl:h:gestohlen schnitt:h:geschnitten litt:h:gelitten stritt:h:gestritten wies:h:gewiesen bewies:h:bewiesen
hob:h:gehoben riet:h:geraten vergab:h:vergeben verbot:h:verboten bestand:h:bestanden genoss:h:genossen
griff:h:gegriffen fing:h:gefangen hing:h:gehangen trieb:h:getrieben zwang:h:gezwungen schob:h:geschoben
wog:h:gewogen mied:h:gemieden stieß:h:gestoßen verlieh:h:verliehen empfing:h:empfangen`

const WEAK = `
sagte:h:gesagt machte:h:gemacht fragte:h:gefragt kaufte:h:gekauft verkaufte:h:verkauft wohnte:h:gewohnt
arbeitete:h:gearbeitet zahlte:h:gezahlt bezahlte:h:bezahlt lernte:h:gelernt suchte:h:gesucht brauchte:h:gebraucht
spielte:h:gespielt holte:h:geholt zeigte:h:gezeigt schickte:h:geschickt erklärte:h:erklärt hörte:h:gehört
lebte:h:gelebt meldete:h:gemeldet stellte:h:gestellt legte:h:gelegt führte:h:geführt kochte:h:gekocht
besuchte:h:besucht beantragte:h:beantragt öffnete:h:geöffnet wartete:h:gewartet antwortete:h:geantwortet
beantwortete:h:beantwortet kostete:h:gekostet dauerte:h:gedauert glaubte:h:geglaubt erzählte:h:erzählt
telefonierte:h:telefoniert reparierte:h:repariert putzte:h:geputzt packte:h:gepackt füllte:h:gefüllt
schaute:h:geschaut passierte:s:passiert reiste:s:gereist folgte:s:gefolgt landete:s:gelandet kündigte:h:gekündigt
verdiente:h:verdient teilte:h:geteilt hoffte:h:gehofft wünschte:h:gewünscht benutzte:h:benutzt nutzte:h:genutzt
feierte:h:gefeiert lachte:h:gelacht weinte:h:geweint übte:h:geübt baute:h:gebaut mietete:h:gemietet
heiratete:h:geheiratet informierte:h:informiert organisierte:h:organisiert studierte:h:studiert prüfte:h:geprüft
unterstützte:h:unterstützt endete:h:geendet schenkte:h:geschenkt dankte:h:gedankt rechnete:h:gerechnet
bestellte:h:bestellt versuchte:h:versucht beendete:h:beendet erreichte:h:erreicht bemerkte:h:bemerkt
merkte:h:gemerkt klärte:h:geklärt fehlte:h:gefehlt kümmerte:h:gekümmert ärgerte:h:geärgert freute:h:gefreut
erledigte:h:erledigt besorgte:h:besorgt schaffte:h:geschafft tauschte:h:getauscht wechselte:h:gewechselt
redete:h:geredet kontrollierte:h:kontrolliert bestätigte:h:bestätigt duschte:h:geduscht fühlte:h:gefühlt
sparte:h:gespart untersuchte:h:untersucht behandelte:h:behandelt operierte:h:operiert verletzte:h:verletzt
rauchte:h:geraucht impfte:h:geimpft trainierte:h:trainiert brachte:h:gebracht verbrachte:h:verbracht
dachte:h:gedacht kannte:h:gekannt nannte:h:genannt rannte:s:gerannt sandte:h:gesandt zahlte:h:gezahlt`

interface Entry {
  auxiliary: Auxiliary
  participle: string
  /** 'base' (ich/er), 'du', 'plural' (wir/sie), 'ihr' */
  person: 'base' | 'du' | 'plural' | 'ihr'
  weak: boolean
}

/** Forms that are also a participle or an infinitive ("verloren", "gelangen"). */
const AMBIGUOUS = new Set(['gelangen'])

function buildForms(): Map<string, Entry> {
  const table = new Map<string, Entry>()
  const add = (form: string, entry: Entry) => {
    if (form === entry.participle || AMBIGUOUS.has(form)) return
    table.set(form, entry)
  }
  for (const [list, weak] of [
    [STRONG, false],
    [WEAK, true],
  ] as const) {
    for (const item of list.trim().split(/\s+/u)) {
      const [base = '', aux, participle = ''] = item.split(':')
      const auxiliary: Auxiliary = aux === 's' ? 'sein' : 'haben'
      const entry = (person: Entry['person']): Entry => ({ auxiliary, participle, person, weak })
      add(base, entry('base'))
      if (weak) {
        add(base + 'n', entry('plural'))
        add(base + 'st', entry('du'))
        add(base + 't', entry('ihr'))
        continue
      }
      add(base + 'en', entry('plural'))
      if (!/(s|ß|z)$/u.test(base)) add(base + 'st', entry('du'))
      if (!/(s|ß|z|t|d)$/u.test(base)) add(base + 't', entry('ihr'))
    }
  }
  return table
}

const FORMS = buildForms()

/** Capitalised forms that are nouns at the start of a sentence ("Stand: Mai"). */
const NOUN_SPELLINGS = new Set(['stand', 'verstand', 'bestand', 'schloss', 'bot', 'las', 'lag'])

/** Separable particles at the end of a clause: "Ich rief beim Amt an." → "angerufen". */
const PARTICLES = new Set(
  `ab an auf aus ein mit vor nach zu zurück los weg fest her hin heraus herein hinaus vorbei weiter zusammen statt
  teil fern kennen frei um`.split(/\s+/u),
)

/** Separable verbs that take "sein" although the plain verb takes "haben": "Ich zog um." → "bin umgezogen". */
const MOVEMENT = new Set(['gezogen:um', 'gezogen:aus', 'gezogen:ein', 'gestanden:auf'])

const AUXILIARY_FORMS: Record<Auxiliary, Record<Entry['person'] | 'ich', string>> = {
  haben: { ich: 'habe', base: 'hat', du: 'hast', plural: 'haben', ihr: 'habt' },
  sein: { ich: 'bin', base: 'ist', du: 'bist', plural: 'sind', ihr: 'seid' },
}

const CONJUNCTIONS = new Set(['und', 'oder', 'aber', 'sondern', 'denn'])

function particleOf(sentence: Sentence, verb: Word): Word | undefined {
  const clause = sentence.words.filter((word) => word.clause === verb.clause)
  const last = clause[clause.length - 1]
  if (last === undefined || last === verb || last.position < verb.position || !PARTICLES.has(last.lower))
    return undefined
  // "Ich ging zum Arzt und rief beim Amt an.": the particle belongs to the second verb
  const between = sentence.words.slice(verb.position + 1, last.position)
  return between.some((word) => CONJUNCTIONS.has(word.lower)) ? undefined : last
}

/** A weak form after an article, preposition, auxiliary or another verb is an adjective: "die bezahlte Rechnung", "Sie bekommen bezahlte Arbeit". */
function isAdjective(sentence: Sentence, word: Word): boolean {
  const previous = sentence.words[word.position - 1]
  if (previous === undefined) return false
  if (DETERMINERS.has(previous.lower) || PREPOSITIONS.has(previous.lower) || AUXILIARIES.has(previous.lower))
    return true
  return !isCapitalised(previous.text) && isPresentForm(previous.lower)
}

/**
 * Präteritum of "sein", "haben", "werden" and the modal verbs is allowed, and so is "wusste"; their
 * Konjunktiv II (könnte, würde, …) belongs to the rule `subjunctive`.
 */
const ALLOWED = new Set([
  ...'sollt wollt hatt konnt musst durft mocht wusst könnt müsst dürft möcht hätt würd wurd wär'
    .split(' ')
    .flatMap((stem) => ['e', 'est', 'en', 'et'].map((ending) => stem + ending)),
  ...'war warst waren wart ward wurde'.split(' '),
])

/** Weak verbs whose perfect takes "sein" (the strong ones come with the lexicon). */
const WEAK_WITH_SEIN = new Set(
  `reisen verreisen folgen landen passieren begegnen wandern klettern joggen stolpern rutschen scheitern platzen
  erwachen aufwachen verunglücken zurückkehren umkehren einkehren`.split(/\s+/u),
)

interface Derived {
  auxiliary: Auxiliary
  participle: string
  person: Entry['person']
}

/** A Präteritum from the lexicon: any weak verb ("erhöhte", "zurückforderte") or a strong verb outside the list ("überwies"). */
const derivedEntry = memoize(derive)

function derive(lower: string): Derived | undefined {
  if (ALLOWED.has(lower)) return undefined
  const weak = weakPreterite(lower)
  if (weak !== undefined) {
    const sein = WEAK_WITH_SEIN.has(weak.infinitive) || WEAK_WITH_SEIN.has((weak.particle ?? '') + weak.infinitive)
    return {
      auxiliary: sein ? 'sein' : 'haben',
      participle:
        weak.particle === undefined ? weak.participle : weak.particle + weak.participle.replace(/^ge(?=ge)/u, ''),
      person: weak.person,
    }
  }
  const strong = strongEntry(lower)
  if (strong !== undefined) return strong
  // "überwies", "unterschrieb": an inseparable prefix before a strong verb of the lexicon
  const prefix = /^(über|unter|durch|hinter|wider|um|voll)(?=\p{L}{3})/u.exec(lower)?.[1]
  const rest = prefix === undefined ? undefined : strongEntry(lower.slice(prefix.length))
  if (prefix === undefined || rest === undefined) return undefined
  const participle = prefix + rest.participle.replace(/^ge/u, '')
  return participle === lower ? undefined : { ...rest, participle } // "unterschrieben" is the participle
}

function strongEntry(lower: string): Derived | undefined {
  if (ALLOWED.has(lower)) return undefined
  const plural = lower.endsWith('en') ? strongPreterite(lower.slice(0, -2)) : undefined
  const strong = strongPreterite(lower) ?? plural
  if (strong === undefined || lower === strong.participle || isPresentForm(lower)) return undefined
  return { ...strong, person: plural === undefined ? 'base' : 'plural' }
}

/**
 * Präteritum of full verbs (ging, kam, sagte, gab, erhöhte, …). Leichte Sprache
 * uses the perfect: "Ich bin gegangen." About 190 frequent verbs carry a checked
 * perfect; every other verb comes from the lexicon (weak verbs by their stem,
 * strong verbs by their Präteritum). The Präteritum of sein, haben, werden and
 * the modal verbs (war, hatte, konnte, musste, …) is fine and not reported; so
 * is "wusste", which is also usual in spoken German.
 */
export const preterite: Rule = {
  id: 'preterite',
  title: 'Präteritum',
  check({ parsed }) {
    const findings = []
    for (const sentence of parsed.sentences) {
      const question = parsed.text.slice(sentence.index, sentence.end).trimEnd().endsWith('?')
      for (const word of sentence.words) {
        const listed = FORMS.get(word.lower)
        const entry: Derived | undefined = listed ?? derivedEntry(word.lower)
        if (entry === undefined) continue
        const capitalised = isCapitalised(word.text)
        if (capitalised && (word.position !== 0 || NOUN_SPELLINGS.has(word.lower))) continue
        // only a question starts with the verb; a statement starts with a noun or an adjective ("Verkaufte Ware …")
        if (capitalised && !question) continue
        const weak = listed === undefined ? /te$|ten$|test$|tet$/u.test(word.lower) : listed.weak
        if (weak && isAdjective(sentence, word)) continue
        const particle = particleOf(sentence, word)
        let auxiliary = entry.auxiliary
        if (particle !== undefined && MOVEMENT.has(`${entry.participle}:${particle.lower}`)) auxiliary = 'sein'
        const nearIch =
          sentence.words[word.position - 1]?.lower === 'ich' || sentence.words[word.position + 1]?.lower === 'ich'
        const form = AUXILIARY_FORMS[auxiliary][entry.person === 'base' && nearIch ? 'ich' : entry.person]
        const participle = (particle?.lower ?? '') + entry.participle
        const perfect = `${form} … ${participle}`
        findings.push(
          spanFinding(
            'preterite',
            'error',
            word,
            word,
            `„${word.text}“ ist Präteritum. Schreiben Sie im Perfekt: „${perfect}“.`,
            perfect,
          ),
        )
      }
    }
    return findings
  },
}
