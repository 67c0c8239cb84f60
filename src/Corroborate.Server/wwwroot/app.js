// Corroborate web UI. Article text is untrusted: it only ever reaches the page as text nodes (textContent,
// createTextNode) or attribute values set through the DOM; never through innerHTML. The server's CSP forbids
// inline script as a second wall.
'use strict';

const view = document.getElementById('view');

// ---- small DOM helpers -------------------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  for (const c of children.flat()) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

// Only same-origin hash routes are ever used as links: a value from an article never becomes an href.
function link(route, ...children) {
  return el('a', { href: '#' + route }, ...children);
}

async function api(path, options) {
  const res = await fetch(path, options);
  const type = res.headers.get('content-type') || '';
  const body = type.includes('json') ? await res.json() : await res.text();
  if (!res.ok) {
    const message = body && body.detail ? body.detail : res.status + ' ' + res.statusText;
    const error = new Error(message);
    error.code = body && body.code;
    throw error;
  }
  return body;
}

function showError(error) {
  view.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.code ? error.code + ': ' : '', error.message));
}

const relationLabels = {
  agree: 'agree', supersedes: 'later figure', 'different-claimant': 'other claimant',
  'different-scope': 'other scope', conflict: 'conflict',
};

// ---- story list and ingest -----------------------------------------------------------------------------------

async function showStories(params) {
  const query = new URLSearchParams();
  for (const k of ['page', 'entity', 'from', 'to', 'disagreements']) if (params.get(k)) query.set(k, params.get(k));
  const data = await api('/api/stories?' + query.toString());
  const filters = el('form', { class: 'filters', onsubmit: e => {
    e.preventDefault();
    const f = new FormData(e.target);
    const q = new URLSearchParams();
    for (const [k, v] of f.entries()) if (v) q.set(k, v);
    location.hash = '#/?' + q.toString();
  } },
    el('label', {}, 'Entity ', el('input', { name: 'entity', value: params.get('entity') || '' })),
    el('label', {}, 'From ', el('input', { name: 'from', type: 'date', value: params.get('from') || '' })),
    el('label', {}, 'To ', el('input', { name: 'to', type: 'date', value: params.get('to') || '' })),
    el('label', {}, el('input', { name: 'disagreements', type: 'checkbox', value: 'true', checked: params.get('disagreements') === 'true' }), ' only with disagreements'),
    el('button', {}, 'Filter'));

  const rows = data.items.map(s => el('li', { class: 'story-row' },
    link('/story/' + encodeURIComponent(s.id), s.title),
    el('span', { class: 'meta' },
      el('span', { class: 'badge sources', title: 'independent newsrooms (copies not counted)' }, s.independentSources + ' independent of ' + s.documents),
      s.disagreements > 0 ? el('span', { class: 'badge disagree' }, s.disagreements + ' disagreement' + (s.disagreements === 1 ? '' : 's')) : null,
      s.pending ? el('span', { class: 'badge pending' }, 'updating') : null,
      s.firstDate ? el('span', { class: 'dates' }, s.firstDate === s.lastDate ? s.firstDate : s.firstDate + ' – ' + s.lastDate) : null)));

  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pager = el('nav', { class: 'pager' },
    data.page > 1 ? link('/?' + withParam(params, 'page', data.page - 1), '‹ newer') : null,
    el('span', {}, ' page ' + data.page + ' of ' + pages + ' (' + data.total + ' stories) '),
    data.page < pages ? link('/?' + withParam(params, 'page', data.page + 1), 'older ›') : null);

  view.replaceChildren(
    ingestPanel(),
    el('h1', {}, 'Stories'),
    filters,
    rows.length ? el('ul', { class: 'stories' }, rows) : el('p', { class: 'empty' }, 'No stories yet. Paste or drop an article above.'),
    pager);

  // Briefs still being recomposed (a member just arrived), or articles a worker has yet to store: look again
  // shortly, if the reader is still here.
  if (data.items.some(s => s.pending) || Date.now() < queuedUntil) {
    const here = location.hash;
    setTimeout(() => { if (location.hash === here && !document.activeElement.matches('input, textarea')) route(); }, 1500);
  }
}

function withParam(params, key, value) {
  const q = new URLSearchParams(params);
  q.set(key, value);
  return q.toString();
}

// After articles are queued for a worker (202), the list is looked at again for this long, so they appear as they
// are stored without a reload.
let queuedUntil = 0;

// One panel for the page's lifetime: the list re-renders (after an ingest, while briefs update) must not drop
// text the reader has pasted meanwhile, so it re-attaches this node instead of building a new one.
let ingestForm = null;

