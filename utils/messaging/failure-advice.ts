/**
 * What the user can do about a failed annotator start, from its technical reason (an error
 * code before the first colon, then the message; a refused request ends with zod's
 * `→ at <field>` lines). The reason itself stays available as technical details.
 */
export function failureAdvice(reason: string): string {
  const code = reason.slice(0, reason.indexOf(':'));
  const fields = [...reason.matchAll(/→ at (\w+)/g)].map((match) => match[1]);
  if (code === 'invalid-request' && fields.includes('url'))
    return 'This page’s address is longer than Redline can record. Open the document at a shorter address (without the parameters after “?”, or from the UN document system), then choose Try again.';
  if (code === 'invalid-request' && fields.includes('text'))
    return 'This document is longer than Redline can keep. Open its PDF in Redline’s viewer, or the document in parts, then choose Try again.';
  if (code === 'unreachable' || /receiving end does not exist|context invalidated/i.test(reason))
    return 'Redline’s background did not answer, which happens just after Redline is updated. Reload the page, then choose Try again.';
  if (/quota|storage.*full|disk/i.test(reason))
    return 'The browser has no room left for Redline’s data. Free disk space, or back up and remove old documents in Redline’s options, then choose Try again.';
  if (/cannot access|cannot be scripted|extensions gallery|missing host permission/i.test(reason))
    return 'The browser does not let extensions work on this kind of page. Open the document from the UN site, or its PDF in Redline’s viewer.';
  return 'Reload the page, then choose Try again. If it fails again, report the technical details below to the Redline team.';
}
