export default defineBackground(() => {
  // The toolbar button (and its keyboard shortcut) opens the side panel.
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
});
