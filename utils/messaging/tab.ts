/**
 * Messages from the extension (background, side panel, popup) to the annotator running in a
 * tab. They come only from Redline's own code, so they are typed but not re-parsed: the
 * annotator must stay light, and pages cannot send on this channel.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AnnotationTarget } from '../formats/annotation.ts';

export interface SelectedPassage {
  target: AnnotationTarget;
  provision: string;
  quote: string;
}

export interface TabProtocol {
  'annotator.present': () => boolean;
  'annotator.focusAnnotation': (data: { id: string }) => boolean;
  'annotator.scrollToOffset': (data: { start: number }) => void;
  /** The passage selected in the page, described on its text, for re-targeting a comment. */
  'annotator.describeSelection': () => SelectedPassage | null;
  'annotator.commentOnSelection': () => void;
  'annotator.highlightSelection': () => void;
}

export const tabMessenger = defineExtensionMessaging<TabProtocol>();