function ingestPanel() {
  if (ingestForm) return ingestForm;
  const status = el('p', { class: 'ingest-status', role: 'status' });
  const area = el('textarea', { id: 'paste', rows: 6, placeholder: 'Paste an article (text or HTML) or drop files here' });
  const send = async (body, type, name) => {
    status.textContent = 'Reading…';
    try {
      const res = await api('/api/documents' + (name ? '?name=' + encodeURIComponent(name) : ''), {
        method: 'POST', headers: { 'Content-Type': type }, body,
      });
      // A server with a message broker queues articles for a worker (202) instead of storing them at once.
      if (res.queued > 0) queuedUntil = Date.now() + 30000;
      status.textContent = res.queued !== undefined
        ? res.queued + ' queued (they appear once a worker has stored them), ' + res.rejected + ' rejected.'
        : res.added + ' added, ' + res.duplicates + ' already stored, ' + res.rejected + ' rejected.';
      return res;
    } catch (e) {
      status.textContent = (e.code ? e.code + ': ' : '') + e.message;
      return null;
    }
  };
  const form = el('form', { class: 'ingest', onsubmit: async e => {
    e.preventDefault();
    const text = area.value.trim();
    if (!text) return;
    const type = /^\s*</.test(text) ? 'text/html' : 'text/plain';
    if (await send(text, type)) {
      area.value = '';
      route();
    }
  } }, area, el('button', { id: 'ingest-button' }, 'Add article'), status);
  form.addEventListener('dragover', e => { e.preventDefault(); form.classList.add('drop'); });
  form.addEventListener('dragleave', () => form.classList.remove('drop'));
  form.addEventListener('drop', async e => {
    e.preventDefault();
    form.classList.remove('drop');
    for (const file of e.dataTransfer.files) await send(await file.arrayBuffer(), file.type || 'application/octet-stream', file.name);
    route();
  });
  ingestForm = form;
  return form;
}

// ---- one story -------------------------------------------------------------------------------------------------

async function showStory(id) {
  const data = await api('/api/stories/' + encodeURIComponent(id));
  const story = data.story;
  const docs = new Map(data.documents.map(d => [d.id, d]));
  const label = docId => {
    const d = docs.get(docId);
    return d ? (d.outlet || d.title || d.source) : docId;
  };
  const order = story.documents;
  const cite = ev => citation(ev, docs, label, order);
  // Explanations name documents by id; a reader knows them by outlet.
  const named = text => order.reduce((t, docId) => t.split(docId).join(label(docId)), text);

  const sections = [
    el('h1', {}, story.title),
    el('p', { class: 'meta' },
      el('span', { class: 'badge sources' }, story.independentSources + ' independent sources of ' + story.documents.length),
      story.disagreements.length ? el('span', { class: 'badge disagree' }, story.disagreements.length + ' disagreements') : el('span', { class: 'badge agree' }, 'no disagreements'),
      story.duplicates.length ? el('span', { class: 'badge' }, story.duplicates.length + ' copies') : null),
  ];

  if (story.disagreements.length) {
    sections.push(el('section', { id: 'disagreements' }, el('h2', {}, 'Where sources differ'),
      el('ul', {}, story.disagreements.map(d => el('li', { class: 'disagreement ' + d.kind },
        el('span', { class: 'badge kind' }, d.kind), ' ', named(d.explanation), ' ', d.evidence.map(cite))))));
  }

  sections.push(el('section', { id: 'brief' }, el('h2', {}, 'Brief'),
    el('ol', {}, story.summary.map(line => el('li', {}, line.text, ' ', line.evidence.map(cite))))));

  if (story.figures.length) sections.push(figuresTable(story.figures, docs, label, named));
  if (story.quotes.length) sections.push(quoteSection(story.quotes, docs, label));
  if (story.timeline.length) sections.push(timelineChart(story.timeline, cite));
  sections.push(sourcesSideBySide(order.map(x => docs.get(x)).filter(Boolean), story));
  if (story.assignments && story.assignments.length) sections.push(whySection(story.assignments, label));

  view.replaceChildren(...sections);
}

// Why each report is in this story: its score against the join threshold, in arrival order (folded by default).
function whySection(assignments, label) {
  const n = x => x.toFixed(2);
  const line = a => {
    if (a.started && a.score === 0 && a.content === 0 && a.entities === 0) return 'started the story: ' + a.reason;
    const parts = 'content ' + n(a.content) + ', names ' + n(a.entities) + (a.daysApart === null ? '' : ', ' + a.daysApart + ' day(s) apart');
    return (a.started ? 'started the story: the closest other story scored ' + n(a.score) + ' < ' : 'joined: score ' + n(a.score) + ' ≥ ')
      + n(a.threshold) + ' (' + parts + '). ' + a.reason;
  };
  return el('section', { id: 'why' }, el('details', {}, el('summary', {}, 'Why these reports'),
    el('ul', {}, assignments.map(a => el('li', {}, el('strong', {}, label(a.document)), ': ', line(a))))));
}

