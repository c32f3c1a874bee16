// The webmail origins MailGist reads by default. Custom origins (self-hosted Roundcube, say) are
// asked for at run time as optional host permissions.
export const WEBMAIL_HOST_PERMISSIONS = ['https://mail.google.com/*'] as const;
