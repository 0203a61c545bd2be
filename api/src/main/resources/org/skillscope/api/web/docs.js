// The docs page: lists the endpoints of /openapi.json (a file, not inline: the Content-Security-Policy allows no inline script).
'use strict';
fetch('/openapi.json').then(r => r.json()).then(doc => {
  const ops = document.getElementById('ops');
  ops.textContent = '';
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const d = document.createElement('div');
      d.className = 'op';
      const h = document.createElement('div');
      const m = document.createElement('span'); m.className = 'method ' + method; m.textContent = method.toUpperCase();
      const p = document.createElement('code'); p.textContent = path;
      h.append(m, ' ', p, ' – ' + op.summary);
      d.append(h);
      const params = (op.parameters || []).map(x => x.name + (x.in === 'path' ? ' (path)' : '') + (x.description ? ': ' + x.description : ''));
      if (params.length) { const u = document.createElement('ul'); params.forEach(t => { const li = document.createElement('li'); li.textContent = t; u.append(li); }); d.append(u); }
      if (op.requestBody) { const pre = document.createElement('pre'); pre.textContent = JSON.stringify(op.requestBody.content['application/json'].example, null, 2); d.append(pre); }
      ops.append(d);
    }
  }
});
