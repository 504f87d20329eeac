/**
 * A character of a script written right to left, by Unicode's Script property: what decides
 * whether UI text placed in a message is isolated and whether a Word paragraph is laid out right
 * to left. Arabic's combining marks are Script=Inherited and do not count, as they carry no
 * direction of their own. (`utils/pdf/right-to-left.ts` spells its ranges as code points on
 * purpose: there a mark drawn apart from its letter must count as Arabic.)
 */
export const RIGHT_TO_LEFT_SCRIPT =
  /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
