/** UTF-16 codes of the Arabic letters the hand-written scans compare with, named once for every module. */
export const ALEF = 0x0627;
/** آ, which folds to ا. */
export const ALEF_MADDA = 0x0622;
export const BEH = 0x0628;
export const TEH = 0x062a;
export const TEH_MARBUTA = 0x0629;
export const FEH = 0x0641;
export const KAF = 0x0643;
export const LAM = 0x0644;
export const MEEM = 0x0645;
export const NOON = 0x0646;
/** ه: the pronoun "his" ending a word, and ة as folded. */
export const HEH = 0x0647;
export const WAW = 0x0648;
export const YEH = 0x064a;
/** "#", which opens hashtags ("#دبلوماسيون"). */
export const HASH = 0x23;
/** "*", which opens a note on an opinion piece's writer ("* كاتب سعودي"). */
export const STAR = 0x2a;
/** The range of a surrogate pair's second half: the last code unit of most emoji ("🖋", not "✍", which is one). */
export const LOW_SURROGATE_MIN = 0xdc00;
export const LOW_SURROGATE_MAX = 0xdfff;
/** The ASCII space, which lines and keys part words with. */
export const SPACE = 0x20;
