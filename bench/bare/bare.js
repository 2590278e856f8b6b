// The floor the console is measured against (bench/first-rows-bench.ts): no framework, no
// design system, no router. It makes the first requests the console makes for a view, with the
// same key from sessionStorage, and writes what the console writes first, with plain DOM.
const instance = sessionStorage.getItem('udata-console.instance')
const key = sessionStorage.getItem(`udata-console.api-key.${new URL(instance).origin}`)
const params = new URLSearchParams(location.search)
const get = (path, fields) =>
  fetch(new URL(path, instance), {
    headers: {
      Accept: 'application/json',
      'X-API-KEY': key,
      ...(fields ? { 'X-Fields': fields } : {}),
    },
  }).then((response) => response.json())

function table(rows) {
  const body = document.createElement('tbody')
  for (const row of rows) {
    const tr = body.insertRow()
    for (const cell of row) tr.insertCell().textContent = cell
  }
  const element = document.createElement('table')
  element.append(body)
  document.body.append(element)
}

const view = params.get('view')
const me = get('/api/1/me/')
if (view === 'datasets') {
  const list = get(
    `/api/2/datasets/?organization=${params.get('organization')}&sort=-created&page=1&page_size=20`,
    params.get('fields'),
  )
  list.then((page) =>
    table(page.data.map((d) => [d.title, d.last_update ?? '', String(d.metrics?.reuses ?? '')])),
  )
} else if (view === 'reuses') {
  get(
    `/api/2/reuses/?organization=${params.get('organization')}&sort=-created&page=1&page_size=20`,
  ).then((page) => table(page.data.map((r) => [r.title, r.type ?? '', r.created_at ?? ''])))
} else if (view === 'dataset') {
  get(`/api/1/datasets/${params.get('dataset')}/`).then((dataset) => {
    const h1 = document.createElement('h1')
    h1.className = 'dataset-page__title'
    h1.textContent = dataset.title
    document.body.append(h1)
  })
}
void me
