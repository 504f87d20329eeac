import type { AnchorResult } from '../utils/anchoring/anchor.ts';
import type { CommentFields } from '../utils/annotations/build.ts';
import type { Annotation, AnnotationTarget } from '../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';
import type { NoteOnProvision } from '../utils/un/notes-links.ts';

export interface Passage {
  target: AnnotationTarget;
  provision: string;
  quote: string;
}

export interface EditorState extends Passage {
  key: string;
  /** Where the passage shows on the page now (none when it is not placed), for the editor's place. */
  ranges: readonly Range[];
  /** The set the comment is saved in: one of the user's own sets. */
  setId: string;
  fields: CommentFields;
  /** The stored version this edit started from; absent for a new comment. */
  base?: Annotation;
  status: string;
}

export interface AnnotatorState {
  annotations: Annotation[];
  sets: AnnotationSetInfo[];
  anchors: Map<string, AnchorResult>;
  selection?: Passage & { range: Range };
  editor?: EditorState;
  toast?: { message: string; undoId?: string; detail?: string | undefined };
  /** Where new comments go: the set last chosen in the editor. */
  currentSetId: string;
  /** Interpretative notes kept in this browser on this draft's articles. */
  articleNotes: NoteOnProvision[];
}
