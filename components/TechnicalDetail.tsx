import type { Problem } from '../utils/formats/import/problem.ts';
import type { Notice } from '../utils/i18n/notice.ts';
import { problemDetails, problemText } from '../utils/i18n/problem.ts';
import { useTranslator } from '../utils/i18n/use-translator.ts';

/** An engine's or exception's own words, labelled and apart from the translated sentence. */
export function TechnicalDetail({ detail }: { detail: string }) {
  const { t } = useTranslator();
  return (
    <small className="technical-detail">
      {t('common.technicalDetail')}{' '}
      <bdi dir="ltr">
        <code>{detail}</code>
      </bdi>
    </small>
  );
}

/** A sentence and its technical detail. */
export function NoticeText({ notice }: { notice: Notice }) {
  return (
    <>
      {notice.text}
      {notice.detail ? <TechnicalDetail detail={notice.detail} /> : null}
    </>
  );
}

/** A problem in the UI language, its technical details apart. */
export function ProblemText({ problem }: { problem: Problem }) {
  const translator = useTranslator();
  return (
    <>
      {problemText(problem, translator)}
      {problemDetails(problem).map((detail, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the details never reorder
        <TechnicalDetail key={index} detail={detail} />
      ))}
    </>
  );
}
