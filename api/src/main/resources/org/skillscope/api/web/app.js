// SkillScope web page: views and pages over the JSON API, routed by the #hash. Plain DOM, no framework, no
// network beyond this server. No inline style anywhere: the Content-Security-Policy forbids it (widths go through the CSSOM).
'use strict';

const state = { warnings: [], run: null };

// ---- helpers ----------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined && c !== '') e.append(c instanceof Node ? c : String(c));
  return e;
}
const $ = (id) => document.getElementById(id);
const pct = (x) => x === null || x === undefined ? '–' : (100 * x).toFixed(1) + ' %';
const num = (x, d = 1) => x === null || x === undefined ? '–' : Number(x).toFixed(d);
const plural = (n, one, many) => n + ' ' + (n === 1 ? one : (many || one + 's'));
const idOf = (uri) => String(uri).split('/').pop();
const enc = encodeURIComponent;
// a small share or contribution keeps two significant digits instead of showing as 0.00
const sig = (x) => x === null || x === undefined ? '–' : Math.abs(x) >= 0.1 || x === 0 ? Number(x).toFixed(2) : Number(x).toPrecision(2);
// replaceChildren writes null as the text "null": leave out what is not there
const fill = (host, ...children) => host.replaceChildren(...children.flat().filter(c => c !== null && c !== undefined && c !== ''));

async function api(path, body) {
  const opts = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(path, opts);
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw Object.assign(new Error(data.detail || data.title || ('HTTP ' + res.status)), { problem: data });
  return data;
}
function showError(e) { const p = $('error'); p.textContent = e.message || String(e); p.hidden = false; }
function clearError() { $('error').hidden = true; }
function flags(x) {
  return [x.green ? el('span', { class: 'tag green' }, 'green') : null, x.digital ? el('span', { class: 'tag digital' }, 'digital') : null];
}
const skillLink = (id, label) => el('a', { href: '#skill/' + enc(id) }, label);
const occupationLink = (id, label) => el('a', { href: '#occupation/' + enc(id) }, label);
const credentialLink = (id, label) => el('a', { href: '#credential/' + enc(id) }, label || id);
// growth with the counts it rests on: "+57 %" only when the change is statistically clear
function growthText(g, clear) {
  if (!g) return '–';
  if (!clear) return 'no clear change';
  return g.rate === null ? 'new' : (g.rate >= 0 ? '+' : '') + (100 * g.rate).toFixed(0) + ' %';
}
function growthTitle(g) {
  return g ? g.earlierCount + ' of ' + g.earlierVacancies + ' dated ads in ' + g.earlierPeriod + ', ' + g.laterCount + ' of '
    + g.laterVacancies + ' in ' + g.laterPeriod : 'not given: too few dated vacancies in this scope';
}
function growthCell(x) { return el('span', { title: growthTitle(x.growth) }, growthText(x.growth, x.growthClear)); }
// the run's coverage warnings that affect any of these views, as a list above them
function warningList(views, extra) {
  const shown = (state.warnings || []).filter(w => w.affects.some(a => views.includes(a))).map(w => w.message).concat(extra || []);
  return shown.length ? el('ul', { class: 'warnings' }, shown.map(m => el('li', {}, m))) : '';
}
// a credential the run could not read has no score (null): it says so instead of showing 0
function scoreBar(v) {
  if (v === null || v === undefined) return [el('span', { class: 'muted' }, 'not scored')];
  const bar = el('span', { class: 'bar' }); bar.style.width = Math.round(Math.max(0, Math.min(100, v))) + 'px'; return [bar, num(v)];
}
function download(name, text) {
  const a = el('a', { href: URL.createObjectURL(new Blob([text], { type: 'text/csv' })), download: name });
  document.body.append(a); a.click(); a.remove();
}
function csvText(columns, rows) {
  // text a spreadsheet would run as a formula gets a leading apostrophe (as the API's CSV does); numbers stay numbers
  const quote = (v) => { let s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' | ') : typeof v === 'object' ? JSON.stringify(v) : String(v);
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
    return /[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s; };
  return [columns.map(c => c.key).join(',')].concat(rows.map(r => columns.map(c => quote(c.value ? c.value(r) : r[c.key])).join(','))).join('\n') + '\n';
}

// ---- tables: paged, searchable, downloadable -----------------------------------------------------
// One table component for every list. A server list pages through the API (size 20) and downloads all its
// rows with the active filters as format=csv; an in-memory list (a page's own rows) pages and filters here and
// downloads what the filter keeps.
const PAGE = 20;

function tableShell(t) {
  const search = t.search ? el('label', { class: 'table-search' }, 'Search ' + t.caption.toLowerCase(),
    el('input', { type: 'search', id: t.id + '-q', placeholder: t.search })) : null;
  const csvLink = el('a', { class: 'csv', id: t.id + '-csv', href: '#', 'aria-label': 'Download CSV of ' + t.caption.toLowerCase() }, 'Download CSV');
  const table = el('table', { class: t.columns.length >= 5 ? 'data wide' : 'data', id: t.id },
    el('caption', { class: 'sr-only' }, t.caption),
    el('thead', {}, el('tr', {}, t.columns.map(c => el('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)))),
    el('tbody'));
  const prev = el('button', { type: 'button', class: 'secondary', id: t.id + '-prev', 'aria-label': 'Previous page of ' + t.caption.toLowerCase() }, 'Previous');
  const next = el('button', { type: 'button', class: 'secondary', id: t.id + '-next', 'aria-label': 'Next page of ' + t.caption.toLowerCase() }, 'Next');
  const status = el('span', { id: t.id + '-count', class: 'muted', 'aria-live': 'polite' });
  const box = el('div', { class: 'table-box' },
    el('div', { class: 'table-tools' }, search, csvLink),
    el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t.caption + ' (scrolls sideways)' }, table),
    el('div', { class: 'pager' }, prev, ' ', next, ' ', status));
  t.host.replaceChildren(box);
  t.page = 1;
  let timer = null;
  if (search) search.querySelector('input').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { t.page = 1; t.load().catch(showError); }, 250); });
  prev.addEventListener('click', () => { t.page--; t.load().catch(showError); });
  next.addEventListener('click', () => { t.page++; t.load().catch(showError); });
  csvLink.addEventListener('click', (e) => { if (t.csvRows) { e.preventDefault(); download(t.name + '.csv', csvText(t.csvColumns, t.csvRows())); } });
  t.fill = (items, total) => {
    table.tBodies[0].replaceChildren(...(items.length ? items.map(it => el('tr', {}, t.columns.map((c, i) => el(i === 0 && t.rowHeader ? 'th' : 'td',
      { scope: i === 0 && t.rowHeader ? 'row' : null, class: c.num ? 'num' : null }, c.cell(it)))))
      : [el('tr', {}, el('td', { colspan: t.columns.length, class: 'muted' }, t.empty || 'Nothing to show.'))]));
    const pages = Math.max(1, Math.ceil(total / PAGE));
    prev.disabled = t.page <= 1;
    next.disabled = t.page >= pages;
    status.textContent = plural(total, t.unit || 'row') + (pages > 1 ? ' · page ' + t.page + ' of ' + pages : '');
  };
  return t;
}

