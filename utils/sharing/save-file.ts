import { browser } from 'wxt/browser';

export interface FileToSave {
  fileName: string;
  mimeType: string;
  data: Uint8Array | string;
}

/**
 * Saves a file through the downloads API (into the user's download folder, no dialog), from a
 * Blob URL that is released once the download ends.
 */
export async function saveFile(file: FileToSave): Promise<number> {
  const blob = new Blob([file.data as BlobPart], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  try {
    const id = await browser.downloads.download({ url, filename: file.fileName });
    const release = (delta: { id: number; state?: { current?: string } }) => {
      const state = delta.state?.current;
      if (delta.id !== id || state === undefined || state === 'in_progress') return;
      URL.revokeObjectURL(url);
      browser.downloads.onChanged.removeListener(release);
    };
    browser.downloads.onChanged.addListener(release);
    return id;
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}
