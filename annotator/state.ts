import type { AnchorResult } from '../utils/anchoring/anchor.ts';
import type { CommentFields } from '../utils/annotations/build.ts';
import type { Annotation, AnnotationTarget } from '../utils/formats/annotation.ts';
import type { AnnotationSetInfo } from '../utils/formats/annotation-set.ts';

export interface Passage {
  target: AnnotationTarget;
  provision: string;
  quote: string;
}

export interface EditorState extends Passage {
  key: string;
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
  selection?: Passage & { top: number; left: number };
  editor?: EditorState;
  toast?: { message: string; undoId?: string };
  /** Where new comments go: the set last chosen in the editor. */
  currentSetId: string;
}
