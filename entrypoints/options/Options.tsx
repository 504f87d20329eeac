import { type FormEvent, useEffect, useState } from 'react';
import { z } from 'zod';
import { AlwaysOpenPdfs } from '../../components/AlwaysOpenPdfs.tsx';
import { EvictionWarning } from '../../components/EvictionWarning.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { getDb } from '../../utils/db/index.ts';
import { loadProfile, saveProfile } from '../../utils/db/profile.ts';
import type { Profile } from '../../utils/formats/profile.ts';
import { useTranslator } from '../../utils/i18n/use-translator.ts';
import { useStorageHealth } from '../../utils/sharing/use-storage-health.ts';
import { BackupSection } from './BackupSection.tsx';
import { ImportSection } from './ImportSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';

const FIELDS: Array<{ name: Exclude<keyof Profile, 'authorId'>; type?: string }> = [
  { name: 'authorName' },
  { name: 'organisation' },
  { name: 'acronym' },
  { name: 'country' },
  { name: 'contactName' },
  { name: 'contactEmail', type: 'email' },
  { name: 'accreditation' },
];

export function Options() {
  const [profile, setProfile] = useState<Profile>();
  const [status, setStatus] = useState('');
  const health = useStorageHealth();
  const { t } = useTranslator();

  useEffect(() => {
    void loadProfile(getDb()).then(setProfile);
  }, []);

  if (!profile) return <PageShell title={t('options.title')}>{t('common.loading')}</PageShell>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      setProfile(await saveProfile(getDb(), profile));
      setStatus(t('options.profileSaved'));
    } catch (error) {
      setStatus(
        t('options.notSaved', {
          reason: error instanceof z.ZodError ? z.prettifyError(error) : String(error),
        }),
      );
    }
  }

  return (
    <PageShell title={t('options.title')}>
      {health.evicted ? <EvictionWarning onDismiss={health.dismiss} /> : null}
      <LanguageSection />
      <form aria-label={t('options.profile')} onSubmit={(event) => void submit(event)}>
        <h2>{t('options.profile')}</h2>
        <p className="muted">{t('options.profileHint')}</p>
        {FIELDS.map((field) => (
          <p key={field.name}>
            <label>
              {t(`options.${field.name}`)}
              <br />
              <input
                name={field.name}
                type={field.type ?? 'text'}
                dir="auto"
                value={profile[field.name]}
                onChange={(event) => setProfile({ ...profile, [field.name]: event.target.value })}
              />
            </label>
          </p>
        ))}
        <button type="submit" className="primary">
          {t('options.saveProfile')}
        </button>
        <p role="status">{status}</p>
      </form>
      <section aria-label={t('options.pdfDrafts')}>
        <h2>{t('options.pdfDrafts')}</h2>
        <AlwaysOpenPdfs />
      </section>
      <ImportSection />
      <BackupSection
        persisted={health.persisted}
        onRestored={() => {
          health.dismiss();
          void loadProfile(getDb()).then(setProfile);
        }}
      />
    </PageShell>
  );
}
