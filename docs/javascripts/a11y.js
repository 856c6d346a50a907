// Fixes to Material's markup that keyboard and screen-reader users need.
document$.subscribe(() => {
  // The search dialog gets an accessible name (axe: aria-dialog-name).
  for (const dialog of document.querySelectorAll(".md-search[role=dialog]"))
    dialog.setAttribute("aria-label", "Search");

  // A table wider than its column scrolls sideways inside Material's wrapper:
  // keyboard users must be able to focus the wrapper to scroll it.
  for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap"))
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Table, scrolls sideways");
    }
});