/** A list the API pages: {host, id, caption, endpoint, params() -> URLSearchParams, columns, search?, name}. */
function serverTable(t) {
  tableShell(t);
  t.load = async () => {
    const q = t.params ? t.params() : new URLSearchParams();
    if (t.search && $(t.id + '-q').value.trim()) q.set('q', $(t.id + '-q').value.trim());
    const csv = new URLSearchParams(q); csv.set('format', 'csv');
    $(t.id + '-csv').href = t.endpoint + '?' + csv;
    q.set('page', String(t.page)); q.set('size', String(PAGE));
    const page = await api(t.endpoint + '?' + q);
    t.fill(page.items, page.total);
    return page;
  };
  return t;
}

/** A list held by the page: {host, id, caption, rows, columns, csvColumns, search?, name}; search matches any cell's text. */
function memoryTable(t) {
  tableShell(t);
  const text = (r) => t.csvColumns.map(c => { const v = c.value ? c.value(r) : r[c.key]; return v === null || v === undefined ? '' : String(v); }).join(' ').toLowerCase();
  const kept = () => { const q = t.search ? $(t.id + '-q').value.trim().toLowerCase() : ''; return q ? t.rows.filter(r => text(r).includes(q)) : t.rows; };
  t.csvRows = kept;
  t.load = async () => {
    const rows = kept();
    t.page = Math.min(Math.max(1, t.page), Math.max(1, Math.ceil(rows.length / PAGE)));
    t.fill(rows.slice((t.page - 1) * PAGE, t.page * PAGE), rows.length);
  };
  t.load();
  return t;
}

// ---- routing: #provider, #counsellor, #policy, #quality, #skill/ID, #occupation/ID, #credential/ID ----------
const VIEWS = ['provider', 'counsellor', 'policy', 'quality'];
const PAGES = { skill: showSkill, occupation: showOccupation, credential: showCredential };

