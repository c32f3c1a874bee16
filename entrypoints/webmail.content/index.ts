export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  main() {
    // Wired up by the webmail adapters (lib/webmail).
  },
});
