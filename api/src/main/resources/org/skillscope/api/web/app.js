// SkillScope web page: three views over the JSON API. Plain DOM, no framework, no network beyond this server.
'use strict';

const state = { gaps: [] };

// ---- helpers ----------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  return e;
}
const $ = (id) => document.getElementById(id);
const pct = (x) => x === null || x === undefined ? '–' : (100 * x).toFixed(1) + ' %';
const num = (x, d = 1) => x === null || x === undefined ? '–' : Number(x).toFixed(d);

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
// the run's coverage warnings that affect any of these views, as a list above them
function warningList(views, extra) {
  const shown = (state.warnings || []).filter(w => w.affects.some(a => views.includes(a))).map(w => w.message).concat(extra || []);
  return shown.length ? el('ul', { class: 'warnings' }, shown.map(m => el('li', {}, m))) : '';
}
// the width through the CSSOM: a style attribute is inline style, which the Content-Security-Policy refuses
function scoreBar(v) { const bar = el('span', { class: 'bar' }); bar.style.width = Math.round(Math.max(0, Math.min(100, v))) + 'px'; return [bar, num(v)]; }

// ---- tabs ---------------------------------------------------------------------------------------
function show(view) {
  document.querySelectorAll('nav button').forEach(b => b.setAttribute('aria-selected', String(b.dataset.view === view)));
  document.querySelectorAll('.view').forEach(s => { s.hidden = s.id !== 'view-' + view; });
  location.hash = view;
  if (view === 'policy' && !state.policyLoaded) { state.policyLoaded = true; loadPolicy().catch(showError); }
}
document.querySelectorAll('nav button').forEach(b => b.addEventListener('click', () => show(b.dataset.view)));

// ---- provider view -----------------------------------------------------------------------------
async function loadCatalogue() {
  clearError();
  const q = new URLSearchParams({ size: '50' });
  if ($('provider').value) q.set('provider', $('provider').value);
  if ($('catalogue-q').value.trim()) q.set('q', $('catalogue-q').value.trim());
  if ($('catalogue-green').checked) q.set('green', 'true');
  if ($('catalogue-digital').checked) q.set('digital', 'true');
  const page = await api('/api/credentials?' + q);
  const body = $('catalogue').tBodies[0];
  body.replaceChildren(...page.items.map(c => el('tr', { 'data-id': c.credentialId, onclick: () => showCredential(c.credentialId).catch(showError) },
    el('td', {}, c.title || c.credentialId), el('td', {}, c.awardingBody || '–'), el('td', {}, scoreBar(c.relevance)),
    el('td', {}, num(c.relevancePercentile, 0)), el('td', {}, num(c.green, 0)), el('td', {}, num(c.digital, 0)), el('td', {}, c.skills))));
  $('catalogue-count').textContent = page.total + ' credential' + (page.total === 1 ? '' : 's') + (page.total > page.items.length ? ' (first ' + page.items.length + ' shown)' : '');
  await loadRecommendations();
}

async function showCredential(id) {
  const c = await api('/api/credentials/' + encodeURIComponent(id));
  const panel = $('credential-detail');
  panel.replaceChildren(
    el('h3', {}, c.title),
    el('p', { class: 'summary' }, c.summary),
    el('p', {}, 'Green ', num(c.green, 0), ' · Digital ', num(c.digital, 0), c.missingElements ? ' · Missing standard elements: ' + c.missingElements : ''),
    el('h4', {}, 'Why: skill by skill'),
    c.skills.length ? el('ul', { class: 'why' }, c.skills.map(s => el('li', {}, s.why, ' ', flags(s),
      s.evidenceOutcome ? el('div', { class: 'muted' }, 'evidence: “' + s.evidenceOutcome + '”') : null)))
      : el('p', { class: 'muted' }, 'No learning outcome maps to an ESCO skill.'),
    el('h4', {}, 'Prepares for'),
    c.occupations.length ? el('ul', {}, c.occupations.map(o => el('li', {}, o.label + ': ' + o.covered + ' of ' + o.essential + ' essential skills (' + pct(o.coverage) + ')')))
      : el('p', { class: 'muted' }, 'No occupation reaches the coverage threshold.'));
  panel.hidden = false;
}