async function route() {
  clearError();
  const hash = decodeURIComponent((location.hash || '#provider').slice(1));
  const slash = hash.indexOf('/');
  const name = slash < 0 ? hash : hash.slice(0, slash), arg = slash < 0 ? null : hash.slice(slash + 1);
  const view = PAGES[name] && arg ? name : VIEWS.includes(name) ? name : 'provider';
  document.querySelectorAll('.view').forEach(s => { s.hidden = s.id !== 'view-' + view; });
  document.querySelectorAll('nav a[data-view]').forEach(a => { if (a.dataset.view === view) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current'); });
  try {
    if (PAGES[view]) {
      $('view-' + view).replaceChildren(el('h2', { id: view + '-title', tabindex: '-1' }, 'Loading…'));
      await PAGES[view](arg);
    }
    else if (view === 'policy' && !state.policyLoaded) { state.policyLoaded = true; await loadPolicy(); }
    else if (view === 'quality') await loadQuality();
  } catch (e) {
    if (PAGES[view]) $('view-' + view).replaceChildren(el('h2', { id: view + '-title', tabindex: '-1' }, 'Not found'), el('p', {}, e.message));
    showError(e);
  }
  // after a link inside the page, the new page's heading takes the focus (screen readers announce it)
  if (state.routed) { const h = document.querySelector('#view-' + view + ' h2'); if (h) h.focus(); }
  state.routed = true;
}
window.addEventListener('hashchange', () => route());

// ---- provider view -----------------------------------------------------------------------------
function catalogueParams() {
  const q = new URLSearchParams();
  if ($('provider').value.trim()) q.set('provider', $('provider').value.trim());
  if ($('catalogue-q').value.trim()) q.set('q', $('catalogue-q').value.trim());
  if ($('catalogue-green').checked) q.set('green', 'true');
  if ($('catalogue-digital').checked) q.set('digital', 'true');
  return q;
}
const catalogue = serverTable({
  host: $('catalogue-table'), id: 'catalogue', caption: 'Credentials', name: 'credentials', endpoint: '/api/credentials', unit: 'credential',
  params: catalogueParams, empty: 'No credential matches these filters.',
  columns: [
    { label: 'Credential', cell: c => credentialLink(c.credentialId, c.title) },
    { label: 'Provider', cell: c => c.awardingBody || '–' },
    { label: 'Relevance', cell: c => scoreBar(c.relevance) },
    { label: 'Percentile', num: true, cell: c => num(c.relevancePercentile, 0) },
    { label: 'Green', num: true, cell: c => num(c.green, 0) },
    { label: 'Digital', num: true, cell: c => num(c.digital, 0) },
    { label: 'Skills', num: true, cell: c => c.skills }],
});

async function loadCatalogue() {
  catalogue.page = 1;
  await Promise.all([catalogue.load(), loadRecommendations()]);
}

async function loadRecommendations() {
  const provider = $('provider').value.trim();
  const q = new URLSearchParams({ proposals: '50' });
  if (provider) q.set('provider', provider);
  const r = await api('/api/providers/recommendations?' + q);
  state.proposals = r.proposed;
  const shown = r.proposed.slice(0, 5);
  $('proposals').replaceChildren(...shown.map(b => el('li', {},
    el('strong', {}, b.labels.join(' + ')), ' ', flags(b),
    el('div', { class: 'muted' }, b.vacancies + ' vacancies ask for these skills (' + b.allTogether + ' for all of them)'
      + (b.scopeType && b.scopeType !== 'all' ? ' in ' + b.scopeType + ' ' + b.scope : '')),
    b.occupations.length ? el('div', { class: 'muted' }, 'serves: ', b.occupations.map((o, i) => [i ? ', ' : '', occupationLink(idOf(o.uri), o.label)])) : null,
    b.why ? el('div', { class: 'why-proposal' }, 'why for you: ' + b.why) : null)));
  if (!r.proposed.length) {
    $('proposals').replaceChildren(el('li', { class: 'muted' }, r.proposalsFor === 'provider'
      ? 'No gap bundle of this run is close to this catalogue.' : 'No gap bundles in this run.'));
  } else if (r.proposed.length > shown.length) {
    $('proposals').append(el('li', { class: 'muted more' }, (r.proposed.length - shown.length) + ' more in the download'));
  }
  $('proposals-export').disabled = !r.proposed.length;
  $('weakest').replaceChildren(...r.weakest.map(c => el('li', {}, credentialLink(c.credentialId, c.title), ' (relevance ' + num(c.relevance) + ')',
    (c.otherVersions || []).length ? el('div', { class: 'muted' }, 'also in other languages: ' + c.otherVersions.map(v => v.title).join('; ')) : null,
    el('div', { class: 'muted' }, c.why))));
  if (!provider) $('weakest').replaceChildren(el('li', { class: 'muted' }, 'Choose a provider above.'));
}

function exportProposals() {
  const cols = [{ key: 'rank' , value: b => state.proposals.indexOf(b) + 1 }, { key: 'skills', value: b => b.labels }, { key: 'skillUris', value: b => b.skills },
    { key: 'vacancies' }, { key: 'allTogether' }, { key: 'scopeType' }, { key: 'scope' }, { key: 'green' }, { key: 'digital' },
    { key: 'occupations', value: b => b.occupations.map(o => o.label) }, { key: 'fit' }, { key: 'why' }];
  const provider = $('provider').value.trim();
  download('skillscope-proposals' + (provider ? '-' + provider.replace(/[^A-Za-z0-9]+/g, '-') : '') + '.csv', csvText(cols, state.proposals || []));
}

// the provider picker searches every provider of the run as one types (not a list cut at some length)
let providerTimer = null;
function suggestProviders() {
  clearTimeout(providerTimer);
  providerTimer = setTimeout(async () => {
    const q = new URLSearchParams({ size: '20' });
    if ($('provider').value.trim()) q.set('q', $('provider').value.trim());
    const r = await api('/api/providers?' + q).catch(() => ({ items: [] }));
    $('provider-list').replaceChildren(...r.items.map(p => el('option', { value: p.provider }, plural(p.credentials, 'credential'))));
  }, 200);
}
$('provider').addEventListener('input', suggestProviders);
$('provider').addEventListener('focus', suggestProviders);
$('provider').addEventListener('change', () => loadCatalogue().catch(showError));
$('catalogue-form').addEventListener('submit', (e) => { e.preventDefault(); loadCatalogue().catch(showError); });
$('proposals-export').addEventListener('click', exportProposals);

// ---- credential page -------------------------------------------------------------------------------
async function showCredential(id) {
  const c = await api('/api/credentials/' + enc(id));
  const page = $('view-credential');
  const chart = el('div', { class: 'chart', id: 'chart-breakdown', tabindex: '0', role: 'region', 'aria-label': 'Score breakdown chart' });
  const elements = el('table', { class: 'data elements', id: 'standard-elements' },
    el('caption', {}, 'The 16 standard elements (Annex I of the Council Recommendation)'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, '#'), el('th', { scope: 'col' }, 'Element'), el('th', { scope: 'col' }, 'Value'))),
    el('tbody', {}, c.standardElements.map(e => el('tr', { class: e.present ? null : 'absent' },
      el('td', {}, e.number), el('th', { scope: 'row' }, e.element, e.mandatory ? '' : el('span', { class: 'muted' }, ' (optional)')),
      el('td', {}, e.present ? (Array.isArray(e.value) ? el('ul', {}, e.value.map(v => el('li', {}, v))) : String(e.value))
        : el('span', { class: 'muted' }, e.mandatory && e.number !== 1 ? 'missing' : 'not given'))))));
  fill(page,
    el('p', { class: 'crumbs' }, el('a', { href: '#provider' }, 'Catalogue'), ' › credential'),
    el('h2', { id: 'credential-title', tabindex: '-1' }, c.title || c.credentialId),
    el('p', { class: 'summary' }, c.summary),
    el('p', {}, (c.awardingBody || 'unknown awarding body') + (c.relevance === null ? ' · not scored' : ' · relevance ' + num(c.relevance)
      + ' (percentile ' + num(c.relevancePercentile, 0) + ') · green ' + num(c.green, 0) + ' · digital ' + num(c.digital, 0))
      + (c.url ? ' · ' : ''), c.url ? el('a', { href: c.url, rel: 'noopener' }, 'course page') : null),
    el('p', { class: 'downloads' }, 'Download with its ESCO skills: ',
      el('a', { href: '/api/credentials/' + enc(c.credentialId) + '/export?format=elm', download: '', id: 'export-elm' }, 'European Learning Model (JSON-LD)'), ' · ',
      el('a', { href: '/api/credentials/' + enc(c.credentialId) + '/export?format=ob3', download: '', id: 'export-ob3' }, 'Open Badges 3.0')),
    el('h3', {}, c.relevance === null ? 'Not scored: what it teaches is unknown' : 'Why it scores ' + num(c.relevance) + ': each skill\'s contribution'),
    chart,
    el('div', { id: 'credential-skills' }),
    el('h3', {}, 'Occupations it prepares for'),
    el('div', { id: 'credential-occupations' }),
    el('h3', {}, 'Standard elements'),
    c.standardElementsNote ? el('p', { class: 'muted' }, c.standardElementsNote) : null,
    el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Standard elements (scrolls sideways)' }, elements));
  drawBreakdown(chart, c.skills.slice(0, 15), c.skills.length);
  memoryTable({
    host: $('credential-skills'), id: 'credential-skill-table', caption: 'Skills with evidence and confidence', name: 'credential-skills', unit: 'skill',
    rows: c.skills, search: 'skill or outcome', empty: 'No learning outcome maps to an ESCO skill.',
    columns: [
      { label: 'Skill', cell: s => [skillLink(s.id, s.label), ' ', flags(s)] },
      { label: 'Confidence', num: true, cell: s => num(s.confidence, 2) },
      { label: 'Stated by', cell: s => s.declared ? 'declared by the provider' : s.evidenceOutcome ? '“' + s.evidenceOutcome + '”' : '–' },
      { label: 'Vacancies', num: true, cell: s => s.vacancies },
      { label: 'Share', num: true, cell: s => pct(s.share) },
      { label: 'Growth', cell: growthCell },
      { label: 'Contribution', num: true, cell: s => sig(s.contribution) },
      { label: 'Why', cell: s => s.why }],
    csvColumns: ['id', 'skillUri', 'label', 'confidence', 'declared', 'evidenceOutcome', 'evidenceLabel', 'vacancies', 'share', 'shrunkShare', 'specificity',
      'contribution', 'green', 'digital', 'why'].map(key => ({ key })).concat([{ key: 'growth', value: s => s.growth ? s.growth.rate : null }, { key: 'growthClear' }]),
  });
  memoryTable({
    host: $('credential-occupations'), id: 'credential-occupation-table', caption: 'Occupations by essential-skill coverage', name: 'credential-occupations',
    unit: 'occupation', rows: c.occupations, empty: 'No occupation reaches the coverage threshold.',
    columns: [
      { label: 'Occupation', cell: o => occupationLink(idOf(o.occupationUri), o.label) },
      { label: 'Essential skills covered', cell: o => o.covered + ' of ' + o.essential },
      { label: 'Coverage', num: true, cell: o => pct(o.coverage) },
      { label: 'Vacancies', num: true, cell: o => o.vacancies }],
    csvColumns: ['occupationUri', 'label', 'covered', 'essential', 'coverage', 'vacancies'].map(key => ({ key })),
  });
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// horizontal bars: each skill's contribution to the relevance score, largest first
function drawBreakdown(host, skills, total) {
  if (!skills.length) { host.replaceChildren(el('p', { class: 'muted' }, 'No skill contributes: the score is 0.')); return; }
  const W = 640, label = 230, rowH = 22, H = skills.length * rowH + 24;
  const max = Math.max(1e-9, ...skills.map(s => s.contribution));
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'contribution of each skill to the relevance score: '
    + skills.map(x => x.label + ' ' + sig(x.contribution)).join(', ') });
  skills.forEach((k, i) => {
    const y = 4 + i * rowH, w = (W - label - 60) * k.contribution / max;
    s.append(svg('text', { x: 0, y: y + 13, 'font-size': 12 }, k.label.length > 34 ? k.label.slice(0, 33) + '…' : k.label));
    s.append(svg('rect', { x: label, y: y + 2, width: Math.max(1, w), height: 14, class: 'contribution-bar' + (k.green ? ' green' : k.digital ? ' digital' : '') }));
    s.append(svg('text', { x: label + w + 4, y: y + 13, 'font-size': 11 }, sig(k.contribution)));
  });
  s.append(svg('text', { x: 0, y: H - 4, 'font-size': 11, class: 'legend-text' },
    total > skills.length ? 'the ' + skills.length + ' largest of ' + total + ' skills; all are in the table below' : 'all ' + total + ' skills'));
  host.replaceChildren(s);
}

