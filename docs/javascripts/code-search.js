// Finds return codes the way readers look for them: by the number in a log
// (-5020, 1), by a message pasted from a log, by a word with a typo in it, or
// by asking what is billed.  Material's search (lunr) ranks by term
// frequency, which cannot promise any of that, so this script ranks the codes
// itself from search/codes.json (overrides/hooks/code_index.py writes it) and
// puts them before lunr's results for the prose pages.  Everything runs in the
// browser; nothing is sent anywhere.
//
// The site has a Chinese (default) and an English version sharing one lunr
// index; a page's results are in its own language, and a code result opens
// the code's own page in that language.
//
// It sits between Material's search box and its search worker: it must load
// before Material's bundle creates the worker (overrides/main.html puts it in
// the page head), and it speaks the worker's message protocol (the types below).
(() => {
  "use strict";

  const SETUP = 0; // Material's SearchMessageType: SETUP, READY, QUERY, RESULT
  const QUERY = 2;
  const RESULT = 3;
  const MAX_CODES = 40; // a one-character query matches most codes; the rest is noise
  const MIN_SCORE = 120;
  // Material's Enter key opens the best-scored link of the first result: keep
  // ours above anything lunr scores.
  const SCORE_BASE = 1e6;
  const BILLING_SCORE = 950; // below a whole message (2000) or an exact number (1000)

  const HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff";
  // A run of Chinese, with its full-width punctuation, as it is marked up.
  const HAN_RUN = new RegExp(`[${HAN}][${HAN}\\u3000-\\u303f\\uff00-\\uffef]*`, "g");
  // What readers type when they ask what is billed (Tencent's table says 是否收费).
  const BILLING_WORDS = ["billing", "billed", "billable", "bill", "charge", "charged",
    "charges", "cost", "costs", "fee", "fees", "free", "paid", "pay", "price", "pricing"];
  const BILLING_HAN = ["收费", "计费", "扣费", "付费", "免费", "费用"];

  // --- text as the ranking compares it -----------------------------------

  // Full-width forms become ASCII (NFKC), and every kind of minus a copy-paste
  // can bring becomes "-".
  const fold = (text) =>
    text.normalize("NFKC").toLowerCase().replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, "-");
  // Letters and digits only: punctuation and spacing differ between a log and the table.
  const compact = (text) => fold(text).replace(/[^\p{L}\p{N}]+/gu, "");
  const latinWords = (text) => fold(text).match(/[a-z]{2,}/g) || [];
  const bigrams = (text) => {
    const pairs = new Set();
    for (const run of compact(text).match(new RegExp(`[${HAN}]+`, "g")) || [])
      for (let i = 0; i + 1 < run.length; i++) pairs.add(run.slice(i, i + 2));
    return pairs;
  };
  // Numbers as a log writes them ("-5020", "code=66660004"), not digits that
  // are part of a word or of a message ("H5", "6s", "请录制2秒以上的视频").
  const NUMBER = /(?<![\p{L}\p{N}_.])-?\d+(?![\p{L}\p{N}_.])/gu;

  // Damerau-Levenshtein distance, stopping early past `limit`.
  const distance = (a, b, limit) => {
    if (Math.abs(a.length - b.length) > limit) return limit + 1;
    let prev2 = [];
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      const row = [i];
      for (let j = 1; j <= b.length; j++) {
        const cost = a[i - 1] === b[j - 1] ? 0 : 1;
        row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          row[j] = Math.min(row[j], prev2[j - 2] + 1);
      }
      if (Math.min(...row) > limit) return limit + 1;
      [prev2, prev] = [prev, row];
    }
    return prev[b.length];
  };

  // How well one query word matches a word of the text: 1 exact, less for a
  // prefix or a small typo (one edit up to 7 letters, two from 8).
  const wordCredit = (word, field) => {
    const edits = word.length >= 8 ? 2 : 1;
    let best = 0;
    for (const other of field) {
      if (other === word) return 1;
      if (word.length >= 3 && other.startsWith(word)) best = Math.max(best, 0.9);
      else if (word.length >= 5 && distance(word, other, edits) <= edits) best = Math.max(best, 0.7);
    }
    return best;
  };

  // --- the index ------------------------------------------------------------

  const verbatim = (text) => fold(text).replace(/\s+/g, " ").trim();

  const field = (text, weight) => ({
    verbatim: verbatim(text),
    compact: compact(text),
    words: new Set(latinWords(text)),
    bigrams: bigrams(text),
    weight,
  });

  // Weights: a code is what its messages say, then its name (a message equal
  // to another code's name must still find the message's code first); its
  // steps and its category say less about it.
  // The language of this page (<html lang>) and where its pages are.
  const PAGE_LANG = document.documentElement.lang === "en" ? "en" : "zh";
  const languageRoot = (data) => data.languages[document.documentElement.lang] ?? "";
  const WORDS = {
    zh: { billed: "收费", free: "不收费", removed: "已停用", none: "无",
      billingTitle: (billed, total) => `${total} 个返回码中 ${billed} 个收费，其他都不收费`,
      billingPage: "计费：哪些返回码收费（是否收费）" },
    en: { billed: "Billed", free: "Not billed", removed: "no longer returned", none: "none",
      billingTitle: (billed, total) => `${billed} of ${total} codes are billed; every other code is free`,
      billingPage: "Billing: which codes are billed (是否收费)" },
  }[PAGE_LANG];

  const prepare = (data) =>
    data.codes.map((row, order) => {
      // One row per code, as code_index.py writes it.
      const [channel, code, name, message, messageEn, steps, stepsEn, billed, category, removed] = row;
      const where = data.channels[channel];
      const [categoryEn, categoryZh] = where.categories[category] || [category, ""];
      return {
        order, code, name, message, messageEn, billed, removed,
        channel: where,
        context: PAGE_LANG === "zh"
          ? `${where.zh} › ${categoryZh || categoryEn}`
          : `${where.title} › ${categoryEn}`,
        location: `${languageRoot(data)}${data.pages.codes}${where.key}/${code}/`,
        fields: [
          field(message, 1),
          field(messageEn, 1),
          field(name.replace(/_/g, " "), 0.95),
          field(steps, 0.6),
          field(stepsEn, 0.6),
          field(`${categoryEn} ${categoryZh} ${where.title} ${where.zh}`, 0.4),
        ],
      };
    });

  let index = null;
  const loadIndex = () => {
    if (!index) {
      const config = JSON.parse(document.getElementById("__config").textContent);
      index = fetch(new URL(`${config.base}/search/codes.json`, location.href))
        .then((response) => response.json())
        .then((data) => ({ data, codes: prepare(data) }))
        .catch(() => null); // no code index: lunr's results alone
    }
    return index;
  };

  // --- ranking --------------------------------------------------------------

  const numberScore = (code, tokens) => {
    let best = 0;
    const digits = String(Math.abs(code));
    for (const token of tokens) {
      const value = Number(token);
      const tokenDigits = token.replace("-", "");
      if (value === code) return 1000;
      if (tokenDigits === digits) best = Math.max(best, 700); // the sign lost on the way
      else if (digits.startsWith(tokenDigits) && (!token.startsWith("-") || code < 0))
        best = Math.max(best, 200 + (100 * tokenDigits.length) / digits.length);
    }
    return best;
  };

  // The whole query is a text of the code, letter for letter (a message
  // pasted from a log): nothing says more, not even a number in it ("6 s").
  // Equal but for punctuation and spacing comes next: some messages differ
  // from others only in a "；".
  const VERBATIM = 2000;
  const COMPACT = 1950;

  const fieldScore = (query, f) => {
    if (!f.compact) return 0;
    if (f.verbatim === query.verbatim) return VERBATIM;
    if (f.compact === query.compact) return COMPACT;
    const rest = query.rest; // the query without the numbers in it
    if (!rest.compact) return 0;
    if (f.compact.includes(rest.compact))
      return 400 + (300 * rest.compact.length) / f.compact.length;
    // A log line carries more than the message: the whole message inside the query.
    if (f.compact.length >= 4 && rest.compact.includes(f.compact))
      return 350 + (300 * f.compact.length) / rest.compact.length;
    let found = 0;
    for (const word of rest.words) found += wordCredit(word, f.words);
    for (const pair of rest.bigrams) found += f.bigrams.has(pair) ? 1 : 0;
    const total = rest.words.length + rest.bigrams.size;
    return total && found / total >= 0.5 ? (300 * found) / total : 0;
  };

  const score = (entry, query) => {
    let text = 0;
    for (const f of entry.fields) text = Math.max(text, fieldScore(query, f) * f.weight);
    return numberScore(entry.code, query.numbers) + text;
  };

  const parse = (raw) => {
    const folded = fold(raw);
    const rest = folded.replace(NUMBER, " ");
    return {
      numbers: folded.match(NUMBER) || [],
      verbatim: verbatim(folded),
      compact: compact(folded),
      rest: { compact: compact(rest), words: latinWords(rest), bigrams: bigrams(rest) },
    };
  };

  const asksAboutBilling = (raw) => {
    const folded = fold(raw);
    return (
      BILLING_HAN.some((word) => folded.includes(word)) ||
      latinWords(folded).some((word) => BILLING_WORDS.includes(word) ||
        (word.length >= 5 && BILLING_WORDS.some((w) => w.length >= 5 && distance(word, w, 1) <= 1)))
    );
  };

  // --- results in Material's shape ------------------------------------------

  const escapeHtml = (text) =>
    text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const zh = (text) => `<span lang="zh-CN">${escapeHtml(text)}</span>`;
  const en = (text) => `<span lang="en">${escapeHtml(text)}</span>`;

  // Chinese inside lunr's results (headings, prose) is marked as Chinese too.
  const markChinese = (html) =>
    html.replace(/(<[^>]*>)|[^<]+/g, (part, tag) =>
      tag ? part : part.replace(HAN_RUN, (run) => `<span lang="zh-CN">${run}</span>`));

  // Material shows a result as its first link (the article) above its sections;
  // sections that score as high as the best stay open, lower ones fold away
  // under "N more".  A group of codes is therefore its codes, all with the same
  // score, and last an article naming what they share (Material takes the last
  // item as the article when every location has a "#").
  const group = (hits, score) => {
    const [first] = hits;
    const items = hits.map(({ entry }) => ({
      location: entry.location,
      title: `${escapeHtml(String(entry.code))} <code>${escapeHtml(entry.name)}</code>`,
      text:
        `<p>${PAGE_LANG === "zh" ? zh(entry.message) : en(entry.messageEn)}<br>` +
        `${markChinese(escapeHtml(entry.context))} · ` +
        `${entry.billed ? `<strong>${markChinese(WORDS.billed)}</strong>` : markChinese(WORDS.free)}` +
        `${entry.removed ? ` · ${markChinese(WORDS.removed)}` : ""}</p>`,
      score,
      terms: {},
    }));
    items.push({ location: first.entry.location, title: zh(first.entry.message), text: "", score, terms: {} });
    return items;
  };

  const billingGroup = (data, score) => {
    const lists = data.channels
      .map((channel) => `${escapeHtml(PAGE_LANG === "zh" ? channel.zh : channel.title)}: ` +
        `${channel.billed.map(String).join(", ") || WORDS.none}`)
      .join("; ");
    const location = `${languageRoot(data)}${data.pages.billing}#billed-codes`;
    return [
      {
        location,
        title: markChinese(escapeHtml(WORDS.billingTitle(data.billed, data.total))),
        text: `<p>${markChinese(lists)}</p>`,
        score,
        terms: {},
      },
      { location, title: markChinese(escapeHtml(WORDS.billingPage)), text: "", score, terms: {} },
    ];
  };

  // Codes whose messages are the same, in one channel, with the same score,
  // are one result: a message pasted from a log finds all of them, none folded away.
  const sameGroup = (a, b) =>
    a.score === b.score && a.entry.channel === b.entry.channel && a.entry.message === b.entry.message;

  const rank = ({ data, codes }, raw) => {
    const query = parse(raw);
    const hits = codes
      .map((entry) => ({ entry, score: score(entry, query) }))
      .filter((hit) => hit.score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || a.entry.order - b.entry.order)
      .slice(0, MAX_CODES);
    const groups = [];
    for (let start = 0; start < hits.length; ) {
      let end = start + 1;
      while (end < hits.length && sameGroup(hits[start], hits[end])) end++;
      groups.push(group(hits.slice(start, end), SCORE_BASE + hits[start].score));
      start = end;
    }
    // The billing list comes first, unless the query also names a code exactly.
    if (asksAboutBilling(raw)) {
      const score = SCORE_BASE + BILLING_SCORE;
      const at = groups.findIndex((items) => items[0].score < score);
      groups.splice(at < 0 ? groups.length : at, 0, billingGroup(data, score));
    }
    return groups;
  };

  // One lunr index holds both languages: keep this page's (its root, or, for
  // the default language, no other language's root).
  const ownLanguage = (data, location) => {
    const mine = languageRoot(data);
    if (mine) return location.startsWith(mine);
    return !Object.values(data.languages).some((other) => other && location.startsWith(other));
  };

  const merge = (loaded, raw, result) => {
    const lunr = (result.items || [])
      .filter((items) => !loaded || ownLanguage(loaded.data, items[0]?.location ?? ""))
      .map((items) =>
        items.map((item) => ({ ...item, title: markChinese(item.title), text: markChinese(item.text) })));
    if (!loaded || !raw.trim()) return { ...result, items: lunr };
    return { ...result, items: [...rank(loaded, raw), ...lunr] };
  };

  // Lunr reads a leading "-" as "exclude this term", so -5020 would list every
  // page but the one with that code; the index splits at "-", so the digits suffice.
  const forLunr = (query) => query.replace(/(^|\s)[-\u2212](?=\d)/g, "$1");

  // --- between Material and its worker --------------------------------------

  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      this.search = /\/workers\/search\.[^/]*\.js$/.test(String(url));
      this.queries = []; // the worker answers queries in order, one result each
      this.merged = new WeakMap(); // event -> its merged result, shared by all listeners
      this.wrappers = new WeakMap();
    }

    postMessage(message, ...rest) {
      if (this.search && message?.type === SETUP) loadIndex();
      if (this.search && message?.type === QUERY) {
        this.queries.push(message.data);
        message = { ...message, data: forLunr(message.data) };
      }
      return super.postMessage(message, ...rest);
    }

    resultOf(event) {
      if (!this.merged.has(event)) {
        const raw = this.queries.shift() ?? "";
        this.merged.set(event, loadIndex().then((loaded) => merge(loaded, raw, event.data.data)));
      }
      return this.merged.get(event);
    }

    addEventListener(type, listener, options) {
      if (!this.search || type !== "message" || typeof listener !== "function")
        return super.addEventListener(type, listener, options);
      const wrapper = (event) => {
        if (event.data?.type !== RESULT) return listener.call(this, event);
        this.resultOf(event).then((data) =>
          listener.call(this, new MessageEvent("message", { data: { ...event.data, data } })));
      };
      this.wrappers.set(listener, wrapper);
      return super.addEventListener(type, wrapper, options);
    }

    removeEventListener(type, listener, options) {
      return super.removeEventListener(type, this.wrappers.get(listener) || listener, options);
    }
  };
})();
