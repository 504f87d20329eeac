import { z } from 'zod';
import { Annotation, Timestamp } from './annotation.ts';
import { AnnotationSetInfo } from './annotation-set.ts';
import { LIMITS } from './limits.ts';

export const SET_FILE_FORMAT = 'redline.annotation-set';
export const SET_FILE_VERSION = 1;

/** A document an exported set targets, named as a colleague's Redline will look it up. */
export const SetFileDocument = z.strictObject({
  key: z.string().min(1).max(LIMITS.url),
  symbol: z.string().max(LIMITS.shortText).optional(),
  language: z.string().max(16).optional(),
  title: z.string().max(LIMITS.shortText).optional(),
  url: z.string().max(LIMITS.url).optional(),
  /** Fingerprints of the text versions the annotations were made on. */
  versions: z.array(z.string().max(LIMITS.shortText)).max(LIMITS.documentVersions),
});

/** `*.redline.json`: one or several annotation sets, shared between colleagues as a file. */
export const RedlineSetFile = z.strictObject({
  format: z.literal(SET_FILE_FORMAT),
  version: z.literal(SET_FILE_VERSION),
  /** Absent only in a set read from another tool's file that dates nothing. */
  exportedAt: Timestamp.optional(),
  sets: z
    .array(AnnotationSetInfo.omit({ visible: true, origin: true }))
    .min(1)
    .max(1_000),
  documents: z.array(SetFileDocument).max(10_000),
  annotations: z.array(Annotation).max(200_000),
});

export type SetFileDocument = z.infer<typeof SetFileDocument>;
export type RedlineSetFile = z.infer<typeof RedlineSetFile>;