async function loadRecommendations() {
  const q = new URLSearchParams();
  if ($('provider').value) q.set('provider', $('provider').value);
  const r = await api('/api/providers/recommendations?' + q);
  $('proposals').replaceChildren(...r.proposed.map(b => el('li', {},
    el('strong', {}, b.labels.join(' + ')), ' ', flags(b),
    el('div', { class: 'muted' }, b.vacancies + ' vacancies ask for these skills (' + b.allTogether + ' for all of them)'
      + (b.scopeType && b.scopeType !== 'all' ? ' in ' + b.scopeType + ' ' + b.scope : '')),
    b.occupations.length ? el('div', { class: 'muted' }, 'serves: ' + b.occupations.map(o => o.label).join(', ')) : null,
    b.why ? el('div', { class: 'why-proposal' }, 'why for you: ' + b.why) : null)));
  if (!r.proposed.length) {
    $('proposals').replaceChildren(el('li', { class: 'muted' }, r.proposalsFor === 'provider'
      ? 'No gap bundle of this run is close to this catalogue.' : 'No gap bundles in this run.'));
  }
  $('weakest').replaceChildren(...r.weakest.map(c => el('li', {}, el('strong', {}, c.title), ' (relevance ' + num(c.relevance) + ')',
    (c.otherVersions || []).length ? el('div', { class: 'muted' }, 'also in other languages: ' + c.otherVersions.map(v => v.title).join('; ')) : null,
    el('div', { class: 'muted' }, c.why))));
  if (!$('provider').value) $('weakest').replaceChildren(el('li', { class: 'muted' }, 'Choose a provider above.'));
}

$('catalogue-form').addEventListener('submit', (e) => { e.preventDefault(); loadCatalogue().catch(showError); });
$('provider').addEventListener('change', () => loadCatalogue().catch(showError));

// ---- counsellor view ------------------------------------------------------------------------------
// Occupations go to the API as typed (a label, a job title or an id): the API resolves them and answers with
// its choice, a score and the alternatives, which the page offers to pick from.

let suggestTimer = null;
function suggestOccupations(e) {
  clearTimeout(suggestTimer);
  const q = e.target.value.trim();
  if (q.length < 2) return;
  suggestTimer = setTimeout(async () => {
    const r = await api('/api/occupations?size=10&q=' + encodeURIComponent(q)).catch(() => ({ items: [] }));
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
    kind + ': ', el('strong', {}, o.label),
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
      el('strong', {}, (i + 1) + '. ' + c.title), ' · EQF ' + (c.eqfLevel ?? '–') + ' · ' + (c.workloadEcts ?? '–') + ' ECTS · relevance ' + num(c.relevance),
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
function scopeParams() {
  const [type, value] = ($('scope').value || 'all|*').split('|');
  const q = new URLSearchParams({ scopeType: type });
  if (type !== 'all') q.set('scope', value);
  return q;
}

async function loadPolicy() {
  if (!$('scope').options.length) {
    const s = await api('/api/scopes');
    state.scopeSizes = Object.fromEntries(s.scopes.map(x => [x.scopeType + '|' + x.scope, x.vacancies]));
    $('scope').replaceChildren(...s.scopes.map(x => el('option', { value: x.scopeType + '|' + x.scope },
      x.scopeType === 'all' ? 'All vacancies (' + x.vacancies + ')' : x.scopeType + ': ' + x.scope + ' (' + x.vacancies + ')')));
  }
  const n = state.scopeSizes[$('scope').value || 'all|*'];
  // the job's limits (docs/scoring.md): a gap analysis from 20 vacancies, growth and steady shares from 100
  const small = n === undefined || n >= 100 ? [] : ['This scope holds ' + n + ' vacancies: its shares move with a few ads, and it has no growth figure'
    + (n < 20 ? '; too few for a gap analysis (20 at least): demand and supply vs demand are still shown.' : '.')];
  $('policy-warnings').replaceChildren(warningList(['demand', 'gaps', 'growth', 'supplyDemand'], small));
  await Promise.all([loadGaps(), loadCharts()]);
}

async function loadGaps() {
  clearError();
  const q = scopeParams();
  q.set('size', '50');
  if ($('gaps-green').checked) q.set('green', 'true');
  if ($('gaps-digital').checked) q.set('digital', 'true');
  if ($('gaps-stated').checked) q.set('source', 'stated');
  const page = await api('/api/gaps?' + q);
  state.gaps = page.items;
  $('gaps').tBodies[0].replaceChildren(...page.items.map(g => el('tr', {},
    el('td', {}, g.rankNo), el('td', {}, g.label),
    el('td', g.inferredVacancies ? { title: g.inferredVacancies + ' of them inferred: ads in another language whose occupation needs the skill' } : {},
      g.inferredVacancies ? g.vacancies + ' (' + g.inferredVacancies + ' inferred)' : g.vacancies), el('td', {}, pct(g.share)),
    el('td', { title: growthTitle(g.growth) }, growthText(g.growth, g.growthClear)), el('td', {}, flags(g)), el('td', {}, g.reason || ''))));
  $('gaps-count').textContent = page.total + ' gap' + (page.total === 1 ? '' : 's') + ' in this scope';
}

async function loadCharts() {
  const q = scopeParams();
  const [groups, transition] = await Promise.all([api('/api/supply-demand?' + q), api('/api/transition?' + q)]);
  drawGroups(groups.groups.slice(0, 12));
  drawTransition(transition);
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

// paired horizontal bars: demand share (vacancies asking for the group) vs supply share (credentials teaching it)
function drawGroups(rows) {
  const W = 520, label = 190, rowH = 30, H = Math.max(60, rows.length * rowH + 30);
  const max = Math.max(0.01, ...rows.map(r => Math.max(r.demandShare, r.supplyShare)));
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'supply vs demand per skill group' });
  rows.forEach((r, i) => {
    const y = 10 + i * rowH, w = W - label - 60;
    s.append(svg('text', { x: 0, y: y + 14, 'font-size': 12 }, r.skillGroup.length > 30 ? r.skillGroup.slice(0, 29) + '…' : r.skillGroup));
    s.append(svg('rect', { x: label, y, width: Math.max(1, w * r.demandShare / max), height: 11, fill: 'var(--demand)', class: 'demand-bar' }));
    s.append(svg('rect', { x: label, y: y + 12, width: Math.max(1, w * r.supplyShare / max), height: 11, fill: 'var(--supply)', class: 'supply-bar' }));
    s.append(svg('text', { x: label + w * r.demandShare / max + 4, y: y + 10, 'font-size': 10 }, pct(r.demandShare)));
    s.append(svg('text', { x: label + w * r.supplyShare / max + 4, y: y + 22, 'font-size': 10 }, pct(r.supplyShare)));
  });
  s.append(svg('text', { x: 0, y: H - 4, 'font-size': 11, fill: 'var(--demand)' }, '■ demand: share of vacancies'));
  s.append(svg('text', { x: 200, y: H - 4, 'font-size': 11, fill: 'var(--supply)' }, '■ supply: share of credentials'));
  $('chart-groups').replaceChildren(rows.length ? s : el('p', { class: 'muted' }, 'No skill-group data for this scope.'));
}

// vertical bars: green and digital shares, demand vs supply
function drawTransition(t) {
  const bars = [
    ['green', 'demand', t.demand?.greenShare], ['green', 'supply', t.supply?.greenShare],
    ['digital', 'demand', t.demand?.digitalShare], ['digital', 'supply', t.supply?.digitalShare]];
  const W = 360, H = 220, base = 180, bw = 60;
  const s = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'green and digital shares' });
  bars.forEach(([kind, side, v], i) => {
    const x = 20 + i * 85, h = v === undefined || v === null ? 0 : 160 * v;
    s.append(svg('rect', { x, y: base - h, width: bw, height: Math.max(h, 1), fill: side === 'demand' ? 'var(--demand)' : 'var(--supply)', class: kind + '-' + side }));
    s.append(svg('text', { x: x + bw / 2, y: base - h - 4, 'text-anchor': 'middle', 'font-size': 12 }, v === undefined || v === null ? 'n/a' : pct(v)));
    s.append(svg('text', { x: x + bw / 2, y: base + 16, 'text-anchor': 'middle', 'font-size': 12 }, kind));
    s.append(svg('text', { x: x + bw / 2, y: base + 32, 'text-anchor': 'middle', 'font-size': 11, fill: '#5b6776' }, side));
  });
  $('chart-transition').replaceChildren(s);
}

