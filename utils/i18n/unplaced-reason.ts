import type { MessageKey } from '../../locales/en.ts';
import type { UnplacedReason } from '../pdf/markup-plan.ts';

/** Why a comment found no place (in a version of the text, or in a PDF), as a catalog key. */
export const UNPLACED_REASON_KEYS: Record<UnplacedReason, MessageKey> = {
  'empty quote': 'unplaced.emptyQuote',
  'not found': 'unplaced.notFound',
  ambiguous: 'unplaced.ambiguous',
  'deleted in this version': 'unplaced.deleted',
  'only in another provision': 'unplaced.onlyElsewhere',
  'not drawn': 'unplaced.notDrawn',
};
