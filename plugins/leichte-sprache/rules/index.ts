import type { Rule } from '../rule.ts'
import { abbreviation } from './abbreviation.ts'
import { genitive } from './genitive.ts'
import { longWord } from './long-word.ts'
import { negation } from './negation.ts'
import { number } from './number.ts'
import { passive } from './passive.ts'
import { preterite } from './preterite.ts'
import { sentenceLength } from './sentence-length.ts'
import { specialCharacter } from './special-character.ts'
import { subjunctive } from './subjunctive.ts'

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
]
