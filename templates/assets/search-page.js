// The search page: Pagefind's UI (in Dutch, from <html lang="nl">), with the
// section's status beside each result, and the query from the header field.
const element = document.querySelector('#zoeken');
const ui = new PagefindUI({
  element: '#zoeken',
  // Result links get the path the site is published under.
  baseUrl: element.dataset.basePath,
  showSubResults: true,
  showImages: false,
  translations: { clear_search: 'Wissen' },
  processResult(result) {
    if (result.meta.status) result.meta.title = `${result.meta.title} (${result.meta.status})`;
    return result;
  },
});
const query = new URLSearchParams(location.search).get('q');
if (query) ui.triggerSearch(query);