// ---- skill page ------------------------------------------------------------------------------------
async function showSkill(id) {
  const s = await api('/api/skills/' + enc(id) + '?size=1');
  const run = state.run || {};
  const page = $('view-skill');
  const dated = run.datedVacancies, undated = run.undatedVacancies;
  fill(page,
    el('p', { class: 'crumbs' }, el('a', { href: '#policy' }, 'Policy'), ' › skill'),
    el('h2', { id: 'skill-title', tabindex: '-1' }, s.label, ' ', flags(s)),
    el('p', {}, s.description || ''),
    el('p', { class: 'muted' }, [s.skillType, s.reuseLevel].filter(x => x).join(' · '), s.altLabels.length ? ' · also: ' + s.altLabels.slice(0, 8).join(', ') : ''),
    el('h3', {}, 'Demand by scope'),
    el('div', { id: 'skill-demand' }),
    el('h3', {}, 'Monthly trend (all vacancies)'),
    el('p', { class: 'muted', id: 'trend-caveat' }, dated !== undefined && dated !== null
      ? 'Rests on the ' + dated + ' dated vacancies only; ' + undated + ' carry no date and are not in this chart.' : 'Rests on dated vacancies only.'),
    el('div', { class: 'chart', id: 'chart-trend', tabindex: '0', role: 'region', 'aria-label': 'Monthly trend chart' }),
    el('h3', {}, 'Evidence: what the vacancies say'),
    el('p', { class: 'muted' }, plural(s.evidenceVacancies, 'vacancy', 'vacancies') + ' state this skill; "stated" means a sentence of the ad says it, '
      + '"inferred" that the ad has it without one.'),
    el('div', { id: 'skill-evidence' }),
    el('h3', {}, 'Credentials teaching it'),
    el('div', { id: 'skill-credentials' }),
    el('h3', {}, 'Occupations needing it'),
    el('div', { id: 'skill-occupations' }));
  memoryTable({
    host: $('skill-demand'), id: 'skill-demand-table', caption: 'Demand by scope', name: 'skill-demand', rows: s.demand, search: 'country, region or sector',
    unit: 'scope', rowHeader: true,
    columns: [
      { label: 'Scope', cell: d => d.scopeType === 'all' ? 'all vacancies' : d.scopeType + ': ' + d.scope },
      { label: 'Vacancies asking', num: true, cell: d => d.vacancies + ' of ' + d.scopeVacancies },
      { label: 'Share', num: true, cell: d => pct(d.share) },
      { label: 'Share, small-number adjusted', num: true, cell: d => pct(d.shrunkShare) },
      { label: 'Growth', cell: growthCell },
      { label: 'Credentials teaching', num: true, cell: d => d.credentialsTeaching }],
    csvColumns: ['scopeType', 'scope', 'vacancies', 'scopeVacancies', 'share', 'shrunkShare', 'specificity', 'skillGroup', 'credentialsTeaching', 'growthClear']
      .map(key => ({ key })).concat([{ key: 'growth', value: d => d.growth ? d.growth.rate : null }]),
  });
  drawTrend($('chart-trend'), s.trend);
  const evidence = serverTable({
    host: $('skill-evidence'), id: 'skill-evidence-table', caption: 'Evidence sentences', name: 'skill-evidence', unit: 'vacancy',
    endpoint: '/api/skills/' + enc(s.id) + '/evidence', empty: 'No vacancy of this run states this skill.',
    columns: [
      { label: 'Vacancy', cell: v => [el('code', {}, v.vacancyId), el('div', {}, v.title || '')] },
      { label: 'Where and when', cell: v => [v.country, v.region, v.ym].filter(x => x).join(' · ') || '–' },
      { label: 'Sentence', cell: v => v.sentence ? '“' + v.sentence + '”' : '–' },
      { label: 'Score', num: true, cell: v => num(v.score, 2) },
      { label: 'Stated', cell: v => v.stated ? 'stated' : 'inferred' }],
  });
  const credentials = serverTable({
    host: $('skill-credentials'), id: 'skill-credential-table', caption: 'Credentials teaching this skill', name: 'skill-credentials', unit: 'credential',
    endpoint: '/api/skills/' + enc(s.id) + '/credentials', empty: 'No credential in the catalogue teaches this skill.',
    columns: [
      { label: 'Credential', cell: c => credentialLink(c.credentialId, c.title) },
      { label: 'Provider', cell: c => c.awardingBody || '–' },
      { label: 'Confidence', num: true, cell: c => num(c.confidence, 2) },
      { label: 'Outcome stating it', cell: c => c.declared ? 'declared by the provider' : c.evidenceOutcome || '–' },
      { label: 'Relevance', num: true, cell: c => num(c.relevance) }],
  });
  memoryTable({
    host: $('skill-occupations'), id: 'skill-occupation-table', caption: 'Occupations needing this skill', name: 'skill-occupations', unit: 'occupation',
    rows: s.occupations, search: 'occupation',
    columns: [{ label: 'Occupation', cell: o => occupationLink(o.id, o.label) }, { label: 'As', cell: o => o.essential ? 'essential' : 'optional' }],
    csvColumns: ['id', 'uri', 'label', 'essential'].map(key => ({ key })),
  });
  await Promise.all([evidence.load(), credentials.load()]);
}