function citation(ev, docs, label, order) {
  const d = docs.get(ev.document);
  const n = order.indexOf(ev.document) + 1;
  const sentence = d ? d.text.slice(ev.start, ev.end) : '';
  const tip = el('span', { class: 'tip', role: 'tooltip' }, el('strong', {}, label(ev.document)), ' ', el('span', { class: 'tip-text' }, sentence));
  return el('a', { class: 'cite', href: '#', 'data-document': ev.document, 'data-start': ev.start, 'data-end': ev.end,
    'aria-label': 'source ' + n + ': ' + label(ev.document), onclick: e => { e.preventDefault(); reveal(ev); } }, '[' + n + ']', tip);
}

// Scrolls the side-by-side column to the cited passage and flashes it.
function reveal(ev) {
  const target = document.querySelector('.source[data-document="' + CSS.escape(ev.document) + '"] [data-start="' + ev.start + '"]')
    || document.querySelector('.source[data-document="' + CSS.escape(ev.document) + '"]');
  if (!target) return;
  target.scrollIntoView({ behavior: 'smooth', block: 'center' });
  target.classList.add('flash');
  setTimeout(() => target.classList.remove('flash'), 1500);
}

function figuresTable(figures, docs, label, named) {
  const quantity = (docId, qid) => ((docs.get(docId) || {}).quantities || []).find(q => q.id === qid);
  return el('section', { id: 'figures' }, el('h2', {}, 'Figures'),
    el('table', { class: 'figures' },
      el('thead', {}, el('tr', {}, el('th', {}, 'What'), el('th', {}, 'Claims'), el('th', {}, 'Relation'), el('th', {}, 'Why'))),
      el('tbody', {}, figures.map(f => el('tr', {},
        el('td', {}, [f.object, f.measure].filter(Boolean).join(' ') || '—'),
        el('td', {}, el('ul', { class: 'claims' }, f.claims.map(c => {
          const q = quantity(c.document, c.quantity);
          return el('li', {}, el('strong', {}, q ? q.text : String(c.value)), ' — ', c.claimant || 'the outlet',
            c.asOf ? ', as of ' + c.asOf : '', ' ', el('span', { class: 'via' }, '(' + label(c.document) + ')'));
        }))),
        el('td', {}, f.relation ? el('span', { class: 'badge relation ' + f.relation }, relationLabels[f.relation] || f.relation) : '—'),
        el('td', {}, named(f.explanation)))))));
}

// Word-level difference of each variant against the canonical wording: dropped words struck, added ones marked.
function diffWords(canonical, variant) {
  const a = canonical.split(/\s+/).filter(Boolean);
  const b = variant.split(/\s+/).filter(Boolean);
  const norm = w => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const dp = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) for (let j = b.length - 1; j >= 0; j--) {
    dp[i][j] = norm(a[i]) === norm(b[j]) ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
  }
  const out = [];
  let i = 0, j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && norm(a[i]) === norm(b[j])) { out.push(b[j] + ' '); i++; j++; }
    else if (j < b.length && (i >= a.length || dp[i][j + 1] >= dp[i + 1][j])) { out.push(el('ins', {}, b[j]), ' '); j++; }
    else { out.push(el('del', {}, a[i]), ' '); i++; }
  }
  return out;
}

function quoteSection(quotes, docs, label) {
  return el('section', { id: 'quotes' }, el('h2', {}, 'Who said what'),
    quotes.map(q => el('div', { class: 'quote' + (q.conflict ? ' conflict' : '') },
      el('blockquote', {}, '“' + q.text + '”'),
      q.conflict ? el('p', { class: 'badge disagree' }, 'Sources disagree on the ' + q.conflict + ': ' + q.speakers.join(' or ')) : el('p', { class: 'speakers' }, q.speakers.join(', ')),
      el('ul', { class: 'variants' }, q.variants.map(v => {
        const quote = ((docs.get(v.document) || {}).quotes || []).find(x => x.id === v.quote);
        return el('li', {}, el('strong', {}, label(v.document)), ' — ', v.speaker || 'unattributed', ': ',
          el('span', { class: 'variant' }, quote ? diffWords(q.text, quote.text) : ''));
      })))));
}

