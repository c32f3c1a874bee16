import { isDomainMismatch, cleanUrl, unwrapRedirect } from '../lib/extract/url-safety';
const u = 'https://link.mail.bloombergbusiness.com/click/29038310.375465/aHR0cHM6Ly93d3cuYmxvb21iZXJnLmNvbS9zdWJzY3JpcHRpb25zP2luX3NvdXJjZT1ubA/5c8fd3a1';
console.log(isDomainMismatch('Subscribe to Bloomberg.com', u), cleanUrl(u), unwrapRedirect(u));
