import { splitSentences } from '../lib/extract/sentences';
import { isAsk, classifyAsk, isChrome } from '../lib/extract/action-rules';
const t = 'Or copy and paste this link to others: https://www.milkroad.com/subscribe?ref=CW4oQ4W5rd';
console.log(splitSentences(t), isAsk(t), classifyAsk(t, null), isChrome(t, 'https://www.milkroad.com/subscribe?ref=CW4oQ4W5rd'));
import { cleanUrl, safeUrl } from '../lib/extract/url-safety';
const u='http://email.geniusmailer.com/ct/25199795:25657631139:m:1:814075090:de01383375a8c37257ec41e00fd6271b:r';
console.log(cleanUrl(u), safeUrl(u));