// monthly share of dated vacancies asking for the skill, each bar with its counts
function drawTrend(host, trend) {
  if (!trend.length) { host.replaceChildren(el('p', { class: 'muted' }, 'No dated vacancy asks for this skill.')); return; }
  const W = 640, H = 200, base = 160, bw = Math.min(40, (W - 40) / trend.length - 4);
  const max = Math.max(1e-9, ...trend.map(t => t.vacancies / t.ymVacancies));
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'monthly share of dated vacancies asking for the skill: '
    + trend.map(t => t.ym + ' ' + t.vacancies + ' of ' + t.ymVacancies).join(', ') });
  trend.forEach((t, i) => {
    const share = t.vacancies / t.ymVacancies, h = 130 * share / max, x = 20 + i * (bw + 4);
    const bar = svg('rect', { x, y: base - h, width: bw, height: Math.max(1, h), class: 'trend-bar' });
    bar.append(svg('title', {}, t.ym + ': ' + t.vacancies + ' of ' + t.ymVacancies + ' dated vacancies (' + pct(share) + ')'));
    s.append(bar);
    s.append(svg('text', { x: x + bw / 2, y: base - h - 4, 'text-anchor': 'middle', 'font-size': 10 }, t.vacancies));
    s.append(svg('text', { x: x + bw / 2, y: base + 14, 'text-anchor': 'middle', 'font-size': 10, transform: `rotate(45 ${x + bw / 2} ${base + 14})` }, t.ym));
  });
  host.replaceChildren(s);
}

// ---- occupation page -------------------------------------------------------------------------------
async function showOccupation(id) {
  const o = await api('/api/occupations/' + enc(id));
  const page = $('view-occupation');
  const all = (o.demand || []).find(d => d.scopeType === 'all');
  fill(page,
    el('p', { class: 'crumbs' }, el('a', { href: '#counsellor' }, 'Counsellor'), ' › occupation'),
    el('h2', { id: 'occupation-title', tabindex: '-1' }, o.label),
    el('p', {}, o.description || ''),
    el('p', { class: 'muted' }, 'ESCO code ' + (o.code || '–') + ' · ISCO group ' + (o.iscoGroup || '–') + ' · '
      + (all ? all.vacancies + ' of ' + all.scopeVacancies + ' vacancies (' + pct(all.share) + ')' : 'no vacancy of this run maps to it')),
    el('h3', {}, 'Essential skills'), el('div', { id: 'occupation-essential' }),
    el('h3', {}, 'Optional skills'), el('div', { id: 'occupation-optional' }),
    el('h3', {}, 'Demand by scope'), el('div', { id: 'occupation-demand' }),
    el('h3', {}, 'Its vacancies'), el('div', { id: 'occupation-vacancies' }),
    el('h3', {}, 'Credentials preparing for it'), el('div', { id: 'occupation-credentials' }));
  const skillColumns = [
    { label: 'Skill', cell: s => [skillLink(s.id, s.label), ' ', flags(s)] },
    { label: 'Vacancies asking', num: true, cell: s => s.vacancies },
    { label: 'Share', num: true, cell: s => pct(s.share) },
    { label: 'Credentials teaching', num: true, cell: s => s.credentialsTeaching }];
  const skillCsv = ['id', 'uri', 'label', 'vacancies', 'share', 'credentialsTeaching', 'green', 'digital'].map(key => ({ key }));
  memoryTable({ host: $('occupation-essential'), id: 'occupation-essential-table', caption: 'Essential skills', name: 'occupation-essential-skills',
    unit: 'skill', rows: o.essentialSkills, search: 'skill', columns: skillColumns, csvColumns: skillCsv });
  memoryTable({ host: $('occupation-optional'), id: 'occupation-optional-table', caption: 'Optional skills', name: 'occupation-optional-skills',
    unit: 'skill', rows: o.optionalSkills, search: 'skill', columns: skillColumns, csvColumns: skillCsv });
  memoryTable({ host: $('occupation-demand'), id: 'occupation-demand-table', caption: 'Demand by scope', name: 'occupation-demand', unit: 'scope',
    rows: o.demand, search: 'scope', rowHeader: true,
    columns: [{ label: 'Scope', cell: d => d.scopeType === 'all' ? 'all vacancies' : d.scopeType + ': ' + d.scope },
      { label: 'Vacancies', num: true, cell: d => d.vacancies + ' of ' + d.scopeVacancies }, { label: 'Share', num: true, cell: d => pct(d.share) }],
    csvColumns: ['scopeType', 'scope', 'vacancies', 'scopeVacancies', 'share'].map(key => ({ key })) });
  const vacancies = serverTable({
    host: $('occupation-vacancies'), id: 'occupation-vacancy-table', caption: 'Vacancies mapped to this occupation', name: 'occupation-vacancies',
    unit: 'vacancy', endpoint: '/api/occupations/' + enc(o.id) + '/vacancies', empty: 'No vacancy title of this run maps to this occupation.',
    columns: [{ label: 'Vacancy', cell: v => [el('code', {}, v.vacancyId), el('div', {}, v.title || '')] },
      { label: 'Where and when', cell: v => [v.country, v.region, v.ym].filter(x => x).join(' · ') || '–' },
      { label: 'Title match', num: true, cell: v => num(v.occupationScore, 2) }, { label: 'Skills', num: true, cell: v => v.skills }] });
  const credentials = serverTable({
    host: $('occupation-credentials'), id: 'occupation-credential-table', caption: 'Credentials preparing for this occupation', name: 'occupation-credentials',
    unit: 'credential', endpoint: '/api/occupations/' + enc(o.id) + '/credentials', empty: 'No credential covers enough of its essential skills.',
    columns: [{ label: 'Credential', cell: c => credentialLink(c.credentialId, c.title) }, { label: 'Provider', cell: c => c.awardingBody || '–' },
      { label: 'Essential skills covered', cell: c => c.covered + ' of ' + c.essential + ' (' + pct(c.coverage) + ')' },
      { label: 'Relevance', num: true, cell: c => num(c.relevance) }] });
  await Promise.all([vacancies.load(), credentials.load()]);
}

// ---- counsellor view ------------------------------------------------------------------------------
// Occupations go to the API as typed (a label, a job title or an id): the API resolves them and answers with
// its choice, a score and the alternatives, which the page offers to pick from.

