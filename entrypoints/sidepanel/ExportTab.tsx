import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ChoiceList } from '../../components/ChoiceList.tsx';
import {
  ALL_OF_THEM,
  authorsOf,
  chosenAnnotations,
  countBySet,
  type ExportChoices,
  paragraphsOf,
  selectionSummary,
} from '../../utils/annotations/export-selection.ts';
import { tagsInUse } from '../../utils/annotations/workbench.ts';
import { listAnnotations } from '../../utils/db/annotations.ts';
import { getDb } from '../../utils/db/index.ts';
import { storedProfile } from '../../utils/db/profile.ts';
import { allSets, findDocument } from '../../utils/db/queries.ts';
import type { Stance } from '../../utils/formats/annotation.ts';
import {
  type ExportFormat,
  exportSubmission,
} from '../../utils/formats/export/export-submission.ts';
import { layerLabel } from '../../utils/formats/layers.ts';
import { countPrivate, shareable } from '../../utils/formats/privacy.ts';
import { EMPTY_PROFILE } from '../../utils/formats/profile.ts';
import { coverGaps } from '../../utils/formats/profile-gaps.ts';
import { setForFile } from '../../utils/formats/set-export.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { isPdfUrl } from '../../utils/pdf/pdf-url.ts';
import { saveFile } from '../../utils/sharing/save-file.ts';

/** The submission formats, and the draft PDF itself with the comments in it. */
type Format = ExportFormat | 'pdf';

const FORMATS: Array<{ id: Format; label: string }> = [
  { id: 'docx', label: 'Word comment matrix (.docx)' },
  { id: 'md', label: 'Markdown (.md)' },
  { id: 'csv', label: 'CSV for spreadsheets (.csv)' },
  { id: 'json', label: 'JSON submission (.json)' },
  { id: 'w3c', label: 'W3C Web Annotations (.jsonld)' },
  { id: 'pdf', label: 'PDF with comments (.pdf): the draft with a highlight per comment' },
];

const STANCES: Array<{ id: Stance; label: string }> = [
  { id: 'amend', label: 'Amend' },
  { id: 'oppose', label: 'Oppose' },
  { id: 'support', label: 'Support' },
  { id: 'question', label: 'Question' },
];

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function lastPathPart(url: string): string {
  return new URL(url, 'file:///').pathname.split('/').pop() || 'draft.pdf';
}

/** The draft's PDF from its address, with the extension's access to UN servers. */
async function downloadDraft(
  url: string | undefined,
  say: (status: string) => void,
): Promise<Uint8Array> {
  if (!url) throw new Error('pick the PDF of the draft first');
  say(`Downloading ${url}…`);
  const response = await fetch(url, { credentials: 'include' });
  if (!response.ok) {
    throw new Error(
      `the server answered ${response.status} for ${url}; download the PDF yourself and pick it here`,
    );
  }
  return new Uint8Array(await response.arrayBuffer());
}

function toggled<T>(list: readonly T[], item: T, on: boolean): T[] {
  return on ? [...list, item] : list.filter((other) => other !== item);
}

