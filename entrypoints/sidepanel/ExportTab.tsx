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
import { countPrivate } from '../../utils/formats/privacy.ts';
import { EMPTY_PROFILE } from '../../utils/formats/profile.ts';
import { coverGaps } from '../../utils/formats/profile-gaps.ts';
import { setForFile } from '../../utils/formats/set-export.ts';
import type { PageReport } from '../../utils/messaging/protocol.ts';
import { saveFile } from '../../utils/sharing/save-file.ts';

const FORMATS: Array<{ id: ExportFormat; label: string }> = [
  { id: 'docx', label: 'Word comment matrix (.docx)' },
  { id: 'md', label: 'Markdown (.md)' },
  { id: 'csv', label: 'CSV for spreadsheets (.csv)' },
  { id: 'json', label: 'JSON submission (.json)' },
  { id: 'w3c', label: 'W3C Web Annotations (.jsonld)' },
];

const STANCES: Array<{ id: Stance; label: string }> = [
  { id: 'amend', label: 'Amend' },
  { id: 'oppose', label: 'Oppose' },
  { id: 'support', label: 'Support' },
  { id: 'question', label: 'Question' },
];

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
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [general, setGeneral] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [includePrivate, setIncludePrivate] = useState(false);

  const all = useMemo(() => annotations ?? [], [annotations]);
  const selected = useMemo(() => chosenAnnotations(all, choices), [all, choices]);
  const bySet = countBySet(all);
  const profile = { ...EMPTY_PROFILE, ...stored };
  const gaps = coverGaps({ authorId: '', ...profile });

  async function exportNow() {
    setBusy(true);
    setStatus('Preparing the file…');
    try {
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
      <p aria-live="polite">
        <strong>{selectionSummary(selected)}</strong>
        {selected.length === 0 && all.length > 0 ? ': tick at least one set and author.' : ''}
      </p>
      <button type="submit" className="primary" disabled={busy || selected.length === 0}>
        Export
      </button>
      <p role="status">{status}</p>
    </form>
  );
}