let suggestTimer = null;
function suggestOccupations(e) {
  clearTimeout(suggestTimer);
  const q = e.target.value.trim();
  if (q.length < 2) return;
  suggestTimer = setTimeout(async () => {
    const r = await api('/api/occupations?size=10&q=' + enc(q)).catch(() => ({ items: [] }));
    $('occupation-list').replaceChildren(...r.items.map(o => el('option', { value: o.label })));
  }, 200);
}
$('current-occupation').addEventListener('input', suggestOccupations);
$('target-occupation').addEventListener('input', suggestOccupations);
// a new current occupation offers new skills: forget the ticks given for the old one
$('current-occupation').addEventListener('change', () => { state.confirmed = new Set(); });

function pickButtons(inputId, options) {
  return options.map(o => el('button', { type: 'button', class: 'pick', 'data-input': inputId,
    onclick: () => { $(inputId).value = o.id; findPlan().catch(planError); } }, o.label + ' (' + num(o.score, 2) + ')'));
}

function occupationView(kind, inputId, o) {
  return el('p', { class: 'resolved', id: inputId + '-resolved' },
    kind + ': ', el('strong', {}, occupationLink(o.id, o.label)),
    o.sure ? ' (matched “' + o.matchedLabel + '”)' : ' (a guess from “' + o.matchedLabel + '”, score ' + num(o.score, 2) + ': check it)',
    o.alternatives.length ? el('span', { class: 'muted' }, ' · or did you mean: ') : null, pickButtons(inputId, o.alternatives));
}

function offeredView(r) {
  if (!r.offeredSkills.length) return null;
  return el('fieldset', { id: 'offered-skills' },
    el('legend', {}, 'Essential skills of ' + r.currentOccupation.label + ': tick those the jobseeker has, then find the credentials again'),
    r.offeredSkills.map(s => el('label', { class: 'offered' },
      Object.assign(el('input', { type: 'checkbox', value: s.uri, onchange: (e) => {
        if (e.target.checked) state.confirmed.add(s.uri); else state.confirmed.delete(s.uri);
      } }), { checked: state.confirmed.has(s.uri) }), ' ' + s.label)));
}

function planView(p, title) {
  const notTaught = p.uncovered.filter(s => s.leftOut === 'not-taught');
  const leftOut = p.uncovered.filter(s => s.leftOut !== 'not-taught');
  const ects = p.ectsKnown === p.credentials.length ? num(p.totalEcts) + ' ECTS'
    : num(p.totalEcts) + ' ECTS known for ' + p.ectsKnown + ' of ' + p.credentials.length + ' credentials';
  const eqf = p.eqf.known ? ', EQF ' + (p.eqf.min === p.eqf.max ? p.eqf.min : p.eqf.min + '–' + p.eqf.max)
    + (p.eqf.known < p.credentials.length ? ' (known for ' + p.eqf.known + ')' : '') : '';
  return el('div', { class: 'plan-result' },
    el('h3', {}, title),
    el('p', {}, p.missing.length + ' essential skill' + (p.missing.length === 1 ? '' : 's') + ' missing; the plan covers ' + pct(p.coverage)
      + ' of them with ' + p.credentials.length + ' credential' + (p.credentials.length === 1 ? '' : 's') + ' (' + ects + eqf + ').'),
    p.credentials.map((c, i) => el('div', { class: 'plan-step' },
      el('strong', {}, (i + 1) + '. ', credentialLink(c.credentialId, c.title)), ' · EQF ' + (c.eqfLevel ?? '–') + ' · ' + (c.workloadEcts ?? '–') + ' ECTS · relevance ' + num(c.relevance),
      el('div', {}, 'covers: ' + c.covers.map(s => s.label).join(', ')))),
    leftOut.length ? el('div', { class: 'left-out' }, el('p', {}, 'Taught in the catalogue but not in this plan:'),
      el('ul', {}, leftOut.map(s => el('li', {}, s.label + ': ' + s.why)))) : null,
    notTaught.length ? el('p', { class: 'muted' }, 'No credential in the catalogue teaches: ' + notTaught.map(s => s.label).join(', ')) : null);
}

function planError(err) {
  const out = [];
  const suggestions = err.problem && err.problem.suggestions;
  if (suggestions && suggestions.length) {
    out.push(el('p', { class: 'resolved' }, 'Did you mean: ', pickButtons(err.problem.field === 'currentOccupation' ? 'current-occupation' : 'target-occupation', suggestions)));
  }
  $('plan').replaceChildren(...out);
  showError(err);
}

async function findPlan() {
  clearError();
  state.confirmed = state.confirmed || new Set();
  $('plan').replaceChildren(el('p', { class: 'muted' }, 'Working…'));
  const body = {
    skills: [...state.confirmed],
    skillsText: $('skills-text').value.trim() || null,
    currentOccupation: $('current-occupation').value.trim() || null,
    targetOccupation: $('target-occupation').value.trim() || null,
  };
  const r = await api('/api/upskilling', body);
  const out = [];
  if (r.currentOccupation) out.push(occupationView('Current occupation', 'current-occupation', r.currentOccupation));
  if (r.targetOccupation) out.push(occupationView('Target occupation', 'target-occupation', r.targetOccupation));
  out.push(offeredView(r));
  out.push(el('p', { class: 'muted' }, 'Skills taken into account: ' + (r.have.map(s => s.label).join(', ') || 'none')));
  if (r.plan) {
    out.push(planView(r.plan, 'Towards ' + r.targetOccupation.label));
  } else if (r.suggestions.length) {
    out.push(el('h3', {}, 'Nearby occupations in demand'));
    out.push(el('ol', { id: 'suggestions' }, r.suggestions.map(s => el('li', {}, el('strong', {}, s.label),
      ': ' + s.why + ', ' + s.missing + ' to learn'))));
    out.push(planView(r.suggestions[0].plan, 'Plan towards ' + r.suggestions[0].label));
  } else {
    out.push(el('p', {}, r.note || 'No nearby occupation found: add skills or a target occupation.'));
  }
  $('plan').replaceChildren(...out.filter(x => x));
}
$('jobseeker-form').addEventListener('submit', (e) => { e.preventDefault(); findPlan().catch(planError); });

// ---- policy view ----------------------------------------------------------------------------------
function scopeParams(value) {
  const v = value || 'all|*', bar = v.indexOf('|');
  const type = v.slice(0, bar), scope = v.slice(bar + 1);
  const q = new URLSearchParams({ scopeType: type });
  if (type !== 'all') q.set('scope', scope);
  return q;
}
const scopeLabel = (x) => x.scopeType === 'all' ? 'All vacancies (' + x.vacancies + ')' : x.scopeType + ': ' + x.scope + ' (' + x.vacancies + ')';