/** The submission: which layers, authors, tags and stances go in, in which format. */
export function ExportTab({ report }: { tabId: number | undefined; report: PageReport }) {
  const db = getDb();
  const key = report.documentKey;
  const annotations = useLiveQuery(() => listAnnotations(db, key), [key]);
  const sets = useLiveQuery(() => allSets(db), []);
  const document = useLiveQuery(() => findDocument(db, key), [key]);
  const stored = useLiveQuery(() => storedProfile(db), []);
  const [choices, setChoices] = useState<ExportChoices>(ALL_OF_THEM);
  const [format, setFormat] = useState<Format>('docx');
  const [draftPdf, setDraftPdf] = useState<File>();
  const [general, setGeneral] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [includePrivate, setIncludePrivate] = useState(false);

  const all = useMemo(() => annotations ?? [], [annotations]);
  const selected = useMemo(() => chosenAnnotations(all, choices), [all, choices]);
  const bySet = countBySet(all);
  const profile = { ...EMPTY_PROFILE, ...stored };
  const gaps = coverGaps({ authorId: '', ...profile });

  const pdfUrl = document?.url && isPdfUrl(document.url) ? document.url : undefined;

  async function exportPdf() {
    const original = draftPdf
      ? new Uint8Array(await draftPdf.arrayBuffer())
      : await downloadDraft(pdfUrl, setStatus);
    const comments = shareable(selected, includePrivate);
    setStatus(`Reading the PDF and marking ${plural(comments.length, 'passage')}…`);
    const colours = new Map((sets ?? []).map((set) => [set.id, set.colour]));
    // pdf.js loads only when a PDF is made: the workbench opens without it.
    const { annotatedPdfInPage } = await import('../../utils/pdf-browser/annotated.ts');
    const { bytes, plan } = await annotatedPdfInPage(original, comments, colours);
    const fileName = `${(draftPdf?.name ?? lastPathPart(pdfUrl ?? 'draft.pdf')).replace(/\.pdf$/i, '')}.comments.pdf`;
    await saveFile({ fileName, mimeType: 'application/pdf', data: bytes });
    const missing = plan.unplaced.map((one) => `${one.provision || one.quote}: ${one.reason}`);
    setStatus(
      `Saved ${fileName} to your downloads: ${plural(comments.length - missing.length, 'comment')} marked in the PDF.` +
        (missing.length > 0 ? ` Not found in this PDF: ${missing.join('; ')}.` : ''),
    );
  }

  async function exportNow() {
    setBusy(true);
    setStatus('Preparing the file…');
    try {
      if (format === 'pdf') return await exportPdf();
      const file = await exportSubmission(format, {
        profile,
        document: document ?? { key, title: report.title },
        annotations: selected,
        generalComments: paragraphsOf(general),
        filter: { includePrivate },
        sets: (sets ?? []).map(setForFile),
      });
      await saveFile(file);
      setStatus(`Saved ${file.fileName} to your downloads: ${selectionSummary(selected)}.`);
    } catch (error) {
      setStatus(
        `Not exported: ${String(error)}. Try another format, or reload the side panel and try again.`,
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      aria-label="Export a submission"
      onSubmit={(event) => {
        event.preventDefault();
        void exportNow();
      }}
    >
      {gaps.length > 0 ? (
        <p className="warning" role="note">
          Your profile lacks: {gaps.join(', ')}. The cover will show them empty. Fill in your
          organisation in{' '}
          <button
            type="button"
            className="link"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            Options
          </button>
          ; you can still export now.
        </p>
      ) : null}
      {countPrivate(selected) > 0 ? (
        <label>
          <input
            type="checkbox"
            checked={includePrivate}
            onChange={(event) => setIncludePrivate(event.target.checked)}
          />{' '}
          Include {countPrivate(selected)} private comment(s) or replies
        </label>
      ) : null}
      <ChoiceList
        legend="Sets (layers)"
        choices={(sets ?? [])
          .filter((set) => bySet.has(set.id))
          .map((set) => ({
            id: set.id,
            label: layerLabel(set),
            count: bySet.get(set.id),
            colour: set.colour,
          }))}
        isChecked={(id) => !choices.excludedSetIds.includes(id)}
        onToggle={(id, on) =>
          setChoices({ ...choices, excludedSetIds: toggled(choices.excludedSetIds, id, !on) })
        }
      />
      <ChoiceList
        legend="Authors"
        choices={authorsOf(all)}
        isChecked={(id) => !choices.excludedAuthorIds.includes(id)}
        onToggle={(id, on) =>
          setChoices({ ...choices, excludedAuthorIds: toggled(choices.excludedAuthorIds, id, !on) })
        }
      />
      <ChoiceList
        legend="Only these tags (none ticked: every tag)"
        choices={tagsInUse(all).map((tag) => ({ id: tag, label: `#${tag}` }))}
        isChecked={(tag) => choices.tags.includes(tag)}
        onToggle={(tag, on) => setChoices({ ...choices, tags: toggled(choices.tags, tag, on) })}
      />
      <ChoiceList
        legend="Only these stances (none ticked: every stance)"
        choices={STANCES}
        isChecked={(stance) => choices.stances.includes(stance as Stance)}
        onToggle={(stance, on) =>
          setChoices({ ...choices, stances: toggled(choices.stances, stance as Stance, on) })
        }
      />
      <p>
        <label>
          General comments (opening the submission; a blank line starts a new paragraph)
          <br />
          <textarea rows={4} value={general} onChange={(event) => setGeneral(event.target.value)} />
        </label>
      </p>
      <fieldset>
        <legend>Format</legend>
        {FORMATS.map((option) => (
          <label key={option.id} className="format-option">
            <input
              type="radio"
              name="format"
              value={option.id}
              checked={format === option.id}
              onChange={() => setFormat(option.id)}
            />{' '}
            {option.label}
          </label>
        ))}
      </fieldset>
      {format === 'pdf' ? (
        <fieldset>
          <legend>The draft PDF</legend>
          <p className="muted">
            {pdfUrl
              ? `Redline downloads it from ${pdfUrl}, or uses the copy you pick here.`
              : 'Pick the PDF of this draft: Redline adds your comments to it.'}
          </p>
          <label>
            PDF of the draft{' '}
            <input
              type="file"
              accept=".pdf,application/pdf"
              onChange={(event) => setDraftPdf(event.target.files?.[0])}
            />
          </label>
        </fieldset>
      ) : null}
      <p aria-live="polite">
        <strong>{selectionSummary(selected)}</strong>
        {selected.length === 0 && all.length > 0 ? ': tick at least one set and author.' : ''}
      </p>
      <button
        type="submit"
        className="primary"
        disabled={
          busy || selected.length === 0 || (format === 'pdf' && !pdfUrl && draftPdf === undefined)
        }
      >
        Export
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
