// The webmail origins MailGist reads by default, one list per provider: the content scripts'
// matches and the manifest's host_permissions both come from here. Custom origins (a self-hosted
// Roundcube, say) are asked for at run time as optional host permissions.

export const GMAIL_MATCHES = ['https://mail.google.com/*'] as const;
export const OUTLOOK_MATCHES = [
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;
export const YAHOO_MATCHES = [
  'https://mail.yahoo.com/*',
  'https://*.mail.yahoo.com/*',
  'https://mail.aol.com/*',
] as const;
export const PROTON_MATCHES = ['https://mail.proton.me/*'] as const;
/** Fastmail and Zoho Mail: read by the generic adapter. */
export const GENERIC_WEBMAIL_MATCHES = [
  'https://app.fastmail.com/*',
  'https://mail.zoho.com/*',
  'https://mail.zoho.eu/*',
] as const;
/** iCloud renders the open message in this cross-origin frame; a script of its own runs there. */
export const ICLOUD_FRAME_MATCHES = [
  'https://www-mail.icloud-sandbox.com/applications/mail2-message/*',
] as const;

/** Top-frame webmail pages the main content script runs on. */
export const WEBMAIL_CONTENT_MATCHES = [
  ...GMAIL_MATCHES,
  ...OUTLOOK_MATCHES,
  ...YAHOO_MATCHES,
  ...PROTON_MATCHES,
  ...GENERIC_WEBMAIL_MATCHES,
];

/**
 * Host access MailGist asks for: the pages its content scripts read and nothing more. For iCloud
 * that is the message frame alone (the top page at www.icloud.com is never read). Chrome applies
 * host access per origin, so the frame's path is what MailGist means rather than a fence; Firefox
 * lists it as asked.
 */
export const WEBMAIL_HOST_PERMISSIONS = [...WEBMAIL_CONTENT_MATCHES, ...ICLOUD_FRAME_MATCHES];
