import type { Proposal } from '../utils/formats/annotation.ts';
import { amendmentParts } from '../utils/formats/export/amendment.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';
import { WordDiffView } from './WordDiffView.tsx';

/** The quoted text with the proposal applied: deleted words struck, inserted words underlined. */
export function AmendmentPreview({ quote, proposal }: { quote: string; proposal: Proposal }) {
  const { t } = useTranslator();
  return <WordDiffView parts={amendmentParts(quote, proposal)} label={t('editor.amended')} />;
}