const gaps = serverTable({
  host: $('gaps-table'), id: 'gaps', caption: 'Skills in demand that no credential teaches', name: 'gaps', endpoint: '/api/gaps', unit: 'gap',
  search: null, empty: 'No gap in this scope.',
  params: () => {
    const q = scopeParams($('scope').value);
    if ($('gaps-green').checked) q.set('green', 'true');
    if ($('gaps-digital').checked) q.set('digital', 'true');
    if ($('gaps-stated').checked) q.set('source', 'stated');
    return q;
  },
  columns: [
    { label: '#', num: true, cell: g => g.rankNo },
    { label: 'Skill', cell: g => skillLink(g.id, g.label) },
    // inferred: ads in another language whose occupation needs the skill (docs/languages.md)
    { label: 'Vacancies', num: true, cell: g => g.inferredVacancies ? g.vacancies + ' (' + g.inferredVacancies + ' inferred)' : g.vacancies },
    { label: 'Share', num: true, cell: g => pct(g.share) },
    { label: 'Growth', cell: growthCell },
    { label: 'Flags', cell: g => flags(g) },
    { label: 'Why', cell: g => g.reason || '' }],
});

async function loadScopes() {
  if (state.scopes) return;
  const s = await api('/api/scopes');
  state.scopes = s.scopes;
  state.scopeSizes = Object.fromEntries(s.scopes.map(x => [x.scopeType + '|' + x.scope, x.vacancies]));
  for (const id of ['scope', 'compare-a', 'compare-b']) {
    $(id).replaceChildren(...s.scopes.map(x => el('option', { value: x.scopeType + '|' + x.scope }, scopeLabel(x))));
  }
  const regions = s.scopes.filter(x => x.scopeType === 'region' || x.scopeType === 'country');
  if (regions.length > 1) { $('compare-a').value = regions[0].scopeType + '|' + regions[0].scope; $('compare-b').value = regions[1].scopeType + '|' + regions[1].scope; }
}

async function loadPolicy() {
  await loadScopes();
  const n = state.scopeSizes[$('scope').value || 'all|*'];
  // the job's limits (docs/scoring.md): a gap analysis from 20 vacancies, growth and steady shares from 100
  const small = n === undefined || n >= 100 ? [] : ['This scope holds ' + n + ' vacancies: its shares move with a few ads, and it has no growth figure'
    + (n < 20 ? '; too few for a gap analysis (20 at least): demand and supply vs demand are still shown.' : '.')];
  $('policy-warnings').replaceChildren(warningList(['demand', 'gaps', 'growth', 'supplyDemand'], small));
  gaps.page = 1;
  await Promise.all([gaps.load(), loadCharts()]);
}

async function loadCharts() {
  const q = scopeParams($('scope').value);
  const [groups, transition] = await Promise.all([api('/api/supply-demand?' + q), api('/api/transition?' + q)]);
  drawGroups(groups.groups.slice(0, 12));
  drawTransition($('chart-transition'), transition);
}

// paired horizontal bars: demand share (vacancies asking for the group) vs supply share (credentials teaching it)
function drawGroups(rows) {
  const W = 520, label = 190, rowH = 30, H = Math.max(60, rows.length * rowH + 30);
  const max = Math.max(0.01, ...rows.map(r => Math.max(r.demandShare, r.supplyShare)));
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'supply vs demand per skill group: '
    + rows.map(r => r.skillGroup + ' demand ' + pct(r.demandShare) + ', supply ' + pct(r.supplyShare)).join('; ') });
  rows.forEach((r, i) => {
    const y = 10 + i * rowH, w = W - label - 60;
    s.append(svg('text', { x: 0, y: y + 14, 'font-size': 12 }, r.skillGroup.length > 30 ? r.skillGroup.slice(0, 29) + '…' : r.skillGroup));
    s.append(svg('rect', { x: label, y, width: Math.max(1, w * r.demandShare / max), height: 11, class: 'demand-bar' }));
    s.append(svg('rect', { x: label, y: y + 12, width: Math.max(1, w * r.supplyShare / max), height: 11, class: 'supply-bar' }));
    s.append(svg('text', { x: label + w * r.demandShare / max + 4, y: y + 10, 'font-size': 10 }, pct(r.demandShare)));
    s.append(svg('text', { x: label + w * r.supplyShare / max + 4, y: y + 22, 'font-size': 10 }, pct(r.supplyShare)));
  });
  s.append(svg('text', { x: 0, y: H - 4, 'font-size': 11, class: 'demand-text' }, '■ demand: share of vacancies'));
  s.append(svg('text', { x: 200, y: H - 4, 'font-size': 11, class: 'supply-text' }, '■ supply: share of credentials'));
  $('chart-groups').replaceChildren(rows.length ? s : el('p', { class: 'muted' }, 'No skill-group data for this scope.'));
}

// vertical bars: green and digital shares, demand vs supply
function drawTransition(host, t) {
  const bars = [
    ['green', 'demand', t.demand?.greenShare], ['green', 'supply', t.supply?.greenShare],
    ['digital', 'demand', t.demand?.digitalShare], ['digital', 'supply', t.supply?.digitalShare]];
  const W = 360, H = 220, base = 180, bw = 60;
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'green and digital shares: '
    + bars.map(([k, side, v]) => k + ' ' + side + ' ' + (v === undefined || v === null ? 'not available' : pct(v))).join(', ') });
  bars.forEach(([kind, side, v], i) => {
    const x = 20 + i * 85, h = v === undefined || v === null ? 0 : 160 * v;
    s.append(svg('rect', { x, y: base - h, width: bw, height: Math.max(h, 1), class: kind + '-' + side + ' ' + side + '-bar' }));
    s.append(svg('text', { x: x + bw / 2, y: base - h - 4, 'text-anchor': 'middle', 'font-size': 12 }, v === undefined || v === null ? 'n/a' : pct(v)));
    s.append(svg('text', { x: x + bw / 2, y: base + 16, 'text-anchor': 'middle', 'font-size': 12 }, kind));
    s.append(svg('text', { x: x + bw / 2, y: base + 32, 'text-anchor': 'middle', 'font-size': 11 }, side));
  });
  host.replaceChildren(s);
}

