import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { ChoiceList } from '../../components/ChoiceList.tsx';
import { NoticeText } from '../../components/TechnicalDetail.tsx';
import type { MessageKey } from '../../locales/en.ts';
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
import { keepPdfReading, storedPdfReading } from '../../utils/db/pdf-readings.ts';
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
import { failureNotice, type Notice, SaidError } from '../../utils/i18n/notice.ts';
import type { Translator } from '../../utils/i18n/translate.ts';
import { UNPLACED_REASON_KEYS } from '../../utils/i18n/unplaced-reason.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { pdfDigest } from '../../utils/pdf/digest.ts';
import { isPdfUrl } from '../../utils/pdf/pdf-url.ts';
import { fetchPdf, PdfDownloadError } from '../../utils/pdf-browser/fetch-pdf.ts';
import { saveFile } from '../../utils/sharing/save-file.ts';

/** The submission formats, and the draft PDF itself with the comments in it. */
type Format = ExportFormat | 'pdf';

const FORMATS: Array<{ id: Format; label: MessageKey }> = [
  { id: 'docx', label: 'export.formatDocx' },
  { id: 'md', label: 'export.formatMd' },
  { id: 'csv', label: 'export.formatCsv' },
  { id: 'json', label: 'export.formatJson' },
  { id: 'w3c', label: 'export.formatW3c' },
  { id: 'pdf', label: 'export.formatPdf' },
];

const STANCES: readonly Stance[] = ['amend', 'oppose', 'support', 'question'];

function lastPathPart(url: string): string {
  return new URL(url, 'file:///').pathname.split('/').pop() || 'draft.pdf';
}

