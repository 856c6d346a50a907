// Rewrites a search query before it reaches Material's search worker, so that
// return codes and Chinese text are found as support engineers type them.
(() => {
  const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

  // Chinese has no spaces: overrides/hooks/search_rows.py indexes every pair
  // of adjacent characters, so ask for the pairs of each run ("同一人" becomes
  // "同一 一人") and let a lone character match pairs that start with it.
  const bigrams = (run) =>
    run.length < 2 ? run : Array.from(run.slice(1), (_, i) => run.slice(i, i + 2)).join(" ");

  // Lunr reads a leading "-" as "exclude this term", so -5020 would list
  // every entry but that code; the index splits at "-", so the digits suffice.
  const rewrite = (query) =>
    query.replace(/(^|\s)-(?=\d)/g, "$1").replace(HAN_RUN, (run) => ` ${bigrams(run)} `).trim();

  const postMessage = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    // Only query messages carry a string; the set-up message carries the index.
    if (typeof message?.data === "string") {
      message = { ...message, data: rewrite(message.data) };
    }
    return postMessage.call(this, message, ...rest);
  };
})();
