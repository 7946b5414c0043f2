import type { Rule } from '../rule.ts'
import { abbreviation } from './abbreviation.ts'
import { foreignWord } from './foreign-word.ts'
import { genitive } from './genitive.ts'
import { idiom } from './idiom.ts'
import { impersonal } from './impersonal.ts'
import { longWord } from './long-word.ts'
import { negation } from './negation.ts'
import { nominalStyle } from './nominal-style.ts'
import { number } from './number.ts'
import { passive } from './passive.ts'
import { preterite } from './preterite.ts'
import { sentenceLength } from './sentence-length.ts'
import { specialCharacter } from './special-character.ts'
import { subjunctive } from './subjunctive.ts'
import { subHeading } from './sub-heading.ts'
import { subordinateClause } from './subordinate-clause.ts'

/** All rules, in the order of `RULE_IDS`. */
export const RULES: readonly Rule[] = [
  sentenceLength,
  longWord,
  passive,
  subjunctive,
  negation,
  genitive,
  abbreviation,
  number,
  specialCharacter,
  preterite,
  nominalStyle,
  subordinateClause,
  foreignWord,
  idiom,
  impersonal,
  subHeading,
]
