import { type FormEvent, useEffect, useState } from 'react';
import { z } from 'zod';
import { AlwaysOpenPdfs } from '../../components/AlwaysOpenPdfs.tsx';
import { EvictionWarning } from '../../components/EvictionWarning.tsx';
import { PageShell } from '../../components/PageShell.tsx';
import { getDb } from '../../utils/db/index.ts';
import { loadProfile, saveProfile } from '../../utils/db/profile.ts';
import type { Profile } from '../../utils/formats/profile.ts';
import { useStorageHealth } from '../../utils/sharing/use-storage-health.ts';
import { BackupSection } from './BackupSection.tsx';
import { ImportSection } from './ImportSection.tsx';

const FIELDS: Array<{ name: Exclude<keyof Profile, 'authorId'>; label: string; type?: string }> = [
  { name: 'authorName', label: 'Your name' },
  { name: 'organisation', label: 'Organisation' },
  { name: 'acronym', label: 'Acronym' },
  { name: 'country', label: 'Country' },
  { name: 'contactName', label: 'Contact name' },
  { name: 'contactEmail', label: 'Contact e-mail', type: 'email' },
  { name: 'accreditation', label: 'Accreditation (for example ECOSOC status)' },
];

export function Options() {
  const [profile, setProfile] = useState<Profile>();
  const [status, setStatus] = useState('');
  const health = useStorageHealth();

  useEffect(() => {
    void loadProfile(getDb()).then(setProfile);
  }, []);

  if (!profile) return <PageShell title="Redline options">Loading…</PageShell>;

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      setProfile(await saveProfile(getDb(), profile));
      setStatus('Profile saved.');
    } catch (error) {
      setStatus(
        error instanceof z.ZodError
          ? `Not saved: ${z.prettifyError(error)}`
          : `Not saved: ${String(error)}`,
      );
    }
  }

  return (
    <PageShell title="Redline options">
      {health.evicted ? <EvictionWarning onDismiss={health.dismiss} /> : null}
      <form aria-label="Organisation profile" onSubmit={(event) => void submit(event)}>
        <h2>Organisation profile</h2>
        <p className="muted">It heads every submission you export.</p>
        {FIELDS.map((field) => (
          <p key={field.name}>
            <label>
              {field.label}
              <br />
              <input
                name={field.name}
                type={field.type ?? 'text'}
                value={profile[field.name]}
                onChange={(event) => setProfile({ ...profile, [field.name]: event.target.value })}
              />
            </label>
          </p>
        ))}
        <button type="submit" className="primary">
          Save profile
        </button>
        <p role="status">{status}</p>
      </form>
      <section aria-label="PDF drafts">
        <h2>PDF drafts</h2>
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
