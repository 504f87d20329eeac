/**
 * Reads and checks a shared file away from the page, so the page keeps answering while 100 MB
 * are scanned, parsed and checked item by item; it says how far it has come.
 */
import { documentKeyForUrl } from '../formats/document-key-for-url.ts';
import { readSharedFile } from '../formats/import/parse-file.ts';
import type { ReadAnswer, ReadRequest } from './read-worker-messages.ts';

/** Annotations per message back to the page. */
const SLICE = 1_000;

const answer = (message: ReadAnswer) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ReadRequest>) => {
  const { bytes, open } = event.data;
  const read = readSharedFile(bytes, {
    documentKeyFor: (url) => documentKeyForUrl(url, open),
    onProgress: (progress) => answer({ type: 'progress', progress }),
  });
  if (!read.ok) {
    answer({ type: 'done', result: read });
    return;
  }
  const { annotations } = read.value.file;
  for (let start = 0; start < annotations.length; start += SLICE) {
    answer({ type: 'annotations', annotations: annotations.slice(start, start + SLICE) });
  }
  answer({
    type: 'done',
    result: { ok: true, value: { ...read.value, file: { ...read.value.file, annotations: [] } } },
  });
};