function timelineChart(entries, cite) {
  const days = entries.map(e => Date.parse(e.date.length === 4 ? e.date + '-01-01' : e.date.length === 7 ? e.date + '-01' : e.date));
  const min = Math.min(...days), max = Math.max(...days);
  const width = 760, rowHeight = 26, left = 110, height = entries.length * rowHeight + 30;
  const x = t => left + (max === min ? (width - left) / 2 : (t - min) / (max - min) * (width - left - 20));
  const chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, class: 'timeline-chart', role: 'img', 'aria-label': 'timeline' },
    svg('line', { x1: left, x2: width - 10, y1: height - 20, y2: height - 20, class: 'axis' }),
    entries.map((e, i) => {
      const y = i * rowHeight + 16;
      return svg('g', {},
        svg('text', { x: 4, y: y + 4, class: 'date' }, e.date),
        svg('line', { x1: x(days[i]), x2: x(days[i]), y1: y, y2: height - 20, class: 'stem' }),
        svg('circle', { cx: x(days[i]), cy: y, r: 5 }, svg('title', {}, e.text)));
    }));
  return el('section', { id: 'timeline' }, el('h2', {}, 'Timeline'), chart,
    el('ol', { class: 'timeline' }, entries.map(e => el('li', {}, el('time', {}, e.date), ' ', e.text, ' ', e.evidence.map(cite)))));
}

// ---- sources side by side, with findings highlighted by their offsets -------------------------------------------

const FLAGS = { quote: 1, figure: 2, person: 4, organization: 8, place: 16, date: 32, cited: 64 };

function sourcesSideBySide(documents, story) {
  const cited = new Map();
  for (const line of [...story.summary, ...story.disagreements, ...story.timeline]) {
    for (const ev of line.evidence) {
      if (!cited.has(ev.document)) cited.set(ev.document, []);
      cited.get(ev.document).push(ev);
    }
  }
  return el('section', { id: 'sources' }, el('h2', {}, 'Sources side by side'),
    el('p', { class: 'legend' }, ['quote', 'figure', 'person', 'organization', 'place', 'date'].map(k => el('span', { class: 'hl ' + k }, k))),
    el('div', { class: 'columns' }, documents.map(d => el('article', { class: 'source', 'data-document': d.id },
      el('h3', {}, d.outlet || d.source),
      el('p', { class: 'meta' }, d.title || '', d.published && d.published.value ? ' · ' + d.published.value + ' (' + d.published.method + ')' : ''),
      highlighted(d, cited.get(d.id) || [])))));
}

function highlighted(d, evidence) {
  const text = d.text;
  const flags = new Uint8Array(text.length);
  const mark = (start, end, flag) => { for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) flags[i] |= flag; };
  for (const q of d.quotes || []) mark(q.content ? q.content.start : q.start, q.content ? q.content.end : q.end, FLAGS.quote);
  for (const n of d.quantities || []) mark(n.start, n.end, FLAGS.figure);
  for (const x of d.dates || []) mark(x.start, x.end, FLAGS.date);
  for (const e of d.entities || []) {
    const flag = FLAGS[e.kind] || 0;
    for (const m of e.mentions) mark(m.start, m.end, flag);
  }
  for (const ev of evidence) mark(ev.start, ev.end, FLAGS.cited);
  const starts = new Set(evidence.map(ev => ev.start));
  const body = el('div', { class: 'text' });
  let i = 0;
  while (i < text.length) {
    let j = i + 1;
    while (j < text.length && flags[j] === flags[i] && !starts.has(j)) j++;
    const f = flags[i];
    const piece = text.slice(i, j);
    if (f === 0 && !starts.has(i)) body.append(document.createTextNode(piece));
    else {
      const classes = Object.entries(FLAGS).filter(([, bit]) => f & bit).map(([k]) => 'hl ' + k).join(' ');
      body.append(el('span', { class: classes, 'data-start': starts.has(i) ? i : null }, piece));
    }
    i = j;
  }
  return body;
}

// ---- search ----------------------------------------------------------------------------------------------------

async function showSearch(q) {
  document.getElementById('search').value = q;
  const data = await api('/api/search?q=' + encodeURIComponent(q));
  view.replaceChildren(el('h1', {}, 'Search: ' + q),
    data.hits.length ? el('ol', { class: 'hits' }, data.hits.map(h => el('li', {},
      link('/story/' + encodeURIComponent(h.story), h.title || h.document), el('p', { class: 'snippet' }, snippet(h.snippet)))))
      : el('p', { class: 'empty' }, 'Nothing found.'));
}

// The server marks matches with U+0002 … U+0003; they become <mark> elements, the rest stays text.
function snippet(s) {
  return s.split('\u0002').flatMap((part, k) => {
    if (k === 0) return [part];
    const [hit, rest] = part.split('\u0003');
    return [el('mark', {}, hit), rest || ''];
  });
}

// ---- routing ---------------------------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  try {
    if (path.startsWith('/story/')) await showStory(decodeURIComponent(path.slice(7)));
    else if (path === '/search') await showSearch(params.get('q') || '');
    else await showStories(params);
  } catch (e) {
    showError(e);
  }
}

document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const q = document.getElementById('search').value.trim();
  if (q) location.hash = '#/search?q=' + encodeURIComponent(q);
});
window.addEventListener('hashchange', route);
route();
