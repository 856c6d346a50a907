// Fixes to Material's markup that keyboard and screen-reader users need.
document$.subscribe(() => {
  // The search dialog gets an accessible name (axe: aria-dialog-name).
  for (const dialog of document.querySelectorAll(".md-search[role=dialog]"))
    dialog.setAttribute("aria-label", "Search");

  // Material gives each code block's copy buttons a <nav> of the same name:
  // on a page with two blocks, landmarks must differ (axe: landmark-unique).
  document.querySelectorAll(".md-code__nav").forEach((nav, index) =>
    nav.setAttribute("aria-label",
      document.documentElement.lang === "en" ? `Code block ${index + 1}` : `代码块 ${index + 1}`));

  // A table wider than its column scrolls sideways inside Material's wrapper:
  // keyboard users must be able to focus the wrapper to scroll it.
  for (const wrap of document.querySelectorAll(".md-typeset__scrollwrap"))
    if (wrap.scrollWidth > wrap.clientWidth) {
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Table, scrolls sideways");
    }
});

// Material writes the search's own words (the terms a result lacks, "Missing:
// 活体*") as plain text: on an English page, each run of Chinese in the results
// is marked as Chinese, so that it is drawn and read as Chinese (WCAG 3.1.2).
(() => {
  if (document.documentElement.lang !== "en") return;
  const run = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]*/g;
  const mark = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const found = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      if (run.test(node.data) && !node.parentElement.closest('[lang^="zh"]')) found.push(node);
    for (const node of found) {
      const parts = document.createDocumentFragment();
      let at = 0;
      for (const match of node.data.matchAll(run)) {
        parts.append(node.data.slice(at, match.index));
        const span = document.createElement("span");
        span.lang = "zh-CN";
        span.textContent = match[0];
        parts.append(span);
        at = match.index + match[0].length;
      }
      parts.append(node.data.slice(at));
      node.replaceWith(parts);
    }
  };
  const watch = () => {
    const results = document.querySelector("[data-md-component=search-result]");
    if (results) new MutationObserver(() => mark(results)).observe(results, { childList: true, subtree: true });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch);
  else watch();
})();