function exportGaps() {
  const cols = ['rankNo', 'skillUri', 'label', 'vacancies', 'share', 'growth', 'growthClear', 'earlierPeriod', 'earlierVacancies',
    'earlierCount', 'laterPeriod', 'laterVacancies', 'laterCount', 'green', 'digital', 'reason'];
  const quote = (v) => '"' + String(v ?? '').replaceAll('"', '""') + '"';
  const cell = (g, c) => c === 'growth' ? g.growth?.rate : c in g ? g[c] : g.growth?.[c];
  const csv = [cols.join(',')].concat(state.gaps.map(g => cols.map(c => quote(cell(g, c))).join(','))).join('\n');
  const a = el('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: 'skillscope-gaps.csv' });
  document.body.append(a); a.click(); a.remove();
}
$('policy-form').addEventListener('submit', (e) => { e.preventDefault(); loadPolicy().catch(showError); });
$('scope').addEventListener('change', () => loadPolicy().catch(showError));
$('gaps-export').addEventListener('click', exportGaps);

// ---- start --------------------------------------------------------------------------------------
async function start() {
  try {
    const run = await api('/api/runs/latest');
    $('run-info').textContent = 'Run ' + run.runId + ' · ESCO ' + run.escoVersion + ' · ' + run.credentials + ' credentials · '
      + run.vacancies + ' vacanc' + (run.vacancies === 1 ? 'y' : 'ies') + (run.scopeNote ? ' · ' + run.scopeNote : '');
    state.warnings = run.warnings || [];
    $('run-warnings').replaceChildren(warningList(['demand', 'gaps', 'relevance', 'growth', 'trends', 'supplyDemand']));
    const providers = await api('/api/providers?size=200');
    $('provider').append(...providers.items.map(p => el('option', { value: p.provider }, p.provider + ' (' + p.credentials + ')')));
    await loadCatalogue();
  } catch (e) {
    $('run-info').textContent = '';
    showError(e);
  }
  const view = (location.hash || '#provider').slice(1);
  show(['provider', 'counsellor', 'policy'].includes(view) ? view : 'provider');
}
start();