// two scopes side by side: their size, green and digital shares, and their top gaps
async function compareScopes() {
  const pick = [$('compare-a').value, $('compare-b').value];
  const data = await Promise.all(pick.map(async v => {
    const q = scopeParams(v);
    const [t, g] = await Promise.all([api('/api/transition?' + q), api('/api/gaps?' + q + '&size=10')]);
    return { v, t, g, csv: '/api/gaps?' + q + '&format=csv' };
  }));
  const name = (v) => scopeLabel(state.scopes.find(x => x.scopeType + '|' + x.scope === v) || { scopeType: 'all', vacancies: '?' });
  const row = (label, f) => el('tr', {}, el('th', { scope: 'row' }, label), data.map(d => el('td', {}, f(d))));
  $('compare').replaceChildren(el('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Comparison (scrolls sideways)' },
    el('table', { class: 'data', id: 'compare-table' },
      el('caption', {}, 'Two scopes side by side'),
      el('thead', {}, el('tr', {}, el('td', {}), data.map(d => el('th', { scope: 'col' }, name(d.v))))),
      el('tbody', {},
        row('Vacancies', d => d.t.demand ? d.t.demand.items : '–'),
        row('Green share of demand', d => d.t.demand ? pct(d.t.demand.greenShare) + ' (' + d.t.demand.greenItems + ')' : '–'),
        row('Digital share of demand', d => d.t.demand ? pct(d.t.demand.digitalShare) + ' (' + d.t.demand.digitalItems + ')' : '–'),
        row('Gaps', d => [String(d.g.total), ' · ', el('a', { href: d.csv, download: '' }, 'download all (CSV)')]),
        row('Top gaps', d => d.g.items.length ? el('ol', {}, d.g.items.map(g => el('li', {}, skillLink(g.id, g.label), ' (' + g.vacancies + ')'))) : 'none')))));
}
$('policy-form').addEventListener('submit', (e) => { e.preventDefault(); loadPolicy().catch(showError); });
$('scope').addEventListener('change', () => loadPolicy().catch(showError));
$('compare-form').addEventListener('submit', (e) => { e.preventDefault(); compareScopes().catch(showError); });

// ---- data quality view ----------------------------------------------------------------------------
async function loadQuality() {
  const q = await api('/api/quality');
  const host = $('quality');
  fill(host,
    el('p', {}, q.incomplete + ' of ' + plural(q.credentials, 'credential') + ' lack at least one mandatory standard element '
      + '(the learner is not counted: a catalogue has none).'),
    el('h3', {}, 'The run\'s coverage'), warningList(['demand', 'gaps', 'relevance', 'growth', 'trends', 'supplyDemand']) || el('p', { class: 'muted' }, 'No coverage warning.'),
    el('h3', {}, 'Missing mandatory elements'), el('div', { id: 'quality-elements' }),
    el('h3', {}, 'By provider'), el('div', { id: 'quality-providers' }),
    el('h3', {}, 'Languages mapped'), el('h4', {}, 'Vacancies'), el('div', { id: 'quality-vacancy-languages' }),
    el('h4', {}, 'Credentials'), el('div', { id: 'quality-credential-languages' }),
    el('h3', {}, 'Quarantine: input records the run rejected'), el('h4', {}, 'Per file'), el('div', { id: 'quality-quarantine-files' }),
    el('h4', {}, 'Each record'), el('div', { id: 'quality-quarantine' }));
  memoryTable({ host: $('quality-elements'), id: 'quality-element-table', caption: 'Credentials lacking each mandatory element', name: 'missing-elements',
    unit: 'element', rows: q.missingByElement, rowHeader: true,
    columns: [{ label: 'Element', cell: e => e.element.replaceAll('_', ' ') }, { label: 'Credentials lacking it', num: true, cell: e => e.credentials },
      { label: 'Share', num: true, cell: e => pct(e.share) }],
    csvColumns: ['element', 'credentials', 'share'].map(key => ({ key })) });
  const providers = serverTable({ host: $('quality-providers'), id: 'quality-provider-table', caption: 'Providers', name: 'quality-providers',
    unit: 'provider', endpoint: '/api/quality/providers', search: 'provider name',
    columns: [{ label: 'Provider', cell: p => p.provider || '(none given)' }, { label: 'Credentials', num: true, cell: p => p.credentials },
      { label: 'Incomplete', num: true, cell: p => p.incomplete + ' (' + pct(p.incompleteShare) + ')' },
      { label: 'Missing elements (credentials)', cell: p => p.missing.replaceAll('_', ' ') || '–' }] });
  const langColumns = (what) => [{ label: 'Language', cell: l => l.language || '(not given)' }, { label: what, num: true, cell: l => l[what.toLowerCase()] },
    { label: 'Mapped to ESCO skills', num: true, cell: l => l.mapped + ' (' + pct(l.mapped / l[what.toLowerCase()]) + ')' }];
  memoryTable({ host: $('quality-vacancy-languages'), id: 'quality-vacancy-language-table', caption: 'Vacancies by language', name: 'vacancy-languages',
    unit: 'language', rows: q.vacancyLanguages, rowHeader: true, columns: langColumns('Vacancies'),
    csvColumns: ['language', 'vacancies', 'mapped'].map(key => ({ key })) });
  memoryTable({ host: $('quality-credential-languages'), id: 'quality-credential-language-table', caption: 'Credentials by language',
    name: 'credential-languages', unit: 'language', rows: q.credentialLanguages, rowHeader: true, columns: langColumns('Credentials'),
    csvColumns: ['language', 'credentials', 'mapped'].map(key => ({ key })) });
  memoryTable({ host: $('quality-quarantine-files'), id: 'quality-quarantine-file-table', caption: 'Rejected records per file', name: 'quarantine-files',
    unit: 'file', rows: q.quarantineByFile, rowHeader: true,
    columns: [{ label: 'File', cell: f => f.file || '–' }, { label: 'Rejected', num: true, cell: f => f.rejected }],
    csvColumns: ['file', 'rejected'].map(key => ({ key })) });
  const quarantine = serverTable({ host: $('quality-quarantine'), id: 'quality-quarantine-table', caption: 'Rejected records', name: 'quarantine',
    unit: 'record', endpoint: '/api/quarantine', empty: 'The run rejected nothing.',
    columns: [{ label: 'File', cell: r => r.file || '–' }, { label: 'Line', num: true, cell: r => r.line ?? '–' }, { label: 'Field', cell: r => r.field || '–' },
      { label: 'Reason', cell: r => r.reason }] });
  await Promise.all([providers.load(), quarantine.load()]);
}

// ---- start --------------------------------------------------------------------------------------
async function start() {
  try {
    const run = await api('/api/runs/latest');
    state.run = run;
    $('run-info').textContent = 'Run ' + run.runId + ' · ESCO ' + run.escoVersion + ' · ' + run.credentials + ' credentials · '
      + run.vacancies + ' vacanc' + (run.vacancies === 1 ? 'y' : 'ies') + (run.scopeNote ? ' · ' + run.scopeNote : '');
    state.warnings = run.warnings || [];
    $('run-warnings').replaceChildren(warningList(['demand', 'gaps', 'relevance', 'growth', 'trends', 'supplyDemand']));
    await loadCatalogue();
  } catch (e) {
    $('run-info').textContent = '';
    showError(e);
  }
  await route();
}
start();
