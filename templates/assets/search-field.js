// Progressive enhancement: without JavaScript the header holds a link to the
// search page; with it, a search field whose query opens there.
const box = document.querySelector('.site-search');
const link = box?.querySelector('a');
if (box && link) {
  const form = document.createElement('form');
  form.action = link.getAttribute('href');
  form.method = 'get';
  form.setAttribute('role', 'search');
  form.className = 'search-form';

  const label = document.createElement('label');
  label.htmlFor = 'zoekveld';
  label.className = 'visually-hidden';
  label.textContent = 'Zoek in de rapporten';

  const input = document.createElement('input');
  input.id = 'zoekveld';
  input.type = 'search';
  input.name = 'q';
  input.placeholder = 'Zoek, bv. VDAB';
  input.value = new URLSearchParams(location.search).get('q') ?? '';

  const button = document.createElement('button');
  button.type = 'submit';
  button.textContent = 'Zoeken';

  form.append(label, input, button);
  box.replaceChildren(form);
}
