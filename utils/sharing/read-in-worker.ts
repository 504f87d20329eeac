import type { Annotation } from '../formats/annotation.ts';
import type { OpenDocument } from '../formats/document-key-for-url.ts';
import type { SharedFile } from '../formats/import/parse-file.ts';
import type { OnReadProgress, ParseResult } from '../formats/import/result.ts';
import ReadWorker from './read-shared-file.worker.ts?worker';
import type { ReadAnswer, ReadRequest } from './read-worker-messages.ts';

/**
 * Reads and checks a shared file in a worker (readSharedFile, the same rules), telling
 * `onProgress` how far it has come. The bytes are handed to the worker: the caller must not use
 * them afterwards.
 */
export function readSharedFileInWorker(
  bytes: Uint8Array,
  open: OpenDocument | undefined,
  onProgress: OnReadProgress,
): Promise<ParseResult<SharedFile>> {
  const worker = new ReadWorker();
  const annotations: Annotation[] = [];
  return new Promise<ParseResult<SharedFile>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<ReadAnswer>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.progress);
      else if (message.type === 'annotations') annotations.push(...message.annotations);
      else if (!message.result.ok) resolve(message.result);
      else {
        const { value } = message.result;
        resolve({ ok: true, value: { ...value, file: { ...value.file, annotations } } });
      }
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the file reader stopped'));
    worker.postMessage({ bytes, open } satisfies ReadRequest, [bytes.buffer]);
  }).finally(() => worker.terminate());
}