/** The draft's PDF from its address, with the extension's access to UN servers. */
async function downloadDraft(
  url: string | undefined,
  say: (status: string) => void,
  t: Translator['t'],
): Promise<Uint8Array> {
  if (!url) throw new SaidError(t('export.pdfPickFirst'));
  say(t('export.pdfDownloading', { url }));
  try {
    return await fetchPdf(url);
  } catch (error) {
    if (!(error instanceof PdfDownloadError)) throw error;
    throw new SaidError(
      error.status === undefined
        ? t('export.pdfNoDownload', { url })
        : t('export.pdfHttpError', { status: String(error.status), url }),
    );
  }
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
  const [status, setStatus] = useState<Notice>({ text: '' });
  const [busy, setBusy] = useState(false);
  const [includePrivate, setIncludePrivate] = useState(false);
  const translator = useTranslator();
  const { t } = translator;

  const all = useMemo(() => annotations ?? [], [annotations]);
  const selected = useMemo(() => chosenAnnotations(all, choices), [all, choices]);
  const bySet = countBySet(all);
  const profile = { ...EMPTY_PROFILE, ...stored };
  const gaps = coverGaps({ authorId: '', ...profile });

  const pdfUrl = document?.url && isPdfUrl(document.url) ? document.url : undefined;

  async function exportPdf() {
    const original = draftPdf
      ? new Uint8Array(await draftPdf.arrayBuffer())
      : await downloadDraft(pdfUrl, (text) => setStatus({ text }), t);
    const comments = shareable(selected, includePrivate);
    setStatus({ text: t('export.pdfMarking', { count: comments.length }) });
    const colours = new Map((sets ?? []).map((set) => [set.id, set.colour]));
    // pdf.js loads only when a PDF's pages must be read: the workbench opens without it, and
    // a PDF the viewer (or an earlier export) read is not read again.
    const { annotatedPdf } = await import('../../utils/pdf/annotated-pdf-flow.ts');
    const db = getDb();
    const digest = await pdfDigest(original);
    const read = await storedPdfReading(db, digest);
    const { bytes, plan, pages } = await annotatedPdf(
      original,
      async (pdf) => (await import('../../utils/pdf-browser/open.ts')).openPdfInPage(pdf),
      comments,
      colours,
      read,
    );
    // A cache: an export that cannot keep what it read has still made its file.
    if (!read) void keepPdfReading(db, digest, pages).catch(() => undefined);
    const fileName = `${(draftPdf?.name ?? lastPathPart(pdfUrl ?? 'draft.pdf')).replace(/\.pdf$/i, '')}.comments.pdf`;
    await saveFile({ fileName, mimeType: 'application/pdf', data: bytes });
    const missing = plan.unplaced.map(
      (one) => `${one.provision || one.quote}: ${t(UNPLACED_REASON_KEYS[one.reason])}`,
    );
    setStatus({
      text:
        t('export.pdfSaved', { file: fileName, count: comments.length - missing.length }) +
        (missing.length > 0
          ? ` ${t('export.pdfUnplaced', { list: translator.formatList(missing) })}`
          : ''),
    });
  }

  async function exportNow() {
    setBusy(true);
    setStatus({ text: t('export.preparing') });
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
      setStatus({
        text: t('export.saved', {
          file: file.fileName,
          summary: selectionSummary(selected, translator),
        }),
      });
    } catch (error) {
      setStatus(failureNotice(t('export.failed'), error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      aria-label={t('export.region')}
      onSubmit={(event) => {
        event.preventDefault();
        void exportNow();
      }}
    >
      {gaps.length > 0 ? (
        <p className="warning" role="note">
          {t('export.profileGaps', {
            fields: translator.formatList(gaps.map((field) => t(`options.${field}`))),
          })}{' '}
          <button
            type="button"
            className="link"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('export.fillInProfile')}
          </button>{' '}
          {t('export.canStillExport')}
        </p>
      ) : null}
      {countPrivate(selected) > 0 ? (
        <label>
          <input
            type="checkbox"
            checked={includePrivate}
            onChange={(event) => setIncludePrivate(event.target.checked)}
          />{' '}
          {t('export.includePrivate', { count: countPrivate(selected) })}
        </label>
      ) : null}
      <ChoiceList
        legend={t('export.sets')}
        choices={(sets ?? [])
          .filter((set) => bySet.has(set.id))
          .map((set) => ({
            id: set.id,
            label: layerLabel(set, translator),
            count: bySet.get(set.id),
            colour: set.colour,
          }))}
        isChecked={(id) => !choices.excludedSetIds.includes(id)}
        onToggle={(id, on) =>
          setChoices({ ...choices, excludedSetIds: toggled(choices.excludedSetIds, id, !on) })
        }
      />
      <ChoiceList
        legend={t('export.authors')}
        choices={authorsOf(all, t('card.unnamedAuthor'))}
        isChecked={(id) => !choices.excludedAuthorIds.includes(id)}
        onToggle={(id, on) =>
          setChoices({ ...choices, excludedAuthorIds: toggled(choices.excludedAuthorIds, id, !on) })
        }
      />
      <ChoiceList
        legend={t('export.onlyTags')}
        choices={tagsInUse(all).map((tag) => ({ id: tag, label: `#${tag}` }))}
        isChecked={(tag) => choices.tags.includes(tag)}
        onToggle={(tag, on) => setChoices({ ...choices, tags: toggled(choices.tags, tag, on) })}
      />
      <ChoiceList
        legend={t('export.onlyStances')}
        choices={STANCES.map((stance) => ({ id: stance, label: t(`stance.${stance}`) }))}
        isChecked={(stance) => choices.stances.includes(stance as Stance)}
        onToggle={(stance, on) =>
          setChoices({ ...choices, stances: toggled(choices.stances, stance as Stance, on) })
        }
      />
      <p>
        <label>
          {t('export.generalComments')}
          <br />
          <textarea
            rows={4}
            dir="auto"
            value={general}
            onChange={(event) => setGeneral(event.target.value)}
          />
        </label>
      </p>
      <fieldset>
        <legend>{t('export.format')}</legend>
        {FORMATS.map((option) => (
          <label key={option.id} className="format-option">
            <input
              type="radio"
              name="format"
              value={option.id}
              checked={format === option.id}
              onChange={() => setFormat(option.id)}
            />{' '}
            {t(option.label)}
          </label>
        ))}
      </fieldset>
      {format === 'pdf' ? (
        <fieldset>
          <legend>{t('export.pdfLegend')}</legend>
          <p className="muted">
            {pdfUrl ? t('export.pdfFromUrl', { url: pdfUrl }) : t('export.pdfPick')}
          </p>
          <label>
            {t('export.pdfFile')}{' '}
            <input
              type="file"
              accept=".pdf,application/pdf"
              onChange={(event) => setDraftPdf(event.target.files?.[0])}
            />
          </label>
        </fieldset>
      ) : null}
      <p aria-live="polite">
        <strong>{selectionSummary(selected, translator)}</strong>
        {selected.length === 0 && all.length > 0 ? t('export.tickOne') : ''}
      </p>
      <button
        type="submit"
        className="primary"
        disabled={
          busy || selected.length === 0 || (format === 'pdf' && !pdfUrl && draftPdf === undefined)
        }
      >
        {t('export.submit')}
      </button>
      <p role="status">
        <NoticeText notice={status} />
      </p>
    </form>
  );
}
