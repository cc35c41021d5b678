import { MASCULINE_ONLY_TITLES, POSSESSED_TITLES, ROLE_HEADS } from '../lexicon/roles.js';
import { foldText } from '../normalize/fold.js';
import { wordFilter } from '../normalize/word-filter.js';
import { ORGANISATION_SET } from './organisations.js';

/** One-word titles, folded. */
const ROLE_SET = new Set(ROLE_HEADS.filter((r) => !r.includes(' ')).map(foldText));
const MASCULINE_ONLY = new Set(MASCULINE_ONLY_TITLES.map(foldText));
const POSSESSED = POSSESSED_TITLES.map(foldText);
const POSSESSIVE_SUFFIXES = ['ه', 'ها', 'هم', 'ته', 'تها', 'تهم'];
const POSSESSED_PREFIXES = ['', 'و', 'ل', 'ب'];
/** Pronouns after a title's dual or plural: "محامياها", "مستشاروه". */
const GROUP_PRONOUNS = ['ه', 'ها', 'هم'];

/** Every printed form of every title, built once: وزيرة, ووزير, للصحافية, محاميها. */
export const ROLE_FORMS: ReadonlySet<string> = (() => {
  const forms = new Set<string>();
  for (const role of ROLE_SET) {
    // the feminine of "مؤسس" is "مؤسسة", an institution: a feminine that heads organisations is left out
    // "الجهات المختصة": some feminines are mostly adjectives
    // ("المؤسس" too: "المؤسسة" is the institution, "للمؤسسة" its genitive)
    const bare = role.startsWith('ال') ? role.slice(2) : role;
    const feminine = !MASCULINE_ONLY.has(role) && !(ORGANISATION_SET.has(bare + 'ه') && !ROLE_SET.has(role + 'ه'));
    const stems = [role, ...(feminine ? [role + 'ه'] : [])];
    for (const stem of stems) {
      // a pronoun suffix ("محاميها", "مستشاره") never follows the article: "الاقتصاديه" is the feminine or nothing
      const suffixes = stem.startsWith('ال') ? [stem] : [stem, stem + 'ها', stem + 'هم', ...(stem.endsWith('ه') ? [] : [stem + 'ه'])];
      for (const suffixed of suffixes) {
        forms.add(suffixed);
        forms.add('و' + suffixed);
        if (suffixed.startsWith('ال')) forms.add('لل' + suffixed.slice(2));
      }
    }
    // "وأكد محامياها", "وقال مستشاروه": the dual and the plural, as the subject of a verb, with a pronoun (the ي of
    // "محامي" falls before the plural's و: "محاموها")
    if (!role.startsWith('ال')) {
      for (const group of [role + 'ا', (role.endsWith('ي') ? role.slice(0, -1) : role) + 'و']) {
        for (const suffix of GROUP_PRONOUNS) {
          forms.add(group + suffix);
          forms.add('و' + group + suffix);
        }
      }
    }
  }
  // "نظيره", "نظيرتها", "ونظيره", "بنظيره": with a pronoun only (the feminine "نظيرة" folds like "نظيره")
  for (const role of POSSESSED) {
    for (const suffix of POSSESSIVE_SUFFIXES) for (const prefix of POSSESSED_PREFIXES) forms.add(prefix + role + suffix);
  }
  return forms;
})();
const MAY_BE_ROLE = wordFilter(ROLE_FORMS);

/** Role-head check with feminine forms: وزير / وزيرة / الوزيرة (folded word). */
export function isRoleHead(word: string): boolean {
  return MAY_BE_ROLE(word) && ROLE_FORMS.has(word);
}
